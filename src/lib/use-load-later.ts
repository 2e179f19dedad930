import { useEffect } from 'react';

/** Past a phone's first page: what loads later never competes with that page's own files. */
const AFTER_FIRST_PAGE_MS = 3000;

const whenIdle = (run: () => void): (() => void) => {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(run);
  return () => window.cancelIdleCallback(handle);
};

/**
 * Starts `load` once the first page is up and the main thread is idle: for code that must be at
 * hand later, offline too (a dialog about the session), and that no first page shows. A failed
 * load is left for the moment the code is needed, which loads it again.
 */
export function useLoadLater(load: () => Promise<unknown>): void {
  useEffect(() => {
    let cancelIdle: (() => void) | undefined;
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => void load().catch(() => undefined));
    }, AFTER_FIRST_PAGE_MS);
    return () => {
      clearTimeout(timer);
      cancelIdle?.();
    };
  }, [load]);
}

import { useSyncExternalStore } from 'react';
import { CircleAlert, CircleCheck, X } from 'lucide-react';
import { cx } from './class-names';

/**
 * Toasts are for news that needs no answer (a change saved, a failed background refresh). A small
 * store of our own rather than a library: it is a list, a live region and timers (sonner costs
 * ~9 KiB of JavaScript and needs inline styles).
 */
interface Toast {
  id: number;
  kind: 'success' | 'error';
  message: string;
}

/** Long enough to read a sentence or two; errors stay longer. Paused while pointed at or focused. */
const SHOWN_MS: Record<Toast['kind'], number> = { success: 6_000, error: 10_000 };
const MAX_SHOWN = 3;

let toasts: readonly Toast[] = [];
let nextId = 1;
let paused = false;
const listeners = new Set<() => void>();
const timers = new Map<number, { remainingMs: number; startedAt: number; handle: number | null }>();

function publish(next: readonly Toast[]) {
  toasts = next;
  for (const listener of listeners) listener();
}

function startTimer(id: number) {
  const timer = timers.get(id);
  if (!timer || timer.handle !== null) return;
  timer.startedAt = Date.now();
  timer.handle = window.setTimeout(() => dismissToast(id), timer.remainingMs);
}

function stopTimer(id: number) {
  const timer = timers.get(id);
  if (!timer || timer.handle === null) return;
  window.clearTimeout(timer.handle);
  timer.handle = null;
  timer.remainingMs = Math.max(0, timer.remainingMs - (Date.now() - timer.startedAt));
}

export function showToast(kind: Toast['kind'], message: string): void {
  const toast = { id: nextId++, kind, message };
  timers.set(toast.id, { remainingMs: SHOWN_MS[kind], startedAt: 0, handle: null });
  if (!paused) startTimer(toast.id);
  const shown = [...toasts, toast];
  for (const old of shown.slice(0, Math.max(0, shown.length - MAX_SHOWN))) stopTimer(old.id);
  publish(shown.slice(-MAX_SHOWN));
}

export function dismissToast(id: number): void {
  stopTimer(id);
  timers.delete(id);
  publish(toasts.filter((toast) => toast.id !== id));
}

/** Every toast gone at once (tests start each case with none; the store outlives a render). */
export function clearToasts(): void {
  for (const toast of toasts) stopTimer(toast.id);
  timers.clear();
  publish([]);
}

function setPaused(next: boolean) {
  paused = next;
  for (const toast of toasts) (next ? stopTimer : startTimer)(toast.id);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const noToasts: readonly Toast[] = [];

/**
 * The one place toasts show: bottom centre, and on a phone at the top, where it covers the header
 * rather than the page's own actions (which sit low on a narrow screen). The region is always there (a live region must exist
 * before its text changes to be announced); each toast can be closed, by keyboard too.
 */
export function Toaster() {
  const shown = useSyncExternalStore(
    subscribe,
    () => toasts,
    () => noToasts,
  );
  return (
    <section
      aria-label="Notifications"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 top-0 z-50 flex justify-center p-4 sm:top-auto sm:bottom-0 print:hidden"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      {shown.length > 0 && (
        <ol className="flex w-full max-w-md flex-col gap-2">
          {shown.map((toast) => (
            <li
              key={toast.id}
              data-toast={toast.kind}
              className={cx(
                'pointer-events-auto flex items-start gap-3 rounded-lg border bg-white p-4 text-base shadow-lg',
                toast.kind === 'error' ? 'border-red-300 text-red-900' : 'border-slate-300 text-slate-900',
              )}
            >
              {toast.kind === 'error' ? (
                <CircleAlert aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-red-700" />
              ) : (
                <CircleCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-green-700" />
              )}
              <p className="min-w-0 flex-1 break-words">{toast.message}</p>
              <button
                type="button"
                onClick={() => dismissToast(toast.id)}
                className="-m-1 inline-flex size-8 shrink-0 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
              >
                <X aria-hidden="true" className="size-5" />
                <span className="sr-only">Close notification</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

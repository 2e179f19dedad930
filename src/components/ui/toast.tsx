import { lazy, Suspense, useEffect, useState } from 'react';

/**
 * Toasts are for background news only (a failed refresh, a finished reset), never needed for the
 * first paint, so sonner loads after the page is up (or at the first toast), keeping it out of
 * the first route's JavaScript budget.
 */
const SonnerToaster = lazy(() => import('sonner').then((module) => ({ default: module.Toaster })));

let markMounted: () => void = () => undefined;
const mounted = new Promise<void>((resolve) => {
  markMounted = resolve;
});
const mountRequests = new Set<() => void>();

export function showToast(kind: 'success' | 'error', message: string): void {
  for (const request of mountRequests) request();
  void mounted
    .then(() => import('sonner'))
    .then(({ toast }) => {
      toast[kind](message);
    });
}

/** Tells showToast that the Toaster is subscribed (its effects ran first, being the earlier sibling). */
function MountedSignal() {
  useEffect(() => markMounted(), []);
  return null;
}

const IDLE_MOUNT_DELAY_MS = 2000;

export function DeferredToaster() {
  const [show, setShow] = useState(false);
  useEffect(() => {
    const mountNow = () => setShow(true);
    mountRequests.add(mountNow);
    const timer = window.setTimeout(mountNow, IDLE_MOUNT_DELAY_MS);
    return () => {
      mountRequests.delete(mountNow);
      window.clearTimeout(timer);
    };
  }, []);
  if (!show) return null;
  return (
    <Suspense fallback={null}>
      <SonnerToaster position="bottom-center" closeButton toastOptions={{ className: 'font-sans text-base' }} />
      <MountedSignal />
    </Suspense>
  );
}

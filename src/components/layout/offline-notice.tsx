import { useSyncExternalStore } from 'react';
import { WifiOff } from 'lucide-react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

const isOnline = () => navigator.onLine;

/**
 * While the device has no connection: a notice at the bottom of the screen, so a page that can't
 * load or a change that can't be sent is explained. Pages wait and carry on by themselves when the
 * connection is back; changes are never sent by themselves (the person sends them again).
 */
export function OfflineNotice() {
  const online = useSyncExternalStore(subscribe, isOnline, () => true);
  return (
    <div
      role="status"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-30 flex justify-center p-3 print:hidden"
    >
      {!online && (
        <p className="pointer-events-auto flex max-w-xl items-start gap-2 rounded-lg border border-slate-700 bg-slate-900 px-4 py-3 text-white shadow-lg">
          <WifiOff aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          <span>
            <strong className="font-semibold">You're offline.</strong> What you have typed stays here. Pages will load
            again when you're back online; send any change again then.
          </span>
        </p>
      )}
    </div>
  );
}

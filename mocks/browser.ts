import { setupWorker } from 'msw/browser';
import { clock } from './clock';
import { onMockReset } from './control';
import { replaceDb, seedDb } from './db/db';
import { SEED_VERSION } from './db/seed/seed-db';
import { clearSnapshot, loadSnapshot } from './browser/idb-store';
import { createPersister } from './browser/persister';
import { handlers } from './handlers';
import { setCommitChanges } from './lib/durability';
import { setCookieTransport } from './lib/session-cookie';

function warn(error: unknown): void {
  // The mock still works without persistence (private windows may refuse IndexedDB).
  console.warn('Mock API: could not use IndexedDB; changes will not survive a reload.', error);
}

/**
 * MSW asks the browser to update its worker on every start and drops the answer. When the page
 * moves on at once (to the test checkout and back), the update is cut off and rejects ("Failed to
 * update a ServiceWorker … Not found") as an unhandled error. The running worker keeps working and
 * the browser checks again on the next load, so a failed update is only noted.
 */
function noteFailedWorkerUpdates(): void {
  const prototype = ServiceWorkerRegistration.prototype;
  const update = Object.getOwnPropertyDescriptor(prototype, 'update')?.value as (
    this: ServiceWorkerRegistration,
  ) => Promise<ServiceWorkerRegistration>;
  prototype.update = function (this: ServiceWorkerRegistration) {
    const updating = update.call(this);
    updating.catch((error: unknown) => {
      console.info('Mock API: the service worker update was cut off; the running worker is used.', error);
    });
    return updating;
  };
}

/**
 * Starts the embedded mock API in the browser: the database from IndexedDB (so a user's changes
 * survive a reload) or a fresh seed, then the MSW worker. Loaded with a dynamic import only in
 * mock builds.
 */
export async function startMockApi(): Promise<void> {
  setCookieTransport('document');
  const stored = await loadSnapshot().catch((error: unknown) => {
    warn(error);
    return null;
  });
  if (stored && stored.seedVersion === SEED_VERSION) replaceDb(stored);
  else seedDb(clock.now());

  const persister = createPersister(warn);
  onMockReset(() => {
    persister.cancel();
    clearSnapshot().catch(warn);
  });
  // A change's answer waits until it is stored, so a page that moves on at once finds it.
  setCommitChanges(() => persister.saveNow());
  addEventListener('pagehide', () => {
    persister.flush();
  });

  noteFailedWorkerUpdates();
  const worker = setupWorker(...handlers);
  worker.events.on('response:mocked', ({ request }) => {
    const path = new URL(request.url).pathname;
    // Control requests are not stored, except the test card paying or declining a checkout: that is data.
    if (path.startsWith('/__mock/') && !path.startsWith('/__mock/checkout-sessions/')) return;
    persister.noteRequest(request.method !== 'GET');
  });
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
}

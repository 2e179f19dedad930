import { setupWorker } from 'msw/browser';
import { clock } from './clock';
import { onMockReset } from './control';
import { replaceDb, seedDb } from './db/db';
import { SEED_VERSION } from './db/seed/seed-db';
import { clearSnapshot, loadSnapshot } from './browser/idb-store';
import { createPersister } from './browser/persister';
import { handlers } from './handlers';
import { setCookieTransport } from './lib/session-cookie';

function warn(error: unknown): void {
  // The mock still works without persistence (private windows may refuse IndexedDB).
  console.warn('Mock API: could not use IndexedDB; changes will not survive a reload.', error);
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
  addEventListener('pagehide', () => {
    persister.flush();
  });

  const worker = setupWorker(...handlers);
  worker.events.on('response:mocked', ({ request }) => {
    const path = new URL(request.url).pathname;
    // Control requests are not stored, except the test card paying or declining a checkout: that is data.
    if (path.startsWith('/__mock/') && !path.startsWith('/__mock/checkout-sessions/')) return;
    persister.noteRequest(request.method !== 'GET');
  });
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
}

// @ts-check
/**
 * Signing in from a puppeteer page, as the bench does it: open the app's sign-in page, reset the
 * mock data (the embedded mock through the page, the HTTP mock API directly) and sign in through
 * the API from the page — the same request the sign-in form sends — so the session cookie (and,
 * for the embedded mock, its stored database) belong to that browser.
 */

/** Mayor Ana Ortiz of Riverton, a demo account. */
export const ACCOUNT = { email: 'ana.ortiz@riverton.example', password: 'demo' };

/**
 * Waits until the embedded mock API's service worker controls the page (it answers only then).
 * @param {import('puppeteer-core').Page} page
 */
export async function waitForMockWorker(page) {
  const controlled = await page.evaluate(async () => {
    for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return Boolean(navigator.serviceWorker.controller);
  });
  if (!controlled) throw new Error('The embedded mock API did not start (no service worker controls the page)');
}

/**
 * Resets the mock data and signs in; throws unless both succeed.
 * @param {import('puppeteer-core').Page} page
 * @param {{ name: string, origin: string, apiUrl: string }} target `apiUrl` '' for the embedded mock
 * @param {{ email: string, password: string }} [account]
 */
/**
 * The Member Hub server as the benchmarks run it for the real-API build: PGlite in memory, in test
 * mode (its control endpoints reset the data and size the library), on 8787.
 */
export const TEST_SERVER_ENV = { PORT: '8787', HUB_DATA_DIR: 'memory://', HUB_TEST_MODE: '1' };

/** Back to the demo data, through the server's test-only control endpoint. @param {string} apiUrl */
export function resetServer(apiUrl) {
  return fetch(`${apiUrl}/api/v1/__test/reset`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
}

export async function resetAndSignIn(page, target, account = ACCOUNT) {
  const mock = !target.apiUrl;
  if (!mock) {
    const reset = await resetServer(target.apiUrl);
    if (!reset.ok) throw new Error(`${target.name}: POST /api/v1/__test/reset answered ${reset.status}`);
  }
  await page.goto(`${target.origin}/sign-in`, { waitUntil: 'networkidle0' });
  if (mock) await waitForMockWorker(page);
  const failed = await page.evaluate(
    async ({ apiUrl, account, mock }) => {
      const reset = mock ? (await fetch('/__mock/reset', { method: 'POST' })).status : 204;
      if (reset !== 204) return `POST /__mock/reset answered ${reset}`;
      const response = await fetch(`${apiUrl || location.origin}/api/v1/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(account),
        credentials: 'include',
      });
      return response.status === 201 ? null : `sign-in answered ${response.status}`;
    },
    { apiUrl: target.apiUrl, account, mock },
  );
  if (failed) throw new Error(`${target.name}: ${failed}`);
}

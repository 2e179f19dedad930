import { defineConfig } from '@playwright/test';
import { CHROME_PATH, CHROMIUM_FLAGS } from './scripts/lib/chromium.mjs';
import { PINNED_NOW } from './tests/setup/pinned-clock';

/**
 * End-to-end tests against two PRODUCTION builds (made by scripts/e2e.sh before this runs):
 *   mock     dist/       on 127.0.0.1:4173: the embedded mock API (MSW in the browser)
 *   real-api dist-real/  on 127.0.0.1:4174: built with VITE_API_URL, talking to the Member Hub server
 *                        on 8787 (`npm run server`: PGlite in memory, in test mode)
 * Both are served by `vite preview`, which sends the production Content-Security-Policy and falls
 * back to index.html for deep links (/m/riverton, /staff …), as a host must (docs/hosting.md).
 * Every page and the server run on the tests' pinned day (tests/setup/pinned-clock.ts).
 */
const CI = Boolean(process.env.CI);
const MOCK_URL = 'http://127.0.0.1:4173';
const REAL_URL = 'http://127.0.0.1:4174';
const API_URL = 'http://127.0.0.1:8787';

const chromium = { executablePath: CHROME_PATH, args: CHROMIUM_FLAGS };

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  // Generous: the suite shares two cores with two preview servers, the API and Chromium.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [[CI ? 'line' : 'list'], ['./tests/e2e/summary-reporter.ts']],
  use: {
    browserName: 'chromium',
    launchOptions: chromium,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'America/Chicago',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // real-api comes first so its tests lead the queue: Playwright gives a worker the first queued
  // test whose project is under its limit, so one worker runs real-api throughout and the other
  // runs mock beside it, instead of mock on both and then real-api on one while a worker idles.
  projects: [
    // One worker: every test resets the one shared server, so two at once would interfere.
    { name: 'real-api', use: { baseURL: REAL_URL }, workers: 1 },
    { name: 'mock', use: { baseURL: MOCK_URL } },
  ],
  webServer: [
    {
      command: 'node_modules/.bin/vite preview --host 127.0.0.1 --outDir dist',
      url: MOCK_URL,
      env: { PREVIEW_PORT: '4173', VITE_API_URL: '' },
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
    {
      // The CSP naming the API comes from the build (dist-real/_headers), not from this environment.
      command: 'node_modules/.bin/vite preview --host 127.0.0.1 --outDir dist-real',
      url: REAL_URL,
      env: { PREVIEW_PORT: '4174' },
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
    {
      command: 'npm run server --silent',
      url: `${API_URL}/api/v1/dues-tiers`,
      // The same day as the pages' pinned clock (tests/e2e/fixtures.ts); a fresh database each run.
      env: { PORT: '8787', HUB_DATA_DIR: 'memory://', HUB_TEST_MODE: '1', HUB_TEST_NOW: PINNED_NOW },
      reuseExistingServer: !CI,
      timeout: 60_000,
    },
  ],
});

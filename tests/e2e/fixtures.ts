import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { welcomeTokenIn } from '../../mocks/lib/outbox-words';
import { paths } from '../../src/config/paths';
import { PINNED_NOW, pinClock } from '../setup/pinned-clock';
import { DEMO_PASSWORD, type Account } from './accounts';

export { expect };

const API_URL = 'http://127.0.0.1:8787';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Browser-reported console errors that are not application errors: Chromium logs every HTTP 4xx
 * answer of a fetch ("Failed to load resource: the server responded with a status of 401"), and the
 * API answers 401/403/404 by design (e.g. GET /session before signing in). 5xx answers, network
 * failures, CSP violations and every console.error from the app still fail the test.
 */
const EXPECTED_HTTP_ERROR = /^Failed to load resource: the server responded with a status of 4\d\d\b/;

interface Fixtures {
  /** 'mock' (MSW in the browser) or 'real-api' (the Member Hub server on 8787, PGlite, test mode). */
  apiMode: 'mock' | 'real-api';
  /** Console errors, page errors and CSP violations seen so far in this test. */
  browserErrors: string[];
  app: AppDriver;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take an object pattern
  apiMode: async ({}, use, testInfo) => {
    await use(testInfo.project.name === 'real-api' ? 'real-api' : 'mock');
  },

  browserErrors: async ({ page }, use) => {
    const errors: string[] = [];
    await watchBrowserErrors(page, errors);
    await use(errors);
  },

  app: [
    async ({ page, apiMode, browserErrors, request }, use) => {
      const app = new AppDriver(page, apiMode);
      // Every page's clock (a second tab's too) starts on the tests' day before any script of the
      // app runs; in the mock build the mock API runs in the page, so its seed follows that day.
      await page.context().addInitScript(pinClock, PINNED_NOW);
      // Every test starts from the deterministic seed.
      if (apiMode === 'real-api') {
        const response = await request.post(`${API_URL}/api/v1/__test/reset`, { data: {} });
        expect(response.ok(), 'POST /api/v1/__test/reset on the server in test mode').toBe(true);
      } else {
        await app.resetEmbeddedMockApi();
      }
      await use(app);
      expect(browserErrors, 'console errors, page errors and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Collects a page's console errors, page errors and CSP violations into `errors`: the test's own
 * page (the `browserErrors` fixture), and any other page it opens, a second browser's too.
 */
export async function watchBrowserErrors(page: Page, errors: string[]): Promise<void> {
  // The page reports its own CSP violations; console.error carries them out to the test.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (EXPECTED_HTTP_ERROR.test(text)) return;
    errors.push(`console.error: ${text}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('crash', () => errors.push('page crashed'));
}

/** The one-click button of a demo account: "Sign in as Mayor Ana Ortiz", "Sign in as Jordan Lee". */
export function demoButtonName(account: Account): RegExp {
  return new RegExp(`^Sign in as (Mayor )?${account.name}$`);
}

/** What the specs do with the app, in the words of the product. */
export class AppDriver {
  constructor(
    readonly page: Page,
    readonly apiMode: 'mock' | 'real-api',
  ) {}

  /** Resets the in-browser mock data: the app must have loaded (and started) the MSW worker first. */
  async resetEmbeddedMockApi(): Promise<void> {
    await this.page.goto('/sign-in');
    // The app renders only once the mock API has started: the worker then answers this page's
    // requests (a controlling worker alone may not have taken the page on yet).
    await expect(this.page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible({ timeout: 10_000 });
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 10_000 });
    const status = await this.page.evaluate(async () => (await fetch('/__mock/reset', { method: 'POST' })).status);
    expect(status, 'POST /__mock/reset on the embedded mock API').toBeLessThan(300);
  }

  async gotoSignIn(): Promise<void> {
    await this.page.goto('/sign-in');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  }

  /**
   * Signs in the usual way for the build: the one-click demo list in the mock build (it is only
   * offered there), e-mail and password against the real API.
   */
  async signIn(account: Account): Promise<void> {
    if (this.apiMode === 'mock') await this.signInWithDemo(account);
    else await this.signInWithPassword(account);
  }

  /** One-click demo sign-in from the list of demo accounts on the sign-in page. */
  async signInWithDemo(account: Account): Promise<void> {
    await this.gotoSignIn();
    await this.page.getByRole('button', { name: demoButtonName(account) }).click();
    await this.expectSignedIn(account);
  }

  /** Sign in with e-mail and the demo password, as on a real deployment. */
  async signInWithPassword(account: Account, password = DEMO_PASSWORD): Promise<void> {
    await this.gotoSignIn();
    await this.page.getByLabel('E-mail address').fill(account.email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    if (password === DEMO_PASSWORD) await this.expectSignedIn(account);
  }

  async expectSignedIn(account: Account): Promise<void> {
    const header = this.page.getByRole('banner');
    await expect(header).toContainText(`Signed in as ${account.name}`);
    await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(this.page).not.toHaveURL(/\/sign-in/);
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    // The API answers, then the sign-in page's chunk loads: with both builds' tests sharing two
    // cores, that has taken longer than an expectation's usual 10 s.
    await expect(this.page).toHaveURL(/\/sign-in$/, { timeout: 30_000 });
    await expect(this.page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  }

  /** 0 axe violations for WCAG 2.0/2.1/2.2 A and AA. */
  async expectAccessible(label: string): Promise<void> {
    // A toast fading in is half transparent for a moment: axe would measure its colours mid-way.
    // Finite animations and transitions are let finish first (spinners loop forever and are not).
    await this.page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
    );
    const results = await new AxeBuilder({ page: this.page }).withTags(AXE_TAGS).analyze();
    const violations = results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes
          .slice(0, 5)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
    expect(violations, `axe violations on ${label}`).toEqual([]);
  }

  /**
   * The newest welcome link in a person's mailbox, read from the API's stored e-mail through the
   * test control (never through the staff outbox, which hides it): what only that person gets.
   */
  async welcomeLinkFor(address: string): Promise<string> {
    const path = `/api/v1/__test/outbox?to=${encodeURIComponent(address)}`;
    const mailbox = (
      this.apiMode === 'real-api'
        ? await (await this.page.request.get(`${API_URL}${path}`)).json()
        : await this.page.evaluate(async (url) => (await fetch(url)).json() as Promise<unknown>, path)
    ) as { items: { body: string }[] };
    const token = mailbox.items.map((email) => welcomeTokenIn(email.body)).find(Boolean);
    expect(token, `a welcome link in the mailbox of ${address}`).toBeTruthy();
    return paths.setUp.href(token ?? '');
  }

  /** Switches on a fault in whichever API this build talks to (mocks/faults.ts; the server in test mode). */
  async addFault(spec: { method?: string; path?: string; kind: 'status'; status: number; code?: string }) {
    const status =
      this.apiMode === 'real-api'
        ? (await this.page.request.post(`${API_URL}/api/v1/__test/faults`, { data: spec })).status()
        : await this.page.evaluate(
            async (body) =>
              (
                await fetch('/__mock/faults', {
                  method: 'POST',
                  headers: { 'Content-Type': 'application/json' },
                  body: JSON.stringify(body),
                })
              ).status,
            spec,
          );
    expect(status, 'switching a fault on').toBe(201);
  }
}

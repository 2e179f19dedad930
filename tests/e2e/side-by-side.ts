import type { Browser, BrowserContext, Page } from '@playwright/test';
import { PINNED_NOW, pinClock } from '../setup/pinned-clock';
import type { Account } from './accounts';
import { AppDriver, test as base, watchBrowserErrors } from './fixtures';

export { expect } from './fixtures';

/** One person at work: the page they act on, and the app driver on it (sign out, axe, faults). */
export interface Desk {
  readonly person: Account;
  readonly page: Page;
  readonly app: AppDriver;
}

/**
 * The people of a test, each at a desk (issue 17). Against the HTTP API they sit side by side: each
 * has a browser of their own, open at the same time, so a member's page stays open while MIP's
 * staff act and shows the answer once it is reloaded. In the embedded-mock build the data lives
 * in the one browser, so that browser is everyone's desk: each person signs in on it in turn.
 * The test reads the same either way:
 *
 *     const ana = await desks.open(accounts.ana);     // … Ana asks
 *     const morgan = await desks.open(accounts.morgan); // … Morgan answers
 *     await desks.backTo(ana);                          // … Ana sees the answer
 */
export interface Desks {
  /**
   * Signs the person in at a desk of their own: a new browser against the HTTP API; in the mock
   * build the one page, once whoever was signed in on it has signed out.
   */
  open(person: Account): Promise<Desk>;
  /**
   * Back to someone who has a desk: against the HTTP API their page, open all along, is reloaded;
   * in the mock build whoever is signed in signs out and they sign in again (landing on their home).
   */
  backTo(desk: Desk): Promise<void>;
}

/** Against the HTTP API: the test's own page is the first desk, and every next person gets a browser. */
class SideBySide implements Desks {
  private readonly contexts: BrowserContext[] = [];
  private first = true;

  constructor(
    private readonly browser: Browser,
    private readonly app: AppDriver,
    private readonly baseURL: string | undefined,
    private readonly browserErrors: string[],
  ) {}

  async open(person: Account): Promise<Desk> {
    const app = this.first ? this.app : await this.newBrowser();
    this.first = false;
    await app.signIn(person);
    return { person, page: app.page, app };
  }

  async backTo(desk: Desk): Promise<void> {
    await desk.page.bringToFront();
    await desk.page.reload();
    await desk.app.expectSignedIn(desk.person);
  }

  /**
   * A browser of its own (its own cookies, so its own session), set up as the fixtures set up the
   * test's page: the project's options (viewport, locale, time zone…, which Playwright applies to
   * every context a test makes) and its baseURL, the pinned clock, and its console errors, page
   * errors and CSP violations failing the test.
   */
  private async newBrowser(): Promise<AppDriver> {
    const context = await this.browser.newContext({ baseURL: this.baseURL });
    this.contexts.push(context);
    await context.addInitScript(pinClock, PINNED_NOW);
    const page = await context.newPage();
    await watchBrowserErrors(page, this.browserErrors);
    return new AppDriver(page, 'real-api');
  }

  async close(): Promise<void> {
    await Promise.all(this.contexts.map((context) => context.close()));
  }
}

/** In the mock build: one page, and each person signs in on it in turn. */
class InTurn implements Desks {
  private signedIn: Account | null = null;

  constructor(private readonly app: AppDriver) {}

  async open(person: Account): Promise<Desk> {
    await this.signInOnTheOnePage(person);
    return { person, page: this.app.page, app: this.app };
  }

  async backTo(desk: Desk): Promise<void> {
    await this.signInOnTheOnePage(desk.person);
  }

  private async signInOnTheOnePage(person: Account): Promise<void> {
    if (this.signedIn) await this.app.signOut();
    await this.app.signIn(person);
    this.signedIn = person;
  }

  async close(): Promise<void> {}
}

export const test = base.extend<{ desks: Desks }>({
  desks: async ({ apiMode, app, browser, baseURL, browserErrors }, use) => {
    const desks = apiMode === 'real-api' ? new SideBySide(browser, app, baseURL, browserErrors) : new InTurn(app);
    await use(desks);
    // Before the fixtures' own check of the console errors, which come from every desk.
    await desks.close();
  },
});

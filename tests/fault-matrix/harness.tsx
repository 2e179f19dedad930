import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { expect, onTestFinished, vi } from 'vitest';
import { apiRequest } from '@/api/client';
import type { Endpoint } from '@/api/contracts/endpoint';
import { App } from '@/app/app';
import { createQueryClient, retryDelay } from '@/app/query-client';
import { reportCaughtError } from '@/app/report-error';
import { createAppRoutes } from '@/app/router';
import { browserNavigation } from '@/lib/go-to-url';
import { faults } from '@mocks/faults';
import { demo } from '../setup/render-app';
import { faultPathFor, problemsWithWords, type MatrixFault } from './faults';
import type { Actor, Scenario } from './scenarios';

/**
 * Runs one cell of the UI fault matrix: the real app (routes, loaders, providers, a fresh cache) in
 * a memory router against the mock API, as in tests/setup/render-app.tsx, with two things made
 * shorter so that ~600 cells run in a few minutes, neither of which changes the policy:
 *   - the request timeout of the endpoint under a `timeout` fault (20 s → FAULTED_TIMEOUT_MS),
 *     and of that endpoint only: every other request keeps the app's 20 s, so a slow machine
 *     can't make a healthy request time out (see `timeOutEarly`);
 *   - the queries' back-off between retries, divided by RETRY_DELAY_DIVISOR (the number of
 *     retries and which errors are retried stay as they are; a 429 still waits for its
 *     Retry-After, scaled alike). tests/unit/fault-matrix-client.test.ts checks the real delays.
 * The fetch client's own pause before resending a keyed request (1 s) is not shortened.
 */
export const FAULTED_TIMEOUT_MS = 50;
const RETRY_DELAY_DIVISOR = 50;
/** An upper bound for reaching the defined state: three timed-out attempts, the pauses, a render. */
export const SETTLE_WITHIN_MS = 8000;

/**
 * Loads the modules the app loads lazily (every route, and the footer's demo-data button) before
 * the first cell: a lazy part that finishes loading after a cell has seen its state would be
 * reported by React as an update outside act() (a console error), and a first request would wait
 * on the module being compiled.
 */
export async function warmUp(): Promise<void> {
  const modules = import.meta.glob(['/src/app/routes/*.tsx', '/src/features/**/components/*-dialog.tsx']);
  await Promise.all([
    ...Object.values(modules).map((load) => load()),
    import('@/features/demo-data/components/reset-demo-data-button'),
    import('@/features/session/components/reauthenticate-prompt'),
  ]);
}

export interface Sent {
  method: string;
  pathname: string;
  /** The HTTP status, or 0 when no answer came (a network error, a timeout, an abort). */
  status: number;
}

/**
 * Every request the app sends, and how it was answered (the requests still reach the mock API).
 * `onSend` sees each request as it leaves.
 */
function recordRequests(onSend: (request: Request) => void): Sent[] {
  const sent: Sent[] = [];
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    onSend(request);
    const entry: Sent = { method: request.method, pathname: new URL(request.url).pathname, status: -1 };
    sent.push(entry);
    try {
      const response = await realFetch(request);
      entry.status = response.status;
      return response;
    } catch (error) {
      entry.status = 0;
      throw error;
    }
  });
  return sent;
}

/**
 * Makes the requests of one endpoint time out after FAULTED_TIMEOUT_MS instead of 20 s. The client
 * (src/api/client.ts `send`) makes each request's `AbortSignal.timeout` and calls fetch right
 * after, in the same turn: each timeout signal made here can also be ended early, and the fetch
 * that follows it ends it early when it is a request of the endpoint.
 */
function timeOutEarly(endpoint: Endpoint): (request: Request) => void {
  const realTimeout = AbortSignal.timeout.bind(AbortSignal);
  let latest: AbortController | null = null;
  vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
    const early = new AbortController();
    latest = early;
    return AbortSignal.any([realTimeout(ms), early.signal]);
  });
  return (request) => {
    const early = latest;
    latest = null;
    if (early && isRequestTo(endpoint, request.method, new URL(request.url).pathname))
      setTimeout(() => early.abort(new DOMException('The request timed out.', 'TimeoutError')), FAULTED_TIMEOUT_MS);
  };
}

function isRequestTo(endpoint: Endpoint, method: string, pathname: string): boolean {
  const pattern = new RegExp(`^/api/v1${endpoint.path.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`);
  return method === endpoint.method && pattern.test(pathname);
}

/** The requests of one endpoint (its method, and its path with any values for the parameters). */
export function requestsTo(sent: Sent[], endpoint: Endpoint): Sent[] {
  return sent.filter((s) => isRequestTo(endpoint, s.method, s.pathname));
}

async function signInAs(actor: Actor): Promise<void> {
  if (actor === 'anonymous') return;
  if (actor === 'morganPreviewingRiverton') {
    await apiRequest('signIn', { body: { email: demo.morgan, password: 'demo' } });
    await apiRequest('startPreview', {
      body: { memberId: 'riverton', reason: 'Checking how the hub fails (fault matrix)' },
    });
    return;
  }
  await apiRequest('signIn', { body: { email: demo[actor], password: 'demo' } });
}

/** What a scenario's `act` gets: the person's hands, and a record of what they typed. */
export interface Hands {
  user: UserEvent;
  /** Clicks the first control with this role and name (waiting for it), inside `scope` if given. */
  click: (role: 'button' | 'link' | 'radio' | 'checkbox', name: string | RegExp, scope?: HTMLElement) => Promise<void>;
  /** Types into the field with this label (remembered: it must still hold the text after the failure). */
  fill: (label: string | RegExp, value: string, scope?: HTMLElement) => Promise<void>;
  select: (label: string | RegExp, option: string, scope?: HTMLElement) => Promise<void>;
  /** The open dialog with this name. */
  dialog: (name: string | RegExp) => Promise<HTMLElement>;
  region: (name: string | RegExp) => Promise<HTMLElement>;
}

interface Typed {
  field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  value: string;
  label: string;
}

function handsFor(user: UserEvent, typed: Typed[]): Hands {
  const scoped = (scope?: HTMLElement) => (scope ? within(scope) : screen);
  return {
    user,
    async click(role, name, scope) {
      const control = await scoped(scope).findByRole(role, { name });
      await user.click(control);
    },
    async fill(label, value, scope) {
      const field = await scoped(scope).findByLabelText<HTMLInputElement | HTMLTextAreaElement>(label);
      if (field.type === 'date') {
        await user.type(field, value);
      } else {
        await user.click(field);
        await user.paste(value);
      }
      typed.push({ field, value: field.value, label: String(label) });
    },
    async select(label, option, scope) {
      const field = await scoped(scope).findByLabelText<HTMLSelectElement>(label);
      await user.selectOptions(field, option);
      typed.push({ field, value: field.value, label: String(label) });
    },
    dialog: (name) => screen.findByRole('dialog', { name }),
    region: (name) => screen.findByRole('region', { name }),
  };
}

export interface Cell {
  scenario: Scenario;
  endpoint: Endpoint;
  sent: Sent[];
  typed: Typed[];
  hands: Hands;
}

/**
 * Starts a scenario: signs its actor in, makes what the seed lacks, renders the app at its URL,
 * and (for a scenario with `act`) waits until the person can act. The fault goes in before the
 * page loads for a loading scenario, and just before the person acts for the others.
 */
export async function startCell(
  scenario: Scenario,
  endpoint: Endpoint,
  fault: (Omit<MatrixFault['spec'], 'times'> & { times: number }) | null,
): Promise<Cell> {
  // jsdom can't leave the page (the card checkout does): record where it would have gone.
  vi.spyOn(browserNavigation, 'goToUrl').mockImplementation(() => undefined);
  // Nor save a download (src/lib/save-file.ts clicks a link with `download`).
  const anchors = HTMLAnchorElement.prototype;
  const realClick = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click')?.value as (
    this: HTMLElement,
  ) => void;
  vi.spyOn(anchors, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (!this.download) realClick.call(this);
  });
  await signInAs(scenario.actor);
  await scenario.setup?.();
  const sent = recordRequests(fault?.kind === 'timeout' ? timeOutEarly(endpoint) : () => undefined);
  const inject = () => {
    if (fault) faults.add({ ...fault, method: endpoint.method, path: faultPathFor(endpoint) });
  };
  if (!scenario.act) inject();

  const queryClient = createQueryClient();
  const queries = queryClient.getDefaultOptions().queries;
  queryClient.setDefaultOptions({
    ...queryClient.getDefaultOptions(),
    queries: { ...queries, retryDelay: (attempt, error) => retryDelay(attempt, error) / RETRY_DELAY_DIVISOR },
  });
  const url = typeof scenario.url === 'function' ? scenario.url() : scenario.url;
  const router = createMemoryRouter(createAppRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  render(<App queryClient={queryClient} router={router} />, { onCaughtError: reportCaughtError });
  // Toasts live in a module of their own: close any a cell before this one left behind.
  for (const close of screen.queryAllByRole('button', { name: 'Close notification' })) fireEvent.click(close);
  onTestFinished(async () => {
    // Inside act: a query still waiting (on the sign-in-again dialog, say) is cancelled here, and
    // the part of the page that was suspended on it hears so now, not during the next cell.
    await act(async () => {
      router.dispose();
      await queryClient.cancelQueries();
      queryClient.clear();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  });
  const typed: Typed[] = [];
  const hands = handsFor(user, typed);
  if (scenario.act) {
    await waitFor(
      () => {
        expect(screen.getByRole('heading', { level: 1, name: scenario.ready ?? /./ })).toBeInTheDocument();
        expect(busyThings()).toEqual([]);
      },
      { timeout: SETTLE_WITHIN_MS },
    );
    inject();
    await scenario.act(hands);
  }
  return { scenario, endpoint, sent, typed, hands };
}

/** Nothing is loading any more: no busy button, no skeleton or "Loading…", no navigation bar. */
export function busyThings(container: ParentNode = document.body): string[] {
  const busy = [...container.querySelectorAll('[aria-busy="true"]')].map((el) => `busy: ${el.textContent.trim()}`);
  const loading = [...container.querySelectorAll('[role="status"], [role="progressbar"]')]
    // "Loading…", "Checking how your payment went…": a status that is still waiting.
    .filter((el) => el.getAttribute('role') === 'progressbar' || /^\s*Loading|…\s*$/.test(el.textContent))
    .map((el) => `loading: ${el.textContent.trim()}`);
  const bar = container.querySelector('.navigation-progress') ? ['the navigation progress bar'] : [];
  return [...busy, ...loading, ...bar];
}

const ERROR_HEADINGS =
  /couldn't be loaded|not found|^Not in the |don't have access|access (was revoked|has ended)|preview has ended/i;
/** A status line that reports a failure (a download's, a toggle's): describeError's words, or the feature's. */
const STATUS_FAILURE =
  /not saved|didn't work|did not|couldn't|could not|not found|problem|too many|too long|session has ended|permission|changed while|need correcting|Member Hub/i;

/** The failure as the person sees it: an alert, an error page, a toast, a status line or a notice. */
export function shownFailures(): { kind: string; element: HTMLElement; text: string }[] {
  const found: { kind: string; element: HTMLElement; text: string }[] = [];
  const text = (el: Element) => el.textContent;
  for (const el of document.querySelectorAll<HTMLElement>('[role="alert"]'))
    if (text(el).trim()) found.push({ kind: 'alert', element: el, text: text(el) });
  for (const el of document.querySelectorAll<HTMLElement>('h1'))
    if (ERROR_HEADINGS.test(text(el).trim())) {
      const page = el.closest('main') ?? el.parentElement ?? el;
      found.push({ kind: 'error page', element: el, text: text(page) });
    }
  for (const el of document.querySelectorAll<HTMLElement>('[data-toast="error"]'))
    found.push({ kind: 'toast', element: el, text: text(el) });
  for (const el of document.querySelectorAll<HTMLElement>('[role="status"]'))
    if (STATUS_FAILURE.test(text(el))) found.push({ kind: 'status', element: el, text: text(el) });
  // A section's refusal (403/404 in a QueryBoundary, src/components/ui/query-error-fallback.tsx):
  // an information notice (an Alert without role="alert"), found by its title.
  for (const el of document.querySelectorAll<HTMLElement>('p.font-semibold'))
    if (/^(Not available to you|Not found)$/.test(text(el).trim())) {
      const notice = el.closest('div.rounded-md') ?? el;
      found.push({ kind: 'notice', element: el, text: text(notice) });
    }
  return found;
}

export const reauthDialog = () => screen.queryByRole('dialog', { name: 'Sign in again to continue' });

/** Rejections nobody handled, per test (vitest also reports them; this pins them on the cell). */
export function watchUnhandledRejections(): unknown[] {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', listener);
  onTestFinished(() => {
    process.off('unhandledRejection', listener);
  });
  return seen;
}

/**
 * The defined state of a failed cell, reached within SETTLE_WITHIN_MS: the failure in words with
 * nothing left busy, a way to try again where that helps, focus where the person acted, what they
 * typed still there. A 401 on a session endpoint while signed in asks them to sign in again.
 */
export async function expectDefinedState(cell: Cell, fault: MatrixFault): Promise<void> {
  const { endpoint, scenario } = cell;
  const signedIn = scenario.actor !== 'anonymous';
  const asksToSignIn = fault.status === 401 && endpoint.auth === 'session' && signedIn;
  const signInPage = () => screen.queryByRole('heading', { level: 1, name: 'Sign in' });
  const expected = scenario.shows?.[fault.name];
  // Each state is awaited in one waitFor, page loaded and all: React reports a suspended part
  // that finishes between two waits (outside act) as a console error.
  const sentAndAnswered = () => expect(requestsTo(cell.sent, endpoint).length, 'requests sent').toBeGreaterThan(0);
  const quiet = () => expect(busyThings(), 'still busy').toEqual([]);

  if (asksToSignIn) {
    // The sign-in-again dialog over the page; on the very first load, before the dialog exists,
    // the sign-in page (a page's data), or a section that says so and offers to try again, which
    // then asks to sign in again.
    const sectionToRetry = () => (shownFailures().length > 0 ? retryControl(scenario) : null);
    await waitFor(
      () => {
        sentAndAnswered();
        const dialog = reauthDialog();
        expect(
          dialog ?? signInPage() ?? sectionToRetry(),
          'the dialog, the sign-in page, or "Try again"',
        ).not.toBeNull();
        if (!dialog) quiet();
      },
      { timeout: SETTLE_WITHIN_MS },
    );
    if (!reauthDialog() && !signInPage()) {
      for (const failure of shownFailures())
        expect(problemsWithWords(failure.text), `${failure.kind}: "${failure.text}"`).toEqual([]);
      await cell.hands.user.click(retryControl(scenario) as HTMLElement);
      await waitFor(() => expect(reauthDialog()).not.toBeNull(), { timeout: SETTLE_WITHIN_MS });
    }
    const dialog = reauthDialog();
    if (dialog) {
      await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
      expectTypedStillThere(cell);
    }
    return;
  }

  if (fault.status === 401 && signedIn) {
    // A public endpoint's 401 is no expired session to sign in to again: words, or the sign-in page.
    await waitFor(
      () => {
        sentAndAnswered();
        expect(signInPage() ?? shownFailures()[0] ?? null, 'the sign-in page or words').not.toBeNull();
        quiet();
      },
      { timeout: SETTLE_WITHIN_MS },
    );
    if (signInPage()) return;
  }

  // Words on the page, and nothing left spinning.
  await waitFor(
    () => {
      sentAndAnswered();
      // An endpoint may give a fault a meaning of its own (a 404 that means "none yet").
      if (expected) expect(screen.getAllByText(expected).length).toBeGreaterThan(0);
      else expect(shownFailures().length, 'a failure shown in words').toBeGreaterThan(0);
      quiet();
      // A way to try again, where that can help.
      if (fault.retryHelps && !expected)
        expect(retryControl(scenario), 'a "Try again" button, or the control to use again').not.toBeNull();
    },
    { timeout: SETTLE_WITHIN_MS },
  );
  for (const failure of expected ? [] : shownFailures())
    expect(problemsWithWords(failure.text), `${failure.kind}: "${failure.text}"`).toEqual([]);

  // No white screen: a heading and text in the body.
  expect(document.body.textContent.trim().length).toBeGreaterThan(40);
  // (An open dialog hides the page from the accessibility tree, not from the screen.)
  expect(document.querySelectorAll('h1').length).toBeGreaterThan(0);

  // Focus: where the person acted (or on the message), never dropped to the page.
  if (scenario.act) {
    const active = document.activeElement;
    expect(
      active && active !== document.body && active.isConnected,
      `focus is on ${active?.outerHTML.slice(0, 80) ?? 'nothing'}`,
    ).toBe(true);
  }

  expectTypedStillThere(cell);
}

/** What the person typed is still there, in the same fields. */
function expectTypedStillThere(cell: Cell): void {
  for (const { field, value, label } of cell.typed) {
    expect(field.isConnected, `${label} is still there`).toBe(true);
    expect(field.value, label).toBe(value);
  }
}

/** "Try again", or the scenario's own control, usable (not busy, not disabled). */
export function retryControl(scenario: Scenario): HTMLElement | null {
  const buttons = screen.queryAllByRole('button', { name: /^Try again$/ });
  const own = scenario.again ? screen.queryAllByRole('button', { name: scenario.again }) : [];
  const usable = [...buttons, ...own].filter(
    (b) => b.getAttribute('aria-disabled') !== 'true' && !(b as HTMLButtonElement).disabled,
  );
  return usable[0] ?? null;
}

/** Once the fault has passed, trying again works: the endpoint answers 2xx and the failure goes. */
export async function expectTryAgainWorks(cell: Cell): Promise<void> {
  faults.clear();
  const before = requestsTo(cell.sent, cell.endpoint).length;
  const again = retryControl(cell.scenario);
  if (!again) throw new Error('nothing to try again with');
  await cell.hands.user.click(again);
  await waitFor(
    () => {
      const answered = requestsTo(cell.sent, cell.endpoint).slice(before);
      expect(answered.some((s) => s.status >= 200 && s.status < 300)).toBe(true);
    },
    { timeout: SETTLE_WITHIN_MS },
  );
  if (!cell.scenario.act) {
    await waitFor(() => expect(shownFailures().map((f) => f.text)).toEqual([]), { timeout: SETTLE_WITHIN_MS });
  }
}

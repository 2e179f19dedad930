import { act, getConfig, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@mocks/db/db';
import { faults } from '@mocks/faults';
import { sessionExpiresAt } from '../../server/rules/sessions';
import type { SessionRow } from '@mocks/db/rows/people';
import { demo, renderApp } from '../setup/render-app';

type App = Awaited<ReturnType<typeof renderApp>>;

const MINUTE = 60_000;
const WARNING_NAME = 'Your session is about to end';
const ENDED_NAME = 'Your session has ended';

// The browser's clock and timers are faked, and time still flows (shouldAdvanceTime) so requests,
// user-event and findBy* work as usual. The mock API's clock is not frozen in these tests, so it
// reads the same faked Date: moving time here moves it for the app and the API together.
beforeEach(() => {
  vi.useFakeTimers({
    shouldAdvanceTime: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * Nobody touches anything for `ms`: timers due in that time run, in order. Waited out the way
 * findBy* and user-event wait (React's act environment off), so what the timers set off renders
 * as in a browser: act() would flush the dialog's focus move after its own scope had closed.
 */
async function passTime(ms: number) {
  await getConfig().asyncWrapper(async () => {
    await vi.advanceTimersByTimeAsync(Math.max(0, ms));
  });
}

/** The page has loaded all it asked for: no request is on its way. */
async function settle({ queryClient }: App) {
  await waitFor(() => expect(queryClient.isFetching() + queryClient.isMutating()).toBe(0));
}

function findSessionRow(email: string): SessionRow | undefined {
  const person = getDb().people.find((p) => p.email === email);
  return getDb().sessions.find((s) => s.personId === person?.id);
}

function sessionRowOf(email: string): SessionRow {
  const row = findSessionRow(email);
  if (!row) throw new Error(`no session for ${email}`);
  return row;
}

/** When the mock API will end this person's session if nothing more is asked of it. */
const serverExpiry = (email: string) => Date.parse(sessionExpiresAt(sessionRowOf(email)));

/**
 * Lets time pass to exactly 2 minutes before the session's idle end on the API, checking that the
 * warning was not shown long before, and returns it: it must be open by then.
 */
async function idleUntilWarned(app: App, email: string) {
  await settle(app);
  const expiry = serverExpiry(email);
  await passTime(expiry - 3 * MINUTE - Date.now());
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  await passTime(expiry - 2 * MINUTE - Date.now());
  const warning = await screen.findByRole('alertdialog', { name: WARNING_NAME });
  expect(expiry - Date.now()).toBeGreaterThan(0);
  return warning;
}

async function fillMemoRequest({ user }: App) {
  await user.type(screen.getByLabelText('Title'), 'Short-term rentals');
  await user.selectOptions(screen.getByLabelText('Policy area'), 'Housing');
  await user.type(screen.getByLabelText('Your question'), 'How have cities like ours regulated short-term rentals?');
}

function expectMemoRequestIntact() {
  expect(screen.getByLabelText('Title')).toHaveValue('Short-term rentals');
  expect(screen.getByLabelText('Policy area')).toHaveDisplayValue('Housing');
  expect(screen.getByLabelText('Your question')).toHaveValue('How have cities like ours regulated short-term rentals?');
}

describe('the session idle-timeout warning', () => {
  it('warns at least 2 minutes before the session ends, with focus in the warning and the time in words', async () => {
    const app = await renderApp('/m/riverton', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });

    const warning = await idleUntilWarned(app, demo.ana);
    const stay = within(warning).getByRole('button', { name: 'Stay signed in' });
    await waitFor(() => expect(stay).toHaveFocus());
    expect(within(warning).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    // Read out when it opens (its description) and again when the time left changes, not every second.
    const timeLeft = within(warning).getByText(/^You will be signed out in/);
    expect(timeLeft).toHaveAttribute('aria-live', 'polite');
    expect(timeLeft).toHaveTextContent(/^You will be signed out in 2 minutes, at \d{1,2}:\d{2} [AP]M\.$/);
    expect(warning).toHaveAccessibleDescription(/You will be signed out in 2 minutes/);

    await passTime(30_000);
    expect(timeLeft).toHaveTextContent(/in 2 minutes/); // nothing new to say yet
    await passTime(30_000);
    expect(timeLeft).toHaveTextContent(/in 1 minute,/);
    await passTime(30_000);
    expect(timeLeft).toHaveTextContent(/in 30 seconds,/);
  });

  it('"Stay signed in", by keyboard, extends the session and gives focus back; so does Escape', async () => {
    const app = await renderApp('/m/riverton/memos/new', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    await fillMemoRequest(app);
    const question = screen.getByLabelText('Your question');
    expect(question).toHaveFocus();

    const warning = await idleUntilWarned(app, demo.ana);
    const before = serverExpiry(demo.ana);
    await waitFor(() => expect(within(warning).getByRole('button', { name: 'Stay signed in' })).toHaveFocus());
    await app.user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(question).toHaveFocus());
    await settle(app);
    // One GET /session: the API's idle end moved a full window on from now.
    expect(serverExpiry(demo.ana)).toBeGreaterThan(before);
    expect(serverExpiry(demo.ana) - Date.now()).toBeGreaterThan(29 * MINUTE);
    // Nothing more to say until the new end draws near.
    await passTime(10 * MINUTE);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    // Escape means "I'm here": it stays signed in too.
    await idleUntilWarned(app, demo.ana);
    const second = serverExpiry(demo.ana);
    await app.user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await settle(app);
    expect(serverExpiry(demo.ana)).toBeGreaterThan(second);
    expectMemoRequestIntact();
  });

  it('says why, in the warning, when staying signed in failed, and lets them try again', async () => {
    const app = await renderApp('/m/riverton', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await idleUntilWarned(app, demo.ana);
    faults.add({ method: 'GET', path: '/api/v1/session', kind: 'network' });

    await app.user.keyboard('{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You could not be kept signed in');
    expect(alert).toHaveTextContent('We could not reach the Member Hub. Check your connection.');
    const warning = screen.getByRole('alertdialog', { name: WARNING_NAME });
    const stay = within(warning).getByRole('button', { name: 'Stay signed in' });
    await waitFor(() => expect(stay).toHaveFocus());

    await app.user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await settle(app);
    expect(serverExpiry(demo.ana) - Date.now()).toBeGreaterThan(29 * MINUTE);
  });

  it('when the time runs out, says so; the next action asks to sign in again and nothing typed is lost', async () => {
    const app = await renderApp('/m/riverton/memos/new', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    await fillMemoRequest(app);

    await idleUntilWarned(app, demo.ana);
    await passTime(2 * MINUTE + 1000);
    const ended = await screen.findByRole('alertdialog', { name: ENDED_NAME });
    expect(within(ended).getByText('You have been signed out.')).toBeInTheDocument();
    // Nothing was sent to find out: the API drops an idle session when the next request meets it.
    expect(findSessionRow(demo.ana)).toBeDefined();

    // Escape closes the notice; the page is as it was.
    await app.user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expectMemoRequestIntact();

    await app.user.click(screen.getByRole('button', { name: 'Send request' }));
    const signIn = await screen.findByRole('dialog', { name: 'Sign in again to continue' });
    expectMemoRequestIntact();
    await app.user.type(within(signIn).getByLabelText('Password'), 'demo');
    await app.user.click(within(signIn).getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'Short-term rentals' });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('"Sign in again" from the ended notice opens the sign-in dialog over the page, which stays as it was', async () => {
    const app = await renderApp('/m/riverton/memos/new', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Request a policy memo' });
    await fillMemoRequest(app);

    await idleUntilWarned(app, demo.ana);
    await passTime(3 * MINUTE);
    const ended = await screen.findByRole('alertdialog', { name: ENDED_NAME });
    await app.user.click(within(ended).getByRole('button', { name: 'Sign in again' }));

    const signIn = await screen.findByRole('dialog', { name: 'Sign in again to continue' });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await app.user.type(within(signIn).getByLabelText('Password'), 'demo');
    await app.user.click(within(signIn).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expectMemoRequestIntact();
    await settle(app);
    expect(serverExpiry(demo.ana) - Date.now()).toBeGreaterThan(29 * MINUTE);
  });

  it('goes away when coming back to the tab slides the session on', async () => {
    const app = await renderApp('/m/riverton', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await idleUntilWarned(app, demo.ana);

    // TanStack Query reads the session again on visibility: that request slides the window.
    act(() => {
      window.dispatchEvent(new Event('visibilitychange'));
    });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await settle(app);
    expect(serverExpiry(demo.ana) - Date.now()).toBeGreaterThan(29 * MINUTE);
  });

  it('works during a preview: MIP staff are warned and can stay signed in', async () => {
    const app = await renderApp('/staff/members', { signedInAs: demo.morgan });
    await app.user.click(await screen.findByRole('button', { name: 'Preview as member: Riverton' }));
    const previewDialog = await screen.findByRole('dialog', { name: "Preview Riverton's hub" });
    await app.user.type(within(previewDialog).getByLabelText('Reason for this preview'), 'Checking the dues widget');
    await app.user.click(within(previewDialog).getByRole('button', { name: 'Start preview' }));
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });

    const warning = await idleUntilWarned(app, demo.morgan);
    const before = serverExpiry(demo.morgan);
    await app.user.click(within(warning).getByRole('button', { name: 'Stay signed in' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await settle(app);
    expect(serverExpiry(demo.morgan)).toBeGreaterThan(before);
    expect(screen.getByRole('region', { name: 'Preview' })).toHaveTextContent('Viewing as Mayor Ana Ortiz');
  });

  it('"Sign out" in the warning signs out', async () => {
    const app = await renderApp('/m/riverton', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    const warning = await idleUntilWarned(app, demo.ana);
    // Clicked and waited out as one step with React's act environment off, as passTime does: under
    // load the warning's closing (Radix Presence) once updated in the gap between two awaits.
    await getConfig().asyncWrapper(async () => {
      await app.user.click(within(warning).getByRole('button', { name: 'Sign out' }));
      await screen.findByRole('heading', { level: 1, name: 'Sign in' });
      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    });
    expect(app.router.state.location.pathname).toBe('/sign-in');
    expect(findSessionRow(demo.ana)).toBeUndefined();
  });

  it('is never shown on public pages', async () => {
    await renderApp('/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await passTime(45 * MINUTE);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});

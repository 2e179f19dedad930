import { accounts, DEMO_PASSWORD } from './accounts';
import { expect, test } from './fixtures';

test.describe('the session idle-timeout warning', () => {
  // The browser's clock is Playwright's to move (page.clock). In the mock build the mock API runs in
  // the page and reads that same clock; the HTTP mock API has its own, shared by the whole run, so
  // moving it would disturb other tests. The warning is the same code in both builds.
  test.skip(({ apiMode }) => apiMode === 'real-api', 'the server keeps its own clock');

  test('warns 2 minutes ahead, stays signed in by keyboard, and after the end signs in again over the form', async ({
    app,
    page,
  }) => {
    // From the page's own (pinned) time: the mock's seed and session were made on that day.
    await page.clock.install({ time: await page.evaluate(() => Date.now()) });
    await app.signIn(accounts.ana);
    await page.goto('/m/riverton/memos/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Request a policy memo' })).toBeVisible();
    await page.getByLabel('Title').fill('Short-term rentals');
    const question = page.getByLabel('Your question');
    await question.fill('How have cities like ours regulated short-term rentals?');
    // The draft goes to the account a moment after typing stops: that request is the last one.
    await expect(page.getByText(/^Draft saved to your account/)).toBeVisible();

    // 28 minutes without a request: 2 minutes left of the 30-minute idle limit.
    await page.clock.fastForward('28:00');
    const warning = page.getByRole('alertdialog', { name: 'Your session is about to end' });
    await expect(warning).toBeVisible();
    await expect(warning.getByRole('button', { name: 'Stay signed in' })).toBeFocused();
    await expect(warning).toContainText(/You will be signed out in 2 minutes, at \d{1,2}:\d{2} [AP]M\./);
    await app.expectAccessible('session timeout warning');

    await page.keyboard.press('Enter');
    await expect(warning).toBeHidden();
    await expect(question).toBeFocused();

    // Another 28½ minutes from that request (a request the page made just after it may have moved
    // the deadline on by a moment), then the time runs out.
    await page.clock.fastForward('28:30');
    await expect(warning).toBeVisible();
    await page.clock.fastForward('01:30');
    const ended = page.getByRole('alertdialog', { name: 'Your session has ended' });
    await expect(ended).toBeVisible();
    await app.expectAccessible('session ended notice');

    await ended.getByRole('button', { name: 'Sign in again' }).click();
    const signIn = page.getByRole('dialog', { name: 'Sign in again to continue' });
    await expect(signIn).toBeVisible();
    await signIn.getByLabel('Password').fill(DEMO_PASSWORD);
    await signIn.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(signIn).toBeHidden();
    await expect(page.getByLabel('Title')).toHaveValue('Short-term rentals');
    await expect(question).toHaveValue('How have cities like ours regulated short-term rentals?');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });
});

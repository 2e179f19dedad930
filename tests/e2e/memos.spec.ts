import { accounts } from './accounts';
import { expect, test, type AppDriver } from './fixtures';

/** Right to left, and an emoji beyond the Basic Multilingual Plane: both must come through intact. */
const QUESTION = 'Which permit reforms sped up backyard homes? 🏡 ما هي أفضل الممارسات؟';

async function requestMemo(app: AppDriver, title: string) {
  const { page } = app;
  await page.getByRole('link', { name: 'Request a memo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Request a policy memo' })).toBeVisible();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Policy area').selectOption({ label: 'Housing' });
  await page.getByLabel('Your question').fill(QUESTION);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('link', { name: 'All policy memos' }).click();
}

test.describe('policy memos', () => {
  test('Ana requests memos until the allowance is used up, withdraws one and sees it come back', async ({
    app,
    page,
  }) => {
    await app.signIn(accounts.ana);
    await page.getByRole('navigation', { name: 'Member hub' }).getByRole('link', { name: 'Policy memos' }).click();
    await expect(page.getByText('1 of 3 used')).toBeVisible();
    await app.expectAccessible('memos page');

    await requestMemo(app, 'Backyard homes');
    await expect(page.getByText('2 of 3 used')).toBeVisible();
    await requestMemo(app, 'Parking minimums');
    await expect(page.getByText('3 of 3 used')).toBeVisible();
    await expect(page.getByText(/You have used all 3 memos for the 2026–27 membership year/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Request a memo' })).toHaveCount(0);

    await page.getByRole('link', { name: 'Parking minimums' }).click();
    await expect(page.getByText(QUESTION)).toBeVisible();
    await app.expectAccessible('memo request page (submitted)');
    await page.getByRole('button', { name: 'Withdraw request' }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw this request?' });
    await app.expectAccessible('withdraw dialog');
    await dialog.getByRole('button', { name: 'Withdraw request' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Withdrawn', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'All policy memos' }).click();
    await expect(page.getByText('2 of 3 used')).toBeVisible();
  });

  test('a draft survives a reload and a sign-in-again mid-submit, emoji and right-to-left text intact', async ({
    app,
    page,
  }) => {
    await app.signIn(accounts.ana);
    await page.goto('/m/riverton/memos/new');
    await page.getByLabel('Title').fill('Backyard homes');
    await page.getByLabel('Policy area').selectOption({ label: 'Housing' });
    await page.getByLabel('Your question').fill(QUESTION);
    await app.expectAccessible('memo request form');

    await page.reload();
    await expect(page.getByLabel('Your question')).toHaveValue(QUESTION);
    await expect(page.getByLabel('Title')).toHaveValue('Backyard homes');

    // The session "expires" as the request is sent: sign in again, and the same request goes once.
    await app.addFault({
      method: 'POST',
      path: '/members/riverton/memo-requests',
      kind: 'status',
      status: 401,
      code: 'session_expired',
    });
    await page.getByRole('button', { name: 'Send request' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in again to continue' });
    await dialog.getByLabel('Password').fill('demo');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Backyard homes' })).toBeVisible();
    await expect(page.getByText(QUESTION)).toBeVisible();
    await page.getByRole('link', { name: 'All policy memos' }).click();
    await expect(page.getByText('2 of 3 used')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Backyard homes' })).toHaveCount(1);
  });

  test('a delivered memo reads in the hub', async ({ app, page }) => {
    await app.signIn(accounts.ana);
    await page.goto('/m/riverton/memos');
    await page.getByRole('link', { name: 'Accessory dwelling unit permitting' }).click();
    await expect(page.getByRole('region', { name: 'The memo' })).toBeVisible();
    await app.expectAccessible('delivered memo');
  });
});

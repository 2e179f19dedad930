import { accounts } from './accounts';
import { demoButtonName, expect, test } from './fixtures';

test.describe('signing in and out', () => {
  test('the sign-in page is accessible', async ({ app, page, apiMode }) => {
    await app.gotoSignIn();
    await expect(page.getByLabel('E-mail address')).toBeVisible();
    if (apiMode === 'mock') {
      // The embedded mock API offers the demo accounts for one-click sign-in.
      for (const account of Object.values(accounts)) {
        await expect(page.getByRole('button', { name: demoButtonName(account) })).toBeVisible();
      }
    }
    await app.expectAccessible('sign-in');
  });

  test('e-mail and the password "demo" sign in, and sign-out returns to sign-in', async ({ app, page }) => {
    await app.signInWithPassword(accounts.ana);
    await expect(page).toHaveURL(/\/m\/riverton$/);
    await app.signOut();
    // Signed out for real: the hub sends you back to sign in, and then to where you were going.
    await page.goto('/m/riverton');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fm%2Friverton$/);
  });

  test('a wrong password is refused with an error summary, and nothing typed is lost', async ({ app, page }) => {
    await app.signInWithPassword(accounts.marcus, 'not-the-password');
    const summary = page.getByRole('alert');
    await expect(summary).toContainText("That e-mail and password don't match an account");
    await expect(page.getByLabel('E-mail address')).toHaveValue(accounts.marcus.email);
    await expect(page).toHaveURL(/\/sign-in$/);
    await app.expectAccessible('sign-in with an error');
  });

  test('a reload keeps you signed in', async ({ app, page }) => {
    await app.signIn(accounts.marcus);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await page.reload();
    await expect(page).toHaveURL(/\/m\/lakeport$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await app.expectSignedIn(accounts.marcus);
  });

  test('a deep link while signed out returns there after signing in', async ({ page }) => {
    await page.goto('/m/riverton');
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await page.getByLabel('E-mail address').fill(accounts.ana.email);
    await page.getByLabel('Password').fill('demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/m\/riverton$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  });

  test('an unknown address shows "Page not found"', async ({ app, page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await app.expectAccessible('404');
  });
});

import { accounts } from './accounts';
import { expect, test } from './fixtures';

test.describe('a prospective mayor (Lee Chen)', () => {
  test('sees the welcome page with the $1,500 fee for Millbrook', async ({ app, page }) => {
    await app.signIn(accounts.lee);
    await expect(page).toHaveURL(/\/welcome$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Mayor Chen' })).toBeVisible();
    const fee = page.getByRole('region', { name: 'Your annual membership fee' });
    await expect(fee).toContainText('$1,500');
    await expect(fee).toContainText('45,000');
    await app.expectAccessible('welcome (prospective)');
  });

  test('cannot open a member hub', async ({ app, page }) => {
    await app.signIn(accounts.lee);
    await page.goto('/m/riverton');
    await expect(page.getByRole('heading', { level: 1, name: /Page not found|don't have access/ })).toBeVisible();
  });
});

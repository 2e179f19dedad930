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

  test('registers for the first Winter Meeting free, and sees the registration on the welcome page', async ({
    app,
    page,
  }) => {
    await app.signIn(accounts.lee);
    const widget = page.getByRole('region', { name: 'Your first Winter Meeting is free' });
    await widget.getByRole('button', { name: 'Register for the Winter Meeting 2027' }).click();
    const dialog = page.getByRole('dialog', { name: 'Register for the Winter Meeting 2027' });
    await expect(dialog).toContainText('Mayor Lee Chen');
    await dialog.getByLabel('Accessibility needs (optional)').fill('Seat near the front');
    await app.expectAccessible('free Winter Meeting registration dialog');
    await dialog.getByRole('button', { name: 'Register' }).click();
    await expect(dialog).toBeHidden();
    await expect(widget).toContainText('Registered');
    await expect(widget).toContainText('Accessibility: Seat near the front');
    await app.expectAccessible('welcome (registered for the free meeting)');
  });
});

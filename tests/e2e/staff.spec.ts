import { accounts } from './accounts';
import { expect, test } from './fixtures';

test.describe('MIP staff (Morgan Hale)', () => {
  test('sees the member list; a preview needs a reason, shows "Viewing as …", and Exit ends it', async ({
    app,
    page,
  }) => {
    await app.signIn(accounts.morgan);
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
    await page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Member cities' }).click();
    await expect(page).toHaveURL(/\/staff\/members$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Member cities' })).toBeVisible();
    await expect(page.getByText('Riverton, WI')).toBeVisible();
    await expect(page.getByText('Lakeport, IL')).toBeVisible();
    await app.expectAccessible('staff member list');

    await page.getByRole('button', { name: /^Preview as member\s*: Riverton$/ }).click();
    const dialog = page.getByRole('dialog', { name: "Preview Riverton's hub" });
    await expect(dialog).toBeVisible();
    await app.expectAccessible('start-preview dialog');

    // No reason, no preview.
    await dialog.getByRole('button', { name: 'Start preview' }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Reason for this preview')).toHaveAttribute('aria-invalid', 'true');
    await app.expectAccessible('start-preview dialog with an error');

    await dialog.getByLabel('Reason for this preview').fill('Checking the dues widget the mayor asked about');
    await dialog.getByRole('button', { name: 'Start preview' }).click();
    const banner = page.getByRole('region', { name: 'Preview' });
    await expect(banner).toContainText('Viewing as Mayor Ana Ortiz');
    await expect(banner).toContainText('read-only');
    await expect(page).toHaveURL(/\/m\/riverton$/);
    await expect(page.getByRole('region', { name: 'Policy memos' })).toContainText('1 of 3 used');
    await app.expectAccessible('dashboard in preview');

    // The preview is server state: it survives a reload (and the mock build keeps its data).
    await page.reload();
    await expect(page.getByRole('region', { name: 'Preview' })).toContainText('Viewing as Mayor Ana Ortiz');

    await banner.getByRole('button', { name: 'Exit preview' }).click();
    await expect(page.getByRole('region', { name: 'Preview' })).toHaveCount(0);
    await expect(page).toHaveURL(/\/staff\/members$/);
  });

  test('staff pages are for MIP staff only', async ({ app, page }) => {
    await app.signIn(accounts.marcus);
    await page.goto('/staff');
    await expect(page).toHaveURL(/\/m\/lakeport$/);
  });
});

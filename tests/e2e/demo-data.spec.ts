import { accounts } from './accounts';
import { expect, test } from './fixtures';

test.describe('the embedded mock API (mock build only)', () => {
  test.skip(({ apiMode }) => apiMode !== 'mock', 'Only the mock build stores its data in the browser');

  test('keeps changes across a reload, until "Reset demo data" starts over', async ({ app, page }) => {
    await app.signIn(accounts.morgan);
    await page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Member cities' }).click();
    await page.getByRole('button', { name: /^Preview as member\s*: Lakeport$/ }).click();
    const dialog = page.getByRole('dialog', { name: "Preview Lakeport's hub" });
    await dialog.getByLabel('Reason for this preview').fill('Answering the mayor’s question about dues');
    await dialog.getByRole('button', { name: 'Start preview' }).click();
    await expect(page.getByRole('region', { name: 'Preview' })).toContainText('Viewing as Mayor Marcus Bell');

    // The change lives in the browser's mock database (IndexedDB): a reload keeps it.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Preview' })).toContainText('Viewing as Mayor Marcus Bell');

    await page.getByRole('button', { name: 'Reset demo data' }).click();
    const confirm = page.getByRole('dialog', { name: 'Reset the demo data?' });
    await expect(confirm).toBeVisible();
    await app.expectAccessible('reset-demo-data dialog');
    await confirm.getByRole('button', { name: 'Reset demo data' }).click();

    // Reset signs everyone out; signing in again finds the seed: no preview running.
    await expect(page).toHaveURL(/\/sign-in/);
    await app.signIn(accounts.morgan);
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole('region', { name: 'Preview' })).toHaveCount(0);
  });
});

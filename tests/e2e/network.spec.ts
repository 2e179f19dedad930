import { accounts } from './accounts';
import { expect, test } from './fixtures';

const WMN = "Women Mayors' Network";

test.describe('tracks and the network', () => {
  test("Ana joins the Women Mayors' Network privately, finds a peer in the directory and sets her e-mail", async ({
    app,
    page,
  }) => {
    await app.signIn(accounts.ana);
    const nav = page.getByRole('navigation', { name: 'Member hub' });
    await nav.getByRole('link', { name: 'Tracks' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tracks' })).toBeVisible();
    await app.expectAccessible('tracks');

    await page.getByRole('link', { name: WMN }).click();
    await page.getByRole('button', { name: `Join the ${WMN}` }).click();
    const dialog = page.getByRole('dialog', { name: `Join the ${WMN}` });
    await expect(dialog).toContainText(/private/i);
    await app.expectAccessible('join the network dialog');
    await dialog.getByRole('button', { name: `Join the ${WMN}` }).click();
    await expect(page.getByText(/You joined on/)).toBeVisible();
    await app.expectAccessible('track page (member)');

    await nav.getByRole('link', { name: 'Directory' }).click();
    await page.getByLabel('Name, city or title').fill('Bell');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/directory\?q=Bell$/);
    await expect(page.getByText('Marcus Bell')).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(WMN);
    await app.expectAccessible('directory');

    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('checkbox', { name: 'Track news' }).uncheck();
    await page.getByRole('button', { name: 'Save e-mail choices' }).click();
    await expect(page.getByText('Saved. Your e-mail choices are up to date.')).toBeVisible();
    await app.expectAccessible('settings');
  });
});

import { accounts } from './accounts';
import { expect, test } from './fixtures';

test.describe('a delegate (Jordan Lee)', () => {
  test('picks whom to act for, sees "Acting for Mayor …", and can switch', async ({ app, page }) => {
    await app.signIn(accounts.jordan);
    await expect(page).toHaveURL(/\/act-as$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a mayor to act for' })).toBeVisible();
    const ana = page.getByRole('link', { name: /Mayor Ana Ortiz/ });
    const dana = page.getByRole('link', { name: /Mayor Dana Whitfield/ });
    await expect(ana).toBeVisible();
    await expect(dana).toBeVisible();
    await app.expectAccessible('act-as');

    await ana.click();
    await expect(page).toHaveURL(/\/m\/riverton$/);
    await expect(page.getByText('Acting for Mayor Ana Ortiz')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Policy memos' })).toContainText('1 of 3 used');
    await app.expectAccessible('dashboard (Jordan Lee acting for Ana Ortiz)');

    await page.getByRole('link', { name: 'Switch mayor' }).click();
    await expect(page).toHaveURL(/\/act-as$/);
    await page.getByRole('link', { name: /Mayor Dana Whitfield/ }).click();
    await expect(page).toHaveURL(/\/m\/cedar-falls$/);
    await expect(page.getByText('Acting for Mayor Dana Whitfield')).toBeVisible();
    await app.expectAccessible('dashboard (Jordan Lee acting for Dana Whitfield, meetings only)');
  });

  test('the acting-for choice is in the URL, so a reload keeps it', async ({ app, page }) => {
    await app.signIn(accounts.jordan);
    await page.getByRole('link', { name: /Mayor Dana Whitfield/ }).click();
    await expect(page.getByText('Acting for Mayor Dana Whitfield')).toBeVisible();
    await page.reload();
    await expect(page).toHaveURL(/\/m\/cedar-falls$/);
    await expect(page.getByText('Acting for Mayor Dana Whitfield')).toBeVisible();
  });
});

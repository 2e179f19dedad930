import type { Page } from '@playwright/test';
import { accounts } from './accounts';
import { expect, test } from './fixtures';

function widget(page: Page, title: string) {
  return page.getByRole('region', { name: title });
}

test.describe('a mayor’s dashboard', () => {
  test('Ana Ortiz: 1 of 3 memos used, her next installment due, member in good standing', async ({ app, page }) => {
    await app.signIn(accounts.ana);
    await expect(page).toHaveURL(/\/m\/riverton$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page.getByText('Riverton, WI')).toBeVisible();
    await expect(widget(page, 'Policy memos')).toContainText('1 of 3 used');
    await expect(widget(page, 'Policy memos')).toContainText('2 remaining');
    await expect(widget(page, 'Dues')).toContainText(/Next installment/);
    await expect(page.getByText(/Member through/).first()).toBeVisible();
    await app.expectAccessible('dashboard (Ana Ortiz, mayor)');
  });

  test('Marcus Bell: all 3 of 3 memos used, dues paid', async ({ app, page }) => {
    await app.signIn(accounts.marcus);
    await expect(page).toHaveURL(/\/m\/lakeport$/);
    await expect(widget(page, 'Policy memos')).toContainText('3 of 3 used');
    await expect(widget(page, 'Policy memos')).toContainText('None remaining');
    await expect(widget(page, 'Dues')).toContainText(/Paid/i);
    await app.expectAccessible('dashboard (Marcus Bell, mayor)');
  });

  test('Dana Whitfield: membership in grace, invoice overdue', async ({ app, page }) => {
    await app.signIn(accounts.dana);
    await expect(page).toHaveURL(/\/m\/cedar-falls$/);
    await expect(page.getByText(/In grace/).first()).toBeVisible();
    await expect(widget(page, 'Dues')).toContainText(/Overdue/i);
    await app.expectAccessible('dashboard (Dana Whitfield, mayor in grace)');
  });

  test('a mayor cannot open another city’s hub', async ({ app, page }) => {
    await app.signIn(accounts.ana);
    await page.goto('/m/lakeport');
    await expect(page.getByRole('heading', { level: 1, name: /Page not found|don't have access/ })).toBeVisible();
    await app.expectAccessible('another city’s hub (refused)');
  });
});

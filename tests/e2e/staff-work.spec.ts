import { accounts } from './accounts';
import { expect, test } from './fixtures';

const MEMO_TEXT = [
  'Three cities of Riverton’s size have tied their vacant-lot programs to a land bank.',
  '',
  '- Flint moved 4,000 lots to side-lot sales in five years.',
  '- Cleveland pairs its land bank with a demolition fund.',
  '',
  'We recommend starting with side-lot sales to neighbors, which need the least new staff time.',
].join('\n');

test.describe("MIP staff's workbench", () => {
  test('Ana asks for a memo; Morgan assigns it, scopes it and delivers it; Ana reads every step', async ({
    app,
    page,
  }) => {
    // Three people in turn, and axe on four pages: longer than the default minute in the mock build.
    test.setTimeout(150_000);
    // One browser, each person in turn: the embedded mock API keeps its data in this browser.
    await app.signIn(accounts.ana);
    await page.getByRole('navigation', { name: 'Member hub' }).getByRole('link', { name: 'Policy memos' }).click();
    await page.getByRole('link', { name: 'Request a memo' }).click();
    await page.getByLabel('Title').fill('Vacant lots and a land bank');
    await page.getByLabel('Policy area').selectOption({ label: 'Housing' });
    await page.getByLabel('Your question').fill('How have cities our size used a land bank for vacant lots?');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vacant lots and a land bank' })).toBeVisible();
    await app.signOut();

    await app.signIn(accounts.morgan);
    await expect(page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
    await app.expectAccessible('work inbox');
    await page.getByRole('link', { name: /^Memo requests/ }).click();
    await page.getByLabel('Order').selectOption({ label: 'Newest first' });
    await page.getByRole('button', { name: 'Show work' }).click();
    await page.getByRole('link', { name: 'Vacant lots and a land bank' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vacant lots and a land bank' })).toBeVisible();
    await app.expectAccessible('staff memo request');

    await page.getByLabel('Assigned to').selectOption({ label: 'Nadia Brooks, Senior Policy Analyst' });
    await page.getByRole('button', { name: 'Assign' }).click();
    await expect(page.getByText('Assigned to Nadia Brooks', { exact: true }).first()).toBeVisible();
    await page.getByRole('radio', { name: 'Scoping' }).check();
    await page.getByLabel('Message to the member').fill('Nadia will call your office this week to scope it.');
    await page.getByRole('button', { name: 'Send and move it along' }).click();
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Nadia will call your office');
    await page.getByLabel('Note', { exact: true }).fill('The council votes on Jan 12.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByRole('region', { name: 'Internal notes' })).toContainText('The council votes on Jan 12.');
    await page.getByLabel('The memo', { exact: true }).fill(MEMO_TEXT);
    await page.getByRole('button', { name: 'Deliver the memo' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^The memo, as delivered/ })).toBeVisible();
    await app.expectAccessible('delivered memo, staff side');
    await app.signOut();

    await app.signIn(accounts.ana);
    await page.getByRole('navigation', { name: 'Member hub' }).getByRole('link', { name: 'Policy memos' }).click();
    await page.getByRole('link', { name: 'Vacant lots and a land bank' }).click();
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
      'Nadia will call your office this week to scope it.',
    );
    await expect(page.getByText('Cleveland pairs its land bank with a demolition fund.')).toBeVisible();
    await expect(page.getByText('The council votes on Jan 12.')).toHaveCount(0);
  });

  test('the inbox works on a phone: results on the first screen, filters one tap away', async ({ app, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await app.signIn(accounts.theo);
    await expect(page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
    const first = page.getByRole('list', { name: 'Work waiting' }).getByRole('listitem').first();
    await expect(first).toBeInViewport();
    await expect(page.getByLabel('Stage')).toBeHidden();
    await page.getByRole('button', { name: 'Filters and sort' }).click();
    await page.getByLabel('Stage').selectOption({ label: 'New' });
    await page.getByRole('button', { name: 'Show work' }).click();
    await expect(page).toHaveURL(/\?stage=new$/);
    await expect(page.getByText('Financial assistance').first()).toBeVisible();
    await app.expectAccessible('work inbox at 390 px');
  });
});

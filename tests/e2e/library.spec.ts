import { accounts } from './accounts';
import { expect, test } from './fixtures';

test.describe('the library', () => {
  test('Ana searches, narrows by year, opens a book from its meeting, and saves it', async ({ app, page }) => {
    await app.signIn(accounts.ana);
    await page.getByRole('navigation', { name: 'Member hub' }).getByRole('link', { name: 'Library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await app.expectAccessible('library');

    await page.getByLabel('Search the library').fill('transit');
    await expect(page).toHaveURL(/\/library\?q=transit$/);
    await expect(page.getByRole('heading', { level: 2, name: /results? for “transit”/ })).toBeVisible();
    await expect(page.locator('mark').first()).toBeVisible();
    await page.getByLabel('Year').selectOption('2025');
    await expect(page).toHaveURL(/\?q=transit&year=2025$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=transit$/);
    await app.expectAccessible('library search results');

    // A result opens in the app (no page load) from the keyboard, and Back returns to the search.
    const results = page.getByRole('region', { name: /results? for “transit”/ });
    const first = results.getByRole('link').first();
    const title = (await first.textContent()) ?? '';
    // A mark on this document: a page load would start a new one without it.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    expect(await page.evaluate(() => '__sameDocument' in window)).toBe(true);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=transit$/);
    await expect(page.getByRole('heading', { level: 2, name: /results? for “transit”/ })).toBeVisible();
    // The book's own way back returns to the same search too.
    await results.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.getByRole('link', { name: 'Back to your search' }).click();
    await expect(page).toHaveURL(/\?q=transit$/);
    await expect(page.getByLabel('Search the library')).toHaveValue('transit');

    await page.goto('/m/riverton/meetings/winter-2026');
    await page
      .getByRole('region', { name: 'Briefing book' })
      .getByRole('link', { name: 'Winter Meeting 2026 briefing book' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Winter Meeting 2026 briefing book' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Winter Meeting 2026', exact: true })).toBeVisible();
    await app.expectAccessible('briefing book page');

    // Ana saved this book in January: she can remove it, and save it again.
    await page.getByRole('button', { name: /^Saved: Winter Meeting 2026 briefing book/ }).click();
    await page.getByRole('button', { name: 'Save Winter Meeting 2026 briefing book' }).click();
    await expect(page.getByRole('button', { name: /^Saved: Winter Meeting 2026 briefing book/ })).toBeVisible();
    await page.getByRole('link', { name: 'Search the library' }).click();
    await page.getByRole('link', { name: 'Saved', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Winter Meeting 2026 briefing book' })).toBeVisible();
    await app.expectAccessible('saved books');
  });
});

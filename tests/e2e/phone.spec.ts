import { accounts } from './accounts';
import { expect, test } from './fixtures';

// A phone's screen (iPhone 12–15): every section one tap away, each page's main action on the
// first screen, nothing covering it.
test.use({ viewport: { width: 390, height: 844 } });

test.describe('on a phone', () => {
  test('Ana reaches every section from the Menu, and finds each main action on the first screen', async ({
    app,
    page,
  }) => {
    await app.signIn(accounts.ana);
    const header = page.getByRole('banner');
    await expect(header.getByText(accounts.ana.name, { exact: true })).toBeVisible();

    const nav = page.getByRole('navigation', { name: 'Member hub' });
    const menu = nav.getByRole('button', { name: /^Menu/ });
    await expect(menu).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Library' })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    for (const section of [
      'Dashboard',
      'Meetings',
      'Policy memos',
      'Library',
      'Tracks',
      'Directory',
      'Dues',
      'Settings',
    ]) {
      await expect(nav.getByRole('link', { name: section, exact: true })).toBeInViewport();
    }
    await app.expectAccessible('phone: section menu open');
    await nav.getByRole('link', { name: 'Library', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toContainText('Library');

    // The search and its first result before the filters, which wait behind one button.
    await page.getByLabel('Search the library').fill('transit');
    const results = page.getByRole('region', { name: /results? for “transit”/ });
    await expect(results.getByRole('link').first()).toBeInViewport();
    await expect(page.getByLabel('Year')).toBeHidden();
    await page.getByRole('button', { name: /^Filters and sort/ }).click();
    await expect(page.getByLabel('Year')).toBeVisible();
    await app.expectAccessible('phone: library with filters open');

    // A meeting's way to register comes before its details.
    await page.goto('/m/riverton/meetings/digital-equity-working-session');
    await expect(page.getByRole('heading', { level: 1, name: 'Digital Equity Working Session' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: "Your city's registrations" }).getByRole('link').first(),
    ).toBeInViewport();
    await app.expectAccessible('phone: meeting page');
  });
});

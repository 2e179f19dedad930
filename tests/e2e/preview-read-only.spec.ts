import type { Page, Request } from '@playwright/test';
import { accounts } from './accounts';
import { expect, test } from './fixtures';

/** Requests to the Member Hub API that would change something (anything but GET). */
function changingApiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/v1/') && request.method() !== 'GET') {
      seen.push(`${request.method()} ${url.pathname}`);
    }
  });
  return seen;
}

/** The first link on `listPath` whose path matches `pattern`: a real record to open in the preview. */
async function firstLink(page: Page, listPath: string, pattern: RegExp): Promise<string> {
  await page.goto(listPath);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const href = hrefs.find((h): h is string => h !== null && pattern.test(h));
  expect(href, `a link like ${String(pattern)} on ${listPath}`).toBeDefined();
  return href ?? listPath;
}

/**
 * Clicks every button on the page the way a curious person would, disabled-looking ones too,
 * closing any dialog it opens and coming back if it navigated away.
 */
async function clickEverything(page: Page, path: string): Promise<void> {
  const count = Math.min(await page.locator('main button').count(), 12);
  for (let i = 0; i < count; i += 1) {
    const button = page.locator('main button').nth(i);
    if (!(await button.isVisible())) continue;
    await button.click({ force: true, timeout: 2_000 }).catch(() => undefined);
    const dialog = page.getByRole('dialog');
    if (await dialog.isVisible()) {
      // A dialog's own confirm button is clicked too: it must be inert as well.
      await dialog
        .getByRole('button')
        .last()
        .click({ force: true, timeout: 2_000 })
        .catch(() => undefined);
      await page.keyboard.press('Escape');
    }
    if (new URL(page.url()).pathname !== path) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  }
  // Forms submitted with the keyboard, the other way a change could be sent.
  const field = page.locator('main form input:not([type=hidden]):not([type=radio]):not([type=checkbox])').first();
  if (await field.isVisible().catch(() => false)) {
    await field.press('Enter').catch(() => undefined);
  }
}

test.describe('a preview is read-only in the browser', () => {
  test('no request other than GET leaves a previewing page, on any route, whatever is clicked', async ({
    app,
    page,
  }) => {
    test.setTimeout(180_000);
    // "Print" would open the browser's print dialog; here it only has to be clicked.
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await app.signIn(accounts.morgan);
    await page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Member cities' }).click();
    await page.getByRole('button', { name: /^Preview as member\s*: Riverton$/ }).click();
    const dialog = page.getByRole('dialog', { name: "Preview Riverton's hub" });
    await dialog.getByLabel('Reason for this preview').fill('Checking that nothing can be changed in a preview');
    await dialog.getByRole('button', { name: 'Start preview' }).click();
    await expect(page.getByRole('region', { name: 'Preview' })).toContainText('Viewing as Mayor Ana Ortiz');

    // From here on, nothing but GET may go to the API (leaving the preview is not clicked).
    const changes = changingApiRequests(page);
    const hub = '/m/riverton';
    const meeting = await firstLink(page, `${hub}/meetings`, /^\/m\/riverton\/meetings\/[^/?]+$/);
    const memo = await firstLink(page, `${hub}/memos`, /^\/m\/riverton\/memos\/(?!new)[^/?]+$/);
    const book = await firstLink(page, `${hub}/library`, /^\/m\/riverton\/library\/(?!saved)[^/?]+$/);
    const track = await firstLink(page, `${hub}/tracks`, /^\/m\/riverton\/tracks\/[^/?]+$/);
    const invoice = await firstLink(page, `${hub}/dues`, /^\/m\/riverton\/dues\/invoices\/[^/?]+$/);
    const routes = [
      hub,
      `${hub}/meetings`,
      meeting,
      `${meeting}/register`,
      `${hub}/memos`,
      `${hub}/memos/new`,
      memo,
      `${hub}/library`,
      `${hub}/library/saved`,
      book,
      `${hub}/tracks`,
      track,
      `${hub}/directory`,
      `${hub}/settings`,
      `${hub}/dues`,
      invoice,
      `${hub}/dues/plan`,
      `${hub}/dues/invoice-request`,
      `${hub}/dues/assistance`,
      `${hub}/access`,
      `${hub}/access/history`,
    ];
    for (const path of routes) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Preview' })).toContainText('read-only');
      await clickEverything(page, path);
    }
    await app.expectAccessible('a preview after clicking everything');
    expect(changes, 'changing API requests sent during the preview').toEqual([]);
  });
});

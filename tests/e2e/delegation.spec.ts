import type { Page } from '@playwright/test';
import { PINNED_NOW, pinClock } from '../setup/pinned-clock';
import { accounts } from './accounts';
import { AppDriver, expect, test } from './fixtures';

/** The member each API request of a tab names (`/members/{memberId}/…`), in order. */
function membersNamedBy(page: Page): string[] {
  const named: string[] = [];
  page.on('request', (request) => {
    const match = /\/api\/v1\/members\/([^/]+)\//.exec(new URL(request.url()).pathname);
    if (match?.[1]) named.push(decodeURIComponent(match[1]));
  });
  return named;
}

async function openSection(page: Page, section: string, heading: string | RegExp) {
  await page.getByRole('navigation', { name: 'Member hub' }).getByRole('link', { name: section }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test.describe("the mayor's delegates", () => {
  test('Ana adds a delegate, changes their access, revokes it, and reads her access history', async ({ app, page }) => {
    await app.signIn(accounts.ana);
    await openSection(page, 'Delegates', 'Delegates');
    await expect(page.getByRole('listitem', { name: 'Jordan Lee' })).toContainText('Meetings, policy memos and dues');
    await app.expectAccessible('delegates');

    const form = page.getByRole('form', { name: 'Add a delegate' });
    await form.getByLabel('Their name').fill('Rosa Díaz');
    await form.getByLabel('Their work e-mail address').fill('rosa.diaz@riverton.example');
    await form.getByRole('checkbox', { name: 'Dues' }).check();
    await form.getByRole('button', { name: 'Add delegate' }).click();
    const rosa = page.getByRole('region', { name: 'Who can act for you' }).getByRole('listitem', { name: 'Rosa Díaz' });
    await expect(rosa).toContainText('Dues');

    await page.getByRole('button', { name: 'Change access for Rosa Díaz' }).click();
    const dialog = page.getByRole('dialog', { name: "Change Rosa Díaz's access" });
    await dialog.getByRole('checkbox', { name: 'Meetings' }).check();
    await app.expectAccessible('change access dialog');
    await dialog.getByRole('button', { name: 'Save access' }).click();
    await expect(dialog).toBeHidden();
    await expect(rosa).toContainText('Meetings and dues');

    await page.getByRole('button', { name: 'Revoke access for Rosa Díaz' }).click();
    await page
      .getByRole('dialog', { name: "Revoke Rosa Díaz's access?" })
      .getByRole('button', { name: 'Revoke access' })
      .click();
    await expect(
      page.getByRole('region', { name: 'Access that ended' }).getByRole('listitem', { name: 'Rosa Díaz' }),
    ).toContainText('Revoked');

    await page.getByRole('link', { name: 'Access history' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Access history' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Access history, newest first' })).toContainText(
      'Morgan Hale of MIP previewed your hub',
    );
    await app.expectAccessible('access history');
  });
});

/** Jordan signed in, one tab acting for Ana and a second tab (same browser) acting for Dana. */
async function twoTabs(app: AppDriver, page: Page): Promise<{ tabAna: Page; tabDana: Page }> {
  await app.signIn(accounts.jordan);
  await page.getByRole('link', { name: /Mayor Ana Ortiz/ }).click();
  await expect(page.getByText('Acting for Mayor Ana Ortiz')).toBeVisible();
  const tabDana = await page.context().newPage();
  await tabDana.goto('/act-as');
  await tabDana.getByRole('link', { name: /Mayor Dana Whitfield/ }).click();
  await expect(tabDana.getByText('Acting for Mayor Dana Whitfield')).toBeVisible();
  return { tabAna: page, tabDana };
}

test.describe('a delegate acting for two mayors in two tabs (Jordan Lee)', () => {
  test('each tab acts for its own mayor and every request names it', async ({ app, page }) => {
    const { tabAna, tabDana } = await twoTabs(app, page);
    const namedByAna = membersNamedBy(tabAna);
    const namedByDana = membersNamedBy(tabDana);
    // Interleaved, as a person switching tabs would.
    await openSection(tabAna, 'Meetings', 'Meetings');
    await openSection(tabDana, 'Meetings', 'Meetings');
    await openSection(tabAna, 'Dues', 'Dues');
    await openSection(tabDana, 'Policy memos', 'Policy memos');
    await openSection(tabAna, 'Policy memos', 'Policy memos');
    await expect(tabAna.getByText('Acting for Mayor Ana Ortiz')).toBeVisible();
    await expect(tabDana.getByText('Acting for Mayor Dana Whitfield')).toBeVisible();
    expect(namedByAna.length).toBeGreaterThan(0);
    expect(namedByDana.length).toBeGreaterThan(0);
    expect(new Set(namedByAna)).toEqual(new Set(['riverton']));
    expect(new Set(namedByDana)).toEqual(new Set(['cedar-falls']));
    // Dana gave Jordan meetings only: her dues stay closed to him in his tab for her.
    await tabDana.goto('/m/cedar-falls/dues');
    await expect(tabDana.getByRole('main')).toContainText("You don't have access to dues for Mayor Dana Whitfield");
  });

  test('a revocation reaches the tab for that mayor on its next click, and only that tab', async ({
    app,
    page,
    browser,
    apiMode,
  }) => {
    // Revoking needs Ana signed in elsewhere: another browser, against the one shared API. The
    // embedded mock API lives inside each browser, so only the real-API build can show this.
    test.skip(apiMode === 'mock', 'another browser shares no data with the embedded mock API');
    const { tabAna, tabDana } = await twoTabs(app, page);
    const anaContext = await browser.newContext();
    await anaContext.addInitScript(pinClock, PINNED_NOW);
    const anaApp = new AppDriver(await anaContext.newPage(), apiMode);
    await anaApp.signIn(accounts.ana);
    await anaApp.page.goto('/m/riverton/access');
    await anaApp.page.getByRole('button', { name: 'Revoke access for Jordan Lee' }).click();
    await anaApp.page
      .getByRole('dialog', { name: "Revoke Jordan Lee's access?" })
      .getByRole('button', { name: 'Revoke access' })
      .click();
    await expect(
      anaApp.page.getByRole('region', { name: 'Access that ended' }).getByRole('listitem', { name: 'Jordan Lee' }),
    ).toBeVisible();
    await anaContext.close();

    // Jordan's very next click in Ana's tab says what happened; Dana's tab carries on.
    await tabAna.getByRole('navigation', { name: 'Member hub' }).getByRole('link', { name: 'Meetings' }).click();
    await expect(
      tabAna.getByRole('heading', { level: 1, name: 'Your access for Mayor Ana Ortiz was revoked' }),
    ).toBeVisible();
    await expect(tabAna.getByRole('navigation', { name: 'Member hub' })).toBeHidden();
    await app.expectAccessible('access revoked notice');
    await openSection(tabDana, 'Meetings', 'Meetings');
    await expect(tabDana.getByText('Acting for Mayor Dana Whitfield')).toBeVisible();
  });
});

import type { Locator, Page } from '@playwright/test';
import { accounts } from './accounts';
import { expect, test } from './fixtures';

/**
 * Issue 17, done when: "axe finds nothing on every staff page and dialog; keyboard alone works".
 * Every staff page in the states worth checking (as loaded, with field errors, with a request
 * error), then keyboard-only walks. The records are found through the inbox, as staff find them.
 */

/**
 * Opens the first record of one kind in the inbox (optionally only those at a stage) and waits
 * for its page; gives back its title as the inbox lists it.
 */
async function openFirstInInbox(page: Page, tab: RegExp, stage?: 'New' | 'In progress'): Promise<string> {
  await page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Inbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
  const kind = page.getByRole('navigation', { name: 'Kinds of work' }).getByRole('link', { name: tab });
  await kind.click();
  // The filters are made anew for each search: choose once the tab's search is in.
  await expect(kind).toHaveAttribute('aria-current', 'page');
  if (stage) {
    await page.getByLabel('Stage').selectOption({ label: stage });
    await page.getByRole('button', { name: 'Show work' }).click();
    await expect(page).toHaveURL(/stage=/);
  }
  const list = page.getByRole('list', { name: 'Work waiting' });
  if (stage) {
    // The URL changes before a busy browser draws the filtered list: wait until only that stage shows.
    const other = stage === 'New' ? 'In progress' : 'New';
    await expect(list.getByText(other, { exact: true })).toHaveCount(0);
  }
  const first = list.getByRole('link').first();
  const title = await first.innerText();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Work inbox');
  return title;
}

/** Whether the element has focus. */
function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab (Shift+Tab going back) until `target` has focus: proof it is reachable by keyboard, in
 * the page's order, within `max` presses.
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  for (let presses = 0; presses <= max; presses++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target.toString()} not reached with ${back ? 'Shift+Tab' : 'Tab'} in ${String(max)} presses`);
}

test.describe('MIP staff pages: axe on every state', () => {
  test('Morgan: the inbox, a memo request and a travel-support request, as loaded, with field errors and with a request error', async ({
    app,
    page,
  }) => {
    // Eight axe runs: more than the default minute in the mock build.
    test.setTimeout(150_000);
    await app.signIn(accounts.morgan);
    await expect(page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
    await app.expectAccessible('work inbox');

    // Filters that leave nothing: the empty list's words.
    await page.getByLabel('Stage').selectOption({ label: 'New' });
    await page.getByLabel('Area').selectOption({ label: 'Policy' });
    await page.getByLabel('Assigned to me').check();
    await page.getByRole('button', { name: 'Show work' }).click();
    await expect(page).toHaveURL(/\?stage=new&area=policy&mine=1$/);
    await expect(page.getByText('Nothing is waiting under these filters.')).toBeVisible();
    await app.expectAccessible('work inbox, filtered to nothing');

    // A new memo request, nobody on it yet.
    const memo = await openFirstInInbox(page, /^Memo requests/, 'New');
    await expect(page.getByRole('heading', { level: 1, name: memo })).toBeVisible();
    await expect(page.getByText('Not assigned', { exact: true })).toBeVisible();
    await app.expectAccessible('staff memo request, new');

    // Every form sent empty: each error sits next to its field.
    const forms = [
      { button: 'Assign', field: page.getByLabel('Assigned to') },
      { button: 'Send and move it along', field: page.getByLabel('Message to the member') },
      { button: 'Deliver the memo', field: page.getByLabel('The memo', { exact: true }) },
      { button: 'Decline the request', field: page.getByLabel('Why MIP declines it') },
      { button: 'Add note', field: page.getByLabel('Note', { exact: true }) },
    ];
    for (const { button, field } of forms) {
      await page.getByRole('button', { name: button }).click();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toBeFocused();
    }
    await app.expectAccessible('staff memo request, every form with an error');

    // The API refuses the note: the alert says so and takes focus.
    await page.getByLabel('Note', { exact: true }).fill('Check with the city attorney first.');
    await app.addFault({ method: 'POST', path: '/notes', kind: 'status', status: 409 });
    await page.getByRole('button', { name: 'Add note' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Add note: not done' });
    await expect(alert).toBeVisible();
    await expect(alert.locator('xpath=..')).toBeFocused();
    await app.expectAccessible('staff memo request, a request error');

    // A travel-support request: as loaded, then sent without an amount or a reason.
    await openFirstInInbox(page, /^Travel support/);
    await expect(page.getByRole('heading', { level: 2, name: 'What the city asks' })).toBeVisible();
    await app.expectAccessible('staff travel support, waiting');
    const amount = page.getByLabel('Amount MIP covers, in dollars');
    await amount.fill('');
    await page.getByRole('button', { name: 'Approve the request' }).click();
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await expect(amount).toBeFocused();
    await page.getByRole('button', { name: 'Decline the request' }).click();
    await expect(page.getByLabel('Why MIP declines it')).toHaveAttribute('aria-invalid', 'true');
    await app.expectAccessible('staff travel support, with errors');

    await page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Outbox' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'E-mail outbox' })).toBeVisible();
    await app.expectAccessible('staff outbox, programs and policy');
  });

  test('Theo: an assistance request, an application, every view of the invoices and an invoice, with errors', async ({
    app,
    page,
  }) => {
    test.setTimeout(180_000);
    await app.signIn(accounts.theo);
    await expect(page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
    await app.expectAccessible('work inbox, finance');

    // An assistance request: as loaded, each way of helping with its fields, then sent empty.
    await openFirstInInbox(page, /^Financial assistance/, 'New');
    await expect(page.getByRole('heading', { level: 3, name: 'Approve the request' })).toBeVisible();
    await app.expectAccessible('staff assistance request');
    await page.getByRole('radio', { name: 'A longer schedule' }).check();
    await expect(page.getByLabel('Monthly payments')).toBeVisible();
    await app.expectAccessible('staff assistance request, a longer schedule');
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(page.getByLabel('Monthly payments')).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Decline the request' }).click();
    await expect(page.getByLabel('Why MIP declines it')).toHaveAttribute('aria-invalid', 'true');
    await app.expectAccessible('staff assistance request, with errors');

    // The application: as loaded, then a question and a refusal sent empty.
    await openFirstInInbox(page, /^Applications/);
    await expect(page.getByRole('heading', { level: 1, name: /applies to join$/ })).toBeVisible();
    await app.expectAccessible('staff application');
    await page.getByRole('button', { name: 'Ask the applicant' }).click();
    await expect(page.getByLabel('Your question to the applicant')).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Decline the application' }).click();
    await expect(page.getByLabel('Why MIP declines it')).toHaveAttribute('aria-invalid', 'true');
    await app.expectAccessible('staff application, with errors');

    // Every view of the invoices.
    await page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Invoices' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
    const views = page.getByRole('navigation', { name: 'Views of the invoices' });
    for (const view of ['Overdue', 'To send', 'Open', 'Paid']) {
      await views.getByRole('link', { name: new RegExp(`^${view} \\(`) }).click();
      await expect(views.getByRole('link', { name: new RegExp(`^${view} \\(`) })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await app.expectAccessible(`staff invoices, ${view}`);
    }

    // A paid invoice, then one to send, with its payment sent empty.
    await page
      .getByRole('main')
      .getByRole('link', { name: /^Invoice MIP-/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /^Invoice MIP-/ })).toBeVisible();
    await app.expectAccessible('staff invoice, paid');
    await page.goBack();
    await views.getByRole('link', { name: /^To send \(/ }).click();
    await page
      .getByRole('main')
      .getByRole('link', { name: /^Invoice MIP-/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /^Invoice MIP-/ })).toBeVisible();
    await app.expectAccessible('staff invoice, to send');
    await page.getByRole('button', { name: 'Record payment' }).click();
    await expect(page.getByLabel('Amount (dollars)')).toHaveAttribute('aria-invalid', 'true');
    await app.expectAccessible('staff invoice, a payment with errors');

    // A city's record: as loaded, then a population typed (its tier said) and sent without a source.
    await page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Member cities' }).click();
    await page.getByRole('link', { name: 'Riverton, WI' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Riverton, WI' })).toBeVisible();
    await app.expectAccessible('staff city record');
    await page.getByLabel('Population', { exact: true }).fill('305,000');
    await expect(page.getByText(/dues go from \$4,000 to \$5,000 a year/)).toBeVisible();
    await page.getByRole('button', { name: 'Record population' }).click();
    await expect(page.getByLabel('Where the figure comes from')).toHaveAttribute('aria-invalid', 'true');
    await app.expectAccessible('staff city record, a population with errors');
    await page.getByRole('button', { name: 'Record new mayor' }).click();
    await expect(page.getByLabel("The new mayor's name")).toHaveAttribute('aria-invalid', 'true');
    await app.expectAccessible('staff city record, a new mayor with errors');
  });
});

test.describe('MIP staff accounts: axe on every state', () => {
  test('Elena: the accounts, an invitation with errors, the areas dialog and the deactivation dialog', async ({
    app,
    page,
  }) => {
    test.setTimeout(120_000);
    await app.signIn(accounts.elena);
    await expect(page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
    await page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Staff accounts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Staff accounts' })).toBeVisible();
    await app.expectAccessible('staff accounts');

    await page.getByRole('button', { name: 'Invite colleague' }).click();
    await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await app.expectAccessible('staff accounts, an invitation with errors');

    await page.getByRole('button', { name: 'Change areas for Morgan Hale' }).click();
    const areas = page.getByRole('dialog', { name: "Morgan Hale's areas of work" });
    await expect(areas).toBeVisible();
    await areas.getByRole('checkbox', { name: 'Programs' }).uncheck();
    await areas.getByRole('checkbox', { name: 'Policy' }).uncheck();
    await areas.getByRole('button', { name: 'Save areas' }).click();
    await expect(areas.getByText('Choose at least one area of work')).toBeVisible();
    await app.expectAccessible('staff accounts, the areas dialog with an error');
    await areas.getByRole('button', { name: 'Keep them as they are' }).click();

    await page.getByRole('button', { name: "Deactivate Morgan Hale's account" }).click();
    await expect(page.getByRole('dialog', { name: "Deactivate Morgan Hale's account?" })).toBeVisible();
    await app.expectAccessible('staff accounts, the deactivation dialog');
  });
});

test.describe('MIP staff pages: keyboard alone', () => {
  test('Morgan filters the inbox with the keyboard: a kind, a stage, and the URL keeps them', async ({ app, page }) => {
    await app.signIn(accounts.morgan);
    await expect(page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();

    const memoTab = page
      .getByRole('navigation', { name: 'Kinds of work' })
      .getByRole('link', { name: /^Memo requests/ });
    await tabTo(page, memoTab);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/staff\?kind=memo_request$/);
    await expect(memoTab).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 2, name: /^Memo requests/ })).toBeVisible();

    // The stage, and the newest first: a select changes with the arrow keys, and moves no page.
    const stage = page.getByLabel('Stage');
    await tabTo(page, stage);
    await page.keyboard.press('ArrowDown');
    await expect(stage).toHaveValue('new');
    const order = page.getByLabel('Order');
    await tabTo(page, order);
    await page.keyboard.press('ArrowDown');
    await expect(order).toHaveValue('newest');
    await expect(page).toHaveURL(/\/staff\?kind=memo_request$/);

    const show = page.getByRole('button', { name: 'Show work' });
    await tabTo(page, show);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/staff\?kind=memo_request&stage=new&sort=newest$/);
    // Focus stays where the keyboard user left it, and the list follows the filters.
    await expect(show).toBeFocused();
    const list = page.getByRole('list', { name: 'Work waiting' });
    await expect(list.getByRole('listitem').first()).toContainText('New');

    // On into the first record: Tab reaches it, Enter opens it, focus lands on its heading.
    const first = list.getByRole('link').first();
    const title = await first.innerText();
    await tabTo(page, first);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
  });

  test('Morgan assigns a memo request and adds a note with the keyboard alone', async ({ app, page }) => {
    await app.signIn(accounts.morgan);
    await expect(page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
    // Straight to a new request, as from a link in an e-mail: the walk below starts at the top of the page.
    await page.goto('/staff?kind=memo_request&stage=new');
    const link = page.getByRole('list', { name: 'Work waiting' }).getByRole('link').first();
    const title = await link.innerText();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/staff\/memo-requests\//);
    await page.goto(href ?? '');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Not assigned', { exact: true })).toBeVisible();

    // Assign: Tab to the select, choose with the arrow keys, Tab to the button, Enter.
    const assignee = page.getByLabel('Assigned to');
    await tabTo(page, assignee);
    await page.keyboard.press('ArrowDown');
    const chosen = await assignee.locator('option:checked').innerText();
    expect(chosen).not.toBe('Nobody yet');
    const name = chosen.split(',')[0] ?? chosen;
    const assign = page.getByRole('button', { name: 'Assign' });
    await page.keyboard.press('Tab');
    await expect(assign).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Assigned to ${name}`, { exact: true }).first()).toBeVisible();
    // The button keeps focus while it works and after: the keyboard user is where they were.
    await expect(assign).toBeFocused();

    // A note sent empty: the error, and focus, land on the field.
    const addNote = page.getByRole('button', { name: 'Add note' });
    const note = page.getByLabel('Note', { exact: true });
    await tabTo(page, addNote);
    await page.keyboard.press('Enter');
    await expect(note).toBeFocused();
    await expect(note).toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.type('The council votes on Jan 12; Nadia knows the clerk.');
    await page.keyboard.press('Tab');
    await expect(addNote).toBeFocused();
    await page.keyboard.press('Space');
    const notes = page.getByRole('region', { name: 'Internal notes' });
    await expect(notes.getByRole('listitem')).toContainText(['The council votes on Jan 12; Nadia knows the clerk.']);
    await expect(note).toHaveValue('');
    await expect(note).not.toHaveAttribute('aria-invalid', 'true');

    // Back up the page with Shift+Tab: the assign select is reached again, now showing the choice.
    await tabTo(page, assignee, { back: true });
    await expect(assignee.locator('option:checked')).toHaveText(chosen);
  });
});

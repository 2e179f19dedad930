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

  test('Ana asks for travel support; Morgan approves it with an amount; Ana sees what MIP covers', async ({
    app,
    page,
  }) => {
    test.setTimeout(150_000);
    // One browser, each person in turn: the embedded mock API keeps its data in this browser.
    await app.signIn(accounts.ana);
    await page.goto('/m/riverton/meetings/housing-affordability-convening/register');
    await expect(
      page.getByRole('heading', { level: 1, name: 'RSVP for the Housing Affordability Convening' }),
    ).toBeVisible();
    await page.getByLabel('Request travel support').check();
    await page.getByLabel('Estimated cost of travel, in dollars').fill('780');
    await page.getByLabel('Note for MIP (optional)').fill('Flight from Riverton and two hotel nights');
    await page.getByRole('button', { name: 'Register 1 person' }).click();
    const registrations = page.getByRole('region', { name: "Your city's registrations" });
    await expect(registrations.getByText(/Travel support requested/)).toBeVisible();
    await app.signOut();

    await app.signIn(accounts.morgan);
    await expect(page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
    await page.getByRole('link', { name: /^Travel support/ }).click();
    await page.getByLabel('Order').selectOption({ label: 'Newest first' });
    await page.getByRole('button', { name: 'Show work' }).click();
    await page.getByRole('link', { name: 'Ana Ortiz to Housing Affordability Convening' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Ana Ortiz to the Housing Affordability Convening' });
    await expect(heading).toBeVisible();
    await expect(page.getByLabel('Amount MIP covers, in dollars')).toHaveValue('780');
    await app.expectAccessible('staff travel support');
    await page.getByLabel('Amount MIP covers, in dollars').fill('650');
    await page.getByLabel('Message to the member (optional)').fill('We cover the flight; one hotel night is on us.');
    await page.getByRole('button', { name: 'Approve the request' }).click();
    await expect(page.getByRole('region', { name: "MIP's decision" })).toContainText('MIP covers $650.00');
    await expect(page.getByRole('region', { name: "MIP's record" })).toContainText('Approved $650.00');
    await app.expectAccessible('travel support approved, staff side');
    await app.signOut();

    await app.signIn(accounts.ana);
    await page.goto('/m/riverton/meetings/housing-affordability-convening');
    const mine = page.getByRole('region', { name: "Your city's registrations" });
    await expect(mine.getByText('MIP covers $650.00')).toBeVisible();
    await expect(mine.getByText("MIP's message: We cover the flight; one hotel night is on us.")).toBeVisible();
    await page.goto('/m/riverton');
    await expect(
      page.getByText('Travel support for the Housing Affordability Convening: approved ($650.00)'),
    ).toBeVisible();
  });

  test('Lee Chen applied for Millbrook; Theo approves it; Lee signs in to a member hub with an invoice at $1,500', async ({
    app,
    page,
  }) => {
    test.setTimeout(150_000);
    // One browser, each person in turn: the embedded mock API keeps its data in this browser.
    await app.signIn(accounts.lee);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Mayor Chen' })).toBeVisible();
    await expect(page.getByText('MIP is reviewing your application')).toBeVisible();
    await app.signOut();

    await app.signIn(accounts.theo);
    await expect(page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
    await page.getByRole('link', { name: /^Applications/ }).click();
    await page.getByRole('link', { name: 'Membership for Millbrook, NY' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Millbrook, New York applies to join' })).toBeVisible();
    await app.expectAccessible('staff application');
    await page.getByLabel('Welcome message (optional)').fill('Welcome to MIP! Your packet follows your first payment.');
    await page.getByRole('button', { name: 'Approve: make Millbrook a member' }).click();
    await expect(page.getByRole('region', { name: "MIP's decision" })).toContainText(
      'Millbrook is a member, invoiced $1,500.00',
    );
    await expect(page.getByRole('region', { name: "MIP's record" })).toContainText('Approved: the city is a member');
    await app.expectAccessible('application approved, staff side');
    await app.signOut();

    await app.signIn(accounts.lee);
    await expect(page).toHaveURL(/\/m\/millbrook$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Member hub' }).getByRole('link', { name: 'Dues' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dues' })).toBeVisible();
    const invoice = page.getByRole('region', { name: / invoice$/ });
    await expect(invoice).toContainText('$1,500.00');
  });

  test('Ana asks for an invoice with a PO; Theo sends it and records the check; the packet is on its way', async ({
    app,
    page,
  }) => {
    test.setTimeout(150_000);
    // One browser, each person in turn: the embedded mock API keeps its data in this browser.
    await app.signIn(accounts.ana);
    await page.goto('/m/riverton/dues/invoice-request');
    await page.getByLabel("Billing contact's name").fill('Sam Rivera');
    await page.getByLabel("Billing contact's e-mail").fill('sam.rivera@riverton.example');
    await page.getByLabel('Address line 1').fill('200 Main Street');
    await page.getByLabel('City').fill('Riverton');
    await page.getByLabel('State').selectOption('Wisconsin');
    await page.getByLabel('ZIP code').fill('53703');
    await page.getByLabel('Purchase order number (optional)').fill('PO-2026-0415');
    await page.getByRole('button', { name: 'Request the invoice' }).click();
    await expect(page).toHaveURL(/\/m\/riverton\/dues\/invoices\/[^/]+$/);
    await app.signOut();

    await app.signIn(accounts.theo);
    await expect(page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
    await page.getByRole('link', { name: /^Invoice requests/ }).click();
    await page.getByRole('link', { name: /with PO PO-2026-0415$/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Invoice MIP-/ })).toBeVisible();
    await app.expectAccessible('staff invoice, to send');
    await page.getByRole('button', { name: 'Mark the invoice sent' }).click();
    await expect(page.getByRole('region', { name: "MIP's record" })).toContainText(
      'Sent the invoice to Sam Rivera with purchase order PO-2026-0415',
    );
    // Everything owed, as the amount's hint names it ("$X is owed." or "… or $X (all that is owed).").
    const hint = await page.getByText(/is owed\.$|\(all that is owed\)\.$/).innerText();
    const owed = /(\$[\d,]+\.\d\d)(?: is owed| \(all that is owed\))\.$/.exec(hint)?.[1];
    expect(owed).toBeDefined();
    await page.getByLabel('Amount (dollars)').fill(owed ?? '');
    await page.getByLabel('Check number or transfer reference').fill('10442');
    await page.getByRole('button', { name: 'Record payment' }).click();
    await expect(page.getByRole('region', { name: 'Payments received' })).toContainText(`${owed ?? ''} by check`);
    await page.getByRole('button', { name: 'Mark the packet sent' }).click();
    await expect(page.getByRole('region', { name: 'Membership packet' })).toContainText('Posted');
    await app.expectAccessible('staff invoice, paid and posted');
    await page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Invoices' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
    await app.expectAccessible('staff invoices, overdue');
    // The mayor is told: the outbox holds the e-mails about the invoice sent and the packet posted.
    await page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Outbox' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'E-mail outbox' })).toBeVisible();
    await expect(page.getByText(/^MIP sent invoice MIP-/).first()).toBeVisible();
    await app.expectAccessible('staff outbox');
    await app.signOut();

    await app.signIn(accounts.ana);
    await page.goto('/m/riverton/dues');
    await expect(page.getByRole('heading', { level: 1, name: 'Dues' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Membership packet' })).toContainText('MIP posted it on');
    await expect(page.getByText('Paid', { exact: true }).first()).toBeVisible();
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

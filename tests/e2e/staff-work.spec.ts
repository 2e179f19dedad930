import { readFile } from 'node:fs/promises';
import { pdfBytes } from '../fixtures/memo-files';
import { accounts } from './accounts';
import { expect, test } from './side-by-side';

const MEMO_TEXT = [
  'Three cities of Riverton’s size have tied their vacant-lot programs to a land bank.',
  '',
  '- Flint moved 4,000 lots to side-lot sales in five years.',
  '- Cleveland pairs its land bank with a demolition fund.',
  '',
  'We recommend starting with side-lot sales to neighbors, which need the least new staff time.',
].join('\n');
/** The memo as the PDF Morgan attaches: Ana's download must be these bytes exactly. */
const MEMO_PDF = Buffer.from(pdfBytes());

test.describe("MIP staff's workbench", () => {
  // The member and MIP's staff each at their own desk (side-by-side.ts): against the HTTP API two
  // browsers open at once, the member's page open while staff act; in the mock build, whose data
  // lives in one browser, that browser signs in as each person in turn.

  test('Ana asks for a memo; Morgan assigns it, scopes it and delivers it; Ana reads every step', async ({ desks }) => {
    // Two people, and axe on four pages: longer than the default minute in the mock build.
    test.setTimeout(150_000);
    const ana = await desks.open(accounts.ana);
    await ana.page.getByRole('navigation', { name: 'Member hub' }).getByRole('link', { name: 'Policy memos' }).click();
    await ana.page.getByRole('link', { name: 'Request a memo' }).click();
    await ana.page.getByLabel('Title').fill('Vacant lots and a land bank');
    await ana.page.getByLabel('Policy area').selectOption({ label: 'Housing' });
    await ana.page.getByLabel('Your question').fill('How have cities our size used a land bank for vacant lots?');
    await ana.page.getByRole('button', { name: 'Send request' }).click();
    await expect(ana.page.getByRole('heading', { level: 1, name: 'Vacant lots and a land bank' })).toBeVisible();

    const morgan = await desks.open(accounts.morgan);
    await expect(morgan.page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
    await morgan.app.expectAccessible('work inbox');
    await morgan.page.getByRole('link', { name: /^Memo requests/ }).click();
    await morgan.page.getByLabel('Order').selectOption({ label: 'Newest first' });
    await morgan.page.getByRole('button', { name: 'Show work' }).click();
    await morgan.page.getByRole('link', { name: 'Vacant lots and a land bank' }).click();
    await expect(morgan.page.getByRole('heading', { level: 1, name: 'Vacant lots and a land bank' })).toBeVisible();
    await morgan.app.expectAccessible('staff memo request');

    await morgan.page.getByLabel('Assigned to').selectOption({ label: 'Nadia Brooks, Senior Policy Analyst' });
    await morgan.page.getByRole('button', { name: 'Assign' }).click();
    await expect(morgan.page.getByText('Assigned to Nadia Brooks', { exact: true }).first()).toBeVisible();
    await morgan.page.getByRole('radio', { name: 'Scoping' }).check();
    await morgan.page.getByLabel('Message to the member').fill('Nadia will call your office this week to scope it.');
    await morgan.page.getByRole('button', { name: 'Send and move it along' }).click();
    await expect(morgan.page.getByRole('region', { name: 'Timeline' })).toContainText('Nadia will call your office');
    await morgan.page.getByLabel('Note', { exact: true }).fill('The council votes on Jan 12.');
    await morgan.page.getByRole('button', { name: 'Add note' }).click();
    await expect(morgan.page.getByRole('region', { name: 'Internal notes' })).toContainText(
      'The council votes on Jan 12.',
    );

    await test.step('Delivery: Morgan delivers the memo with its PDF; Ana reads it and downloads the PDF', async () => {
      await morgan.page.getByLabel('The memo', { exact: true }).fill(MEMO_TEXT);
      await morgan.page
        .getByLabel('The memo as a file (optional)')
        .setInputFiles({ name: 'Land bank memo.pdf', mimeType: 'application/pdf', buffer: MEMO_PDF });
      await morgan.page.getByRole('button', { name: 'Deliver the memo' }).click();
      await expect(morgan.page.getByRole('heading', { level: 2, name: /^The memo, as delivered/ })).toBeVisible();
      await expect(morgan.page.getByText(/With the file Land bank memo\.pdf \(PDF, \d+ KB\)/)).toBeVisible();
      await morgan.app.expectAccessible('delivered memo, staff side');

      await desks.backTo(ana);
      await ana.page
        .getByRole('navigation', { name: 'Member hub' })
        .getByRole('link', { name: 'Policy memos' })
        .click();
      await ana.page.getByRole('link', { name: 'Vacant lots and a land bank' }).click();
      await expect(ana.page.getByText('Cleveland pairs its land bank with a demolition fund.')).toBeVisible();
      const downloading = ana.page.waitForEvent('download');
      await ana.page.getByRole('button', { name: /^Download the PDF/ }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('Land bank memo.pdf');
      expect((await readFile(await download.path())).equals(MEMO_PDF)).toBe(true);
    });

    // Every step Morgan told her of, and never MIP's internal note.
    await expect(ana.page.getByRole('region', { name: 'Timeline' })).toContainText(
      'Nadia will call your office this week to scope it.',
    );
    await expect(ana.page.getByText('The council votes on Jan 12.')).toHaveCount(0);
  });

  test('Ana asks for travel support; Morgan approves it with an amount; Ana sees what MIP covers', async ({
    desks,
  }) => {
    test.setTimeout(150_000);
    const ana = await desks.open(accounts.ana);
    await ana.page.goto('/m/riverton/meetings/housing-affordability-convening/register');
    await expect(
      ana.page.getByRole('heading', { level: 1, name: 'RSVP for the Housing Affordability Convening' }),
    ).toBeVisible();
    await ana.page.getByLabel('Request travel support').check();
    await ana.page.getByLabel('Estimated cost of travel, in dollars').fill('780');
    await ana.page.getByLabel('Note for MIP (optional)').fill('Flight from Riverton and two hotel nights');
    await ana.page.getByRole('button', { name: 'Register 1 person' }).click();
    const registrations = ana.page.getByRole('region', { name: "Your city's registrations" });
    await expect(registrations.getByText(/Travel support requested/)).toBeVisible();

    const morgan = await desks.open(accounts.morgan);
    await expect(morgan.page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
    await morgan.page.getByRole('link', { name: /^Travel support/ }).click();
    await morgan.page.getByLabel('Order').selectOption({ label: 'Newest first' });
    await morgan.page.getByRole('button', { name: 'Show work' }).click();
    await morgan.page.getByRole('link', { name: 'Ana Ortiz to Housing Affordability Convening' }).click();
    const heading = morgan.page.getByRole('heading', {
      level: 1,
      name: 'Ana Ortiz to the Housing Affordability Convening',
    });
    await expect(heading).toBeVisible();
    await expect(morgan.page.getByLabel('Amount MIP covers, in dollars')).toHaveValue('780');
    await morgan.app.expectAccessible('staff travel support');
    await morgan.page.getByLabel('Amount MIP covers, in dollars').fill('650');
    await morgan.page
      .getByLabel('Message to the member (optional)')
      .fill('We cover the flight; one hotel night is on us.');
    await morgan.page.getByRole('button', { name: 'Approve the request' }).click();
    await expect(morgan.page.getByRole('region', { name: "MIP's decision" })).toContainText('MIP covers $650.00');
    await expect(morgan.page.getByRole('region', { name: "MIP's record" })).toContainText('Approved $650.00');
    await morgan.app.expectAccessible('travel support approved, staff side');

    await desks.backTo(ana);
    await ana.page.goto('/m/riverton/meetings/housing-affordability-convening');
    const mine = ana.page.getByRole('region', { name: "Your city's registrations" });
    await expect(mine.getByText('MIP covers $650.00')).toBeVisible();
    await expect(mine.getByText("MIP's message: We cover the flight; one hotel night is on us.")).toBeVisible();
    await ana.page.goto('/m/riverton');
    await expect(
      ana.page.getByText('Travel support for the Housing Affordability Convening: approved ($650.00)'),
    ).toBeVisible();
  });

  test('Lee Chen applied for Millbrook; Theo approves it; Lee signs in to a member hub with an invoice at $1,500', async ({
    desks,
  }) => {
    test.setTimeout(150_000);
    const lee = await desks.open(accounts.lee);
    await expect(lee.page.getByRole('heading', { level: 1, name: 'Welcome, Mayor Chen' })).toBeVisible();
    await expect(lee.page.getByText('MIP is reviewing your application')).toBeVisible();

    const theo = await desks.open(accounts.theo);
    await expect(theo.page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
    await theo.page.getByRole('link', { name: /^Applications/ }).click();
    await theo.page.getByRole('link', { name: 'Membership for Millbrook, NY' }).click();
    await expect(
      theo.page.getByRole('heading', { level: 1, name: 'Millbrook, New York applies to join' }),
    ).toBeVisible();
    await theo.app.expectAccessible('staff application');
    await theo.page
      .getByLabel('Welcome message (optional)')
      .fill('Welcome to MIP! Your packet follows your first payment.');
    await theo.page.getByRole('button', { name: 'Approve: make Millbrook a member' }).click();
    await expect(theo.page.getByRole('region', { name: "MIP's decision" })).toContainText(
      'Millbrook is a member, invoiced $1,500.00',
    );
    await expect(theo.page.getByRole('region', { name: "MIP's record" })).toContainText(
      'Approved: the city is a member',
    );
    await theo.app.expectAccessible('application approved, staff side');

    // Lee's welcome page, open all along against the HTTP API, now leads to the member hub.
    await desks.backTo(lee);
    await expect(lee.page).toHaveURL(/\/m\/millbrook$/);
    await expect(lee.page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await lee.page.getByRole('navigation', { name: 'Member hub' }).getByRole('link', { name: 'Dues' }).click();
    await expect(lee.page.getByRole('heading', { level: 1, name: 'Dues' })).toBeVisible();
    const invoice = lee.page.getByRole('region', { name: / invoice$/ });
    await expect(invoice).toContainText('$1,500.00');
  });

  test('Ana asks for an invoice with a PO; Theo sends it and records the check; the packet is on its way', async ({
    desks,
  }) => {
    test.setTimeout(150_000);
    const ana = await desks.open(accounts.ana);
    await ana.page.goto('/m/riverton/dues/invoice-request');
    await ana.page.getByLabel("Billing contact's name").fill('Sam Rivera');
    await ana.page.getByLabel("Billing contact's e-mail").fill('sam.rivera@riverton.example');
    await ana.page.getByLabel('Address line 1').fill('200 Main Street');
    await ana.page.getByLabel('City').fill('Riverton');
    await ana.page.getByLabel('State').selectOption('Wisconsin');
    await ana.page.getByLabel('ZIP code').fill('53703');
    await ana.page.getByLabel('Purchase order number (optional)').fill('PO-2026-0415');
    await ana.page.getByRole('button', { name: 'Request the invoice' }).click();
    await expect(ana.page).toHaveURL(/\/m\/riverton\/dues\/invoices\/[^/]+$/);

    const theo = await desks.open(accounts.theo);
    const page = theo.page;
    await expect(page.getByRole('heading', { level: 1, name: 'Work inbox' })).toBeVisible();
    await page.getByRole('link', { name: /^Invoice requests/ }).click();
    await page.getByRole('link', { name: /with PO PO-2026-0415$/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Invoice MIP-/ })).toBeVisible();
    await theo.app.expectAccessible('staff invoice, to send');
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
    await theo.app.expectAccessible('staff invoice, paid and posted');
    await page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Invoices' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
    await theo.app.expectAccessible('staff invoices, overdue');
    // The mayor is told: the outbox holds the e-mails about the invoice sent and the packet posted.
    await page.getByRole('navigation', { name: 'MIP staff' }).getByRole('link', { name: 'Outbox' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'E-mail outbox' })).toBeVisible();
    await expect(page.getByText(/^MIP sent invoice MIP-/).first()).toBeVisible();
    await theo.app.expectAccessible('staff outbox');

    await desks.backTo(ana);
    await ana.page.goto('/m/riverton/dues');
    await expect(ana.page.getByRole('heading', { level: 1, name: 'Dues' })).toBeVisible();
    await expect(ana.page.getByRole('region', { name: 'Membership packet' })).toContainText('MIP posted it on');
    await expect(ana.page.getByText('Paid', { exact: true }).first()).toBeVisible();
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

import type { Page } from '@playwright/test';
import { accounts } from './accounts';
import { expect, test } from './fixtures';

/** The current invoice's payments table on the dues page: one row per payment, then the total. */
function paymentRows(page: Page) {
  return page
    .getByRole('region', { name: /^\d{4}–\d{2} invoice$/ })
    .getByRole('table')
    .locator('tbody tr');
}

test.describe('dues (Mayor Ana Ortiz, Riverton: payment 2 of 2 still to pay)', () => {
  test('pays by card through the hosted checkout: a declined card, then a payment that goes through', async ({
    app,
    page,
  }) => {
    await app.signIn(accounts.ana);
    await page.getByRole('navigation', { name: 'Member hub' }).getByRole('link', { name: 'Dues' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dues' })).toBeVisible();
    await expect(page.getByText('$4,000.00 a year')).toBeVisible();
    await app.expectAccessible('dues page (open invoice)');

    // The checkout is the card processor's page: in the mock build the app's stand-in, behind the
    // HTTP API the listener's own page on another origin. Either way the app never sees the card.
    await page.getByRole('button', { name: 'Pay $2,000.00 by card' }).click();
    await expect(page).toHaveURL(/\/mock-checkout\/[^/]+$/);
    await expect(page.getByText(/test checkout/i).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pay $2,000.00 with the test card' })).toBeVisible();
    await app.expectAccessible('test checkout');
    await page.getByRole('button', { name: 'Decline the test card' }).click();

    await expect(page).toHaveURL(/\/m\/riverton\/dues\?checkout=/);
    await expect(page.getByText("The payment didn't go through")).toBeVisible();
    await expect(page.getByText('Your card was declined by your bank. No money was taken.')).toBeVisible();
    await app.expectAccessible('dues page (declined card)');

    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page).toHaveURL(/\/mock-checkout\/[^/]+$/);
    await page.getByRole('button', { name: 'Pay $2,000.00 with the test card' }).click();

    await expect(page).toHaveURL(/\/m\/riverton\/dues\?checkout=/);
    await expect(page.getByText('Payment of $2,000.00 received — thank you')).toBeVisible();
    const invoice = page.getByRole('region', { name: /^\d{4}–\d{2} invoice$/ });
    await expect(invoice.getByText('Paid', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /by card/ })).toHaveCount(0);
    await app.expectAccessible('dues page (paid)');
  });

  test('asks for an invoice with a purchase-order number, and the printable invoice shows it', async ({
    app,
    page,
  }) => {
    await app.signIn(accounts.ana);
    await page.goto('/m/riverton/dues');
    await page.getByRole('link', { name: 'Request an invoice instead' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('invoice');

    await page.getByLabel("Billing contact's name").fill('Sam Rivera');
    await page.getByLabel("Billing contact's e-mail").fill('sam.rivera@riverton.example');
    await page.getByLabel('Address line 1').fill('200 Main Street');
    await page.getByLabel('City').fill('Riverton');
    await page.getByLabel('State').selectOption('Wisconsin');
    await page.getByLabel('ZIP code').fill('5370');
    await page.getByLabel('Purchase order number (optional)').fill('PO-2026-0415');
    await page.getByRole('button', { name: 'Request the invoice' }).click();
    // A bad ZIP is named next to its field, and nothing typed is lost.
    await expect(page.getByText('Enter a ZIP code like 53703 or 53703-1234').first()).toBeVisible();
    await expect(page.getByLabel('Purchase order number (optional)')).toHaveValue('PO-2026-0415');
    await app.expectAccessible('invoice request (error)');
    await page.getByLabel('ZIP code').fill('53703');
    await page.getByRole('button', { name: 'Request the invoice' }).click();

    await expect(page).toHaveURL(/\/m\/riverton\/dues\/invoices\/[^/]+$/);
    await expect(page.getByText('PO-2026-0415')).toBeVisible();
    await expect(page.getByText('Attn: Sam Rivera')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
    await app.expectAccessible('printable invoice');

    // Printed, the invoice stands alone: no site header, navigation or buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Member hub' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByText('PO-2026-0415')).toBeVisible();
    await app.expectAccessible('printable invoice (print media)');
  });

  test('chooses four payments, sees the dates and amounts first, and the invoice follows', async ({ app, page }) => {
    await app.signIn(accounts.ana);
    await page.goto('/m/riverton/dues');
    await expect(paymentRows(page)).toHaveCount(2);
    await page.getByRole('link', { name: 'Change payment schedule' }).click();

    await page.getByLabel('Four payments').check();
    const schedule = page.getByRole('region', { name: 'Four payments: the dates and amounts' });
    // The payment already made counts for the first quarter; the rest is spread over the other three.
    await expect(schedule.getByRole('row', { name: /Total/ })).toContainText('$4,000.00');
    const paid = schedule.locator('tbody tr').filter({ hasText: 'Paid' });
    await expect(paid).toHaveCount(1);
    await expect(paid).toContainText('$2,000.00');
    await expect(schedule.locator('tbody tr')).toHaveCount(4);
    await app.expectAccessible('payment schedule (four payments)');
    await page.getByRole('button', { name: 'Confirm four payments' }).click();

    await expect(page).toHaveURL(/\/m\/riverton\/dues$/);
    await expect(page.getByText(/Your dues are now in four payments/)).toBeVisible();
    const rows = paymentRows(page);
    await expect(rows).toHaveCount(4);
  });
});

test.describe('dues for a delegate', () => {
  test('Jordan Lee may see and pay Riverton dues, but not Cedar Falls dues (meetings only)', async ({ app, page }) => {
    await app.signIn(accounts.jordan);
    await page.goto('/m/riverton/dues');
    await expect(page.getByRole('button', { name: 'Pay $2,000.00 by card' })).toBeEnabled();
    await page.goto('/m/cedar-falls/dues');
    await expect(page.getByText("You don't have access to dues for Mayor Dana Whitfield")).toBeVisible();
    await expect(page.getByText('$750')).toHaveCount(0);
    await app.expectAccessible('dues without the dues scope');
  });
});

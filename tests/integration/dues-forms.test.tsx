import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb } from '@mocks/db/db';
import { faults } from '@mocks/faults';
import { draftKey } from '@/lib/drafts';
import { demo, renderApp } from '../setup/render-app';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

const rivertonInvoice = () => getDb().invoices.find((i) => i.memberId === 'riverton' && i.instalments.length > 1);
/** Each payment of a schedule table as "date amount" (its body rows: a row header and three cells). */
const paymentsIn = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => within(row).queryAllByRole('cell'))
    .filter((cells) => cells.length === 3)
    .map((cells) => `${cells[0]?.textContent ?? ''} ${cells[1]?.textContent ?? ''}`);

async function fillInvoiceRequest(user: User) {
  await user.type(screen.getByLabelText("Billing contact's name"), 'Pat Lindqvist');
  await user.type(screen.getByLabelText("Billing contact's e-mail"), 'ap@riverton.example');
  await user.type(screen.getByLabelText('Address line 1'), '200 Main Street');
  await user.type(screen.getByLabelText('Address line 2 (optional)'), 'Finance Department, Room 4');
  await user.type(screen.getByLabelText('City'), 'Riverton');
  await user.selectOptions(screen.getByLabelText('State'), 'Wisconsin');
  await user.type(screen.getByLabelText('ZIP code'), '53703');
}

describe('requesting an invoice', () => {
  it('checks the form, then puts the billing contact and PO number on the invoice', async () => {
    const { user } = await renderApp('/m/riverton/dues', { signedInAs: demo.ana });
    await user.click(await screen.findByRole('link', { name: 'Request an invoice instead' }));
    await screen.findByRole('heading', { level: 1, name: 'Request an invoice' });

    await user.type(screen.getByLabelText('ZIP code'), '5370');
    await user.click(screen.getByRole('button', { name: 'Request the invoice' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getAllByRole('link')).toHaveLength(6);
    expect(screen.getByLabelText('ZIP code')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a ZIP code like 53703 or 53703-1234'),
    );
    expect(screen.getByLabelText('State')).toHaveAccessibleDescription(expect.stringContaining('Choose the state'));

    await user.clear(screen.getByLabelText('ZIP code'));
    await fillInvoiceRequest(user);
    await user.type(screen.getByLabelText('Purchase order number (optional)'), 'PO-2026-0142');
    await user.click(screen.getByRole('button', { name: 'Request the invoice' }));

    const invoice = rivertonInvoice();
    await screen.findByRole('heading', { level: 1, name: `Invoice ${invoice?.number ?? ''}` });
    expect(
      await screen.findByText(`Invoice ${invoice?.number ?? ''} will be sent to Pat Lindqvist at ap@riverton.example.`),
    ).toBeInTheDocument();
    expect(screen.getByText('Purchase order').nextElementSibling).toHaveTextContent('PO-2026-0142');
    const billedTo = screen.getByRole('heading', { name: 'Billed to' }).nextElementSibling;
    expect(billedTo).toHaveTextContent('City of Riverton, WI');
    expect(billedTo).toHaveTextContent('Attn: Pat Lindqvist');
    expect(billedTo).toHaveTextContent('Finance Department, Room 4');
    expect(billedTo).toHaveTextContent('Riverton, Wisconsin 53703');
    expect(invoice?.billing?.purchaseOrderNumber).toBe('PO-2026-0142');
    expect(sessionStorage.getItem(draftKey('invoice-request', 'ana-ortiz', 'riverton'))).toBeNull();

    await user.click(screen.getByRole('link', { name: 'Back to dues' }));
    const billing = await screen.findByRole('region', { name: 'Billing details' });
    expect(billing).toHaveTextContent('Pat Lindqvist');
    expect(billing).toHaveTextContent('ap@riverton.example');
    expect(billing).toHaveTextContent('PO-2026-0142');
    expect(billing).toHaveTextContent('Requested by Mayor Ana Ortiz');
  });

  it('keeps a draft through a reload, and starts from the billing details given before', async () => {
    const first = await renderApp('/m/riverton/dues/invoice-request', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Request an invoice' });
    await fillInvoiceRequest(first.user);
    first.unmount();

    const { user } = await renderApp('/m/riverton/dues/invoice-request');
    await screen.findByRole('heading', { level: 1, name: 'Request an invoice' });
    expect(screen.getByLabelText("Billing contact's name")).toHaveValue('Pat Lindqvist');
    expect(screen.getByLabelText('State')).toHaveDisplayValue('Wisconsin');
    await user.click(screen.getByRole('button', { name: 'Request the invoice' }));
    await screen.findByRole('heading', { level: 1, name: /^Invoice / });

    // Asked again (to correct them), the form starts from what the city gave.
    const again = await renderApp('/m/riverton/dues/invoice-request');
    await within(again.container).findByRole('heading', { level: 1, name: 'Request an invoice' });
    expect(within(again.container).getByLabelText("Billing contact's e-mail")).toHaveValue('ap@riverton.example');
    expect(within(again.container).getByLabelText('ZIP code')).toHaveValue('53703');
  });
});

describe('changing the payment schedule', () => {
  it('shows the dates and amounts of four payments before saving, then saves exactly those', async () => {
    const { user } = await renderApp('/m/riverton/dues', { signedInAs: demo.ana });
    await user.click(await screen.findByRole('link', { name: 'Change payment schedule' }));
    await screen.findByRole('heading', { level: 1, name: 'Payment schedule' });
    expect(screen.getByRole('radio', { name: 'Two payments (your current schedule)' })).toBeChecked();
    expect(screen.getByText(/Riverton's fiscal year starts on January 1/)).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Four payments' }));
    const preview = screen.getByRole('table', { name: /^Four payments for/ });
    const shown = paymentsIn(preview);
    const paid = rivertonInvoice()?.instalments[0];
    // The payment made counts for the first quarter; the rest is split over the other three, adding up to the fee.
    expect(within(preview).getAllByRole('row')[1]).toHaveTextContent('$2,000.00Paid');
    expect(
      within(preview)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['1 of 4', '2 of 4', '3 of 4', '4 of 4', 'Total']);
    expect(within(preview).getByRole('row', { name: /^Total/ })).toHaveTextContent('Total$4,000.00');
    // Nothing is saved until confirmed.
    expect(getDb().paymentPlans.find((p) => p.memberId === 'riverton')?.instalments).toBe(2);

    await user.click(screen.getByRole('button', { name: 'Confirm four payments' }));
    await screen.findByRole('heading', { level: 1, name: 'Dues' });
    expect(await screen.findByText(/Your dues are now in four payments/)).toBeInTheDocument();
    expect(screen.getByText('Four payments a year')).toBeInTheDocument();
    expect(paymentsIn(screen.getByRole('table', { name: /^Payments for/ }))).toEqual(shown);
    expect(rivertonInvoice()?.instalments[0]).toMatchObject({ amountCents: paid?.amountCents, paidOn: paid?.paidOn });
  });

  it("counts Riverton's payment made among its two: choosing two changes nothing, and one payment is not offered", async () => {
    const stored = structuredClone(rivertonInvoice()?.instalments);
    const { user } = await renderApp('/m/riverton/dues', { signedInAs: demo.ana });
    const shownOnDues = paymentsIn(await screen.findByRole('table', { name: /^Payments for/ }));
    await user.click(screen.getByRole('link', { name: 'Change payment schedule' }));
    await screen.findByRole('heading', { level: 1, name: 'Payment schedule' });

    // The plan in force previews as it stands: the payment made and the one left, "1 of 2" and "2 of 2".
    const preview = screen.getByRole('table', { name: /^Two payments for/ });
    expect(paymentsIn(preview)).toEqual(shownOnDues);
    expect(
      within(preview)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['1 of 2', '2 of 2', 'Total']);
    // A payment is made and $2,000 is left: that can't be one payment in the year.
    const one = screen.getByRole('radio', { name: 'One payment' });
    expect(one).toBeDisabled();
    expect(one).toHaveAccessibleDescription(expect.stringContaining('1 payment is already made'));

    await user.click(screen.getByRole('button', { name: 'Confirm two payments' }));
    await screen.findByRole('heading', { level: 1, name: 'Dues' });
    expect(await screen.findByText(/Your dues stay in two payments/)).toBeInTheDocument();
    expect(paymentsIn(screen.getByRole('table', { name: /^Payments for/ }))).toEqual(shownOnDues);
    expect(rivertonInvoice()?.instalments).toEqual(stored);
  });

  it("puts the API's reason next to the choice when the plan stopped fitting before it was confirmed", async () => {
    const { user } = await renderApp('/m/riverton/dues/plan', { signedInAs: demo.ana });
    await user.click(await screen.findByRole('radio', { name: 'Four payments' }));
    // Meanwhile the city made three more payments by check: four made, $400 still to pay.
    const invoice = rivertonInvoice();
    if (!invoice) throw new Error('Riverton has an invoice');
    invoice.instalments = [
      ...[200_000, 50_000, 50_000, 60_000].map((amountCents, i) => ({
        number: i + 1,
        dueOn: '2026-11-20',
        amountCents,
        paidOn: '2026-11-20',
      })),
      { number: 5, dueOn: '2027-06-30', amountCents: 40_000, paidOn: null },
    ];
    await user.click(screen.getByRole('button', { name: 'Confirm four payments' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    const reason =
      '4 payments are already made and $400.00 is still to pay, which makes more than four payments in the year.';
    expect(within(summary).getByRole('link', { name: reason })).toHaveAttribute('href', '#plan-4');
    expect(screen.getByRole('radio', { name: 'Four payments' })).toHaveAccessibleDescription(
      expect.stringContaining(reason),
    );
    // The page reads the dues again: four payments are now offered no more, and say why.
    const four = screen.getByRole('radio', { name: 'Four payments' });
    await waitFor(() => expect(four).toBeDisabled());
    expect(four).toHaveAccessibleDescription(expect.stringContaining(`Not possible this year: ${reason}`));
    expect(within(summary).getByRole('link', { name: reason })).toBeInTheDocument();
  });

  it("says why the schedule can't change: overdue (Dana), paid (Marcus), or refused by the API", async () => {
    const dana = await renderApp('/m/cedar-falls/dues/plan', { signedInAs: demo.dana });
    expect(
      await within(dana.container).findByText("The schedule can't change while a payment is overdue"),
    ).toBeInTheDocument();
    expect(within(dana.container).queryByRole('radio')).not.toBeInTheDocument();
    dana.unmount();

    const marcus = await renderApp('/m/lakeport/dues/plan', { signedInAs: demo.marcus });
    expect(await within(marcus.container).findByText("This year's dues are paid")).toBeInTheDocument();
    marcus.unmount();

    faults.add({ method: 'PUT', path: '/payment-plan', kind: 'status', status: 409, code: 'invoice_overdue' });
    const { user } = await renderApp('/m/riverton/dues/plan', { signedInAs: demo.ana });
    await user.click(await screen.findByRole('radio', { name: 'Four payments' }));
    await user.click(screen.getByRole('button', { name: 'Confirm four payments' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The schedule was not changed');
    expect(alert).toHaveTextContent('A payment is overdue, so the schedule can’t be changed until it is paid.');
  });
});

describe('asking for financial assistance', () => {
  it('checks the reason and the amount, and sends the amount in exact cents', async () => {
    const { user } = await renderApp('/m/riverton/dues', { signedInAs: demo.ana });
    await user.click(await screen.findByRole('link', { name: 'Ask for financial assistance' }));
    await screen.findByRole('heading', { level: 1, name: 'Ask for financial assistance' });
    expect(
      screen.getByText(/only the mayor, staff the mayor gave access to dues, and MIP see this request/),
    ).toBeVisible();

    const amount = screen.getByLabelText('What can the city pay this year, in dollars?');
    await user.type(amount, 'about half');
    await user.click(screen.getByRole('button', { name: 'Send the request to MIP' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getAllByRole('link')).toHaveLength(2);
    expect(amount).toHaveAccessibleDescription(
      expect.stringContaining('Enter an amount in dollars, like 500 or 1,250.50'),
    );

    await user.clear(amount);
    await user.type(amount, '4,000');
    await user.click(screen.getByRole('button', { name: 'Send the request to MIP' }));
    await waitFor(() =>
      expect(amount).toHaveAccessibleDescription(expect.stringContaining("below this year's dues of $4,000.00")),
    );

    await user.clear(amount);
    await user.type(amount, '1,250.50');
    await user.type(
      screen.getByLabelText('Why does the city need help with dues this year?'),
      'A flood in June took the reserve we budget dues from.',
    );
    await user.click(screen.getByRole('button', { name: 'Send the request to MIP' }));

    await screen.findByRole('heading', { level: 1, name: 'Dues' });
    const assistance = await screen.findByRole('region', { name: 'Financial assistance' });
    expect(within(assistance).getByText('Submitted')).toBeInTheDocument();
    expect(within(assistance).getByText('The city can pay').nextElementSibling).toHaveTextContent('$1,250.50');
    expect(within(assistance).getByText('Asked by Mayor Ana Ortiz')).toBeInTheDocument();
    const saved = getDb().assistanceRequests.filter((r) => r.memberId === 'riverton');
    expect(saved).toHaveLength(1);
    expect(saved[0]?.canPayCents).toBe(125_050);
  });

  it("puts the API's refusal in words when a request is already open, keeping what was typed", async () => {
    faults.add({ method: 'POST', path: '/assistance-requests', kind: 'status', status: 409, code: 'assistance_open' });
    const { user } = await renderApp('/m/riverton/dues/assistance', { signedInAs: demo.ana });
    await screen.findByRole('heading', { level: 1, name: 'Ask for financial assistance' });
    await user.type(screen.getByLabelText('What can the city pay this year, in dollars?'), '0');
    await user.type(
      screen.getByLabelText('Why does the city need help with dues this year?'),
      'Revenue fell by a fifth after the mill closed.',
    );
    await user.click(screen.getByRole('button', { name: 'Send the request to MIP' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('already has a financial-assistance request with MIP for this year');
    expect(screen.getByLabelText('What can the city pay this year, in dollars?')).toHaveValue('0');
  });

  it("shows Dana that her city's request is already with MIP instead of a second form", async () => {
    await renderApp('/m/cedar-falls/dues/assistance', { signedInAs: demo.dana });
    expect(await screen.findByText("Your city's request is with MIP")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send the request to MIP' })).not.toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiRequest } from '@/api/client';
import type { Invoice } from '@/api/contracts/dues';
import { formatMoney } from '@/lib/format';
import { demo, renderApp } from '../setup/render-app';

/** Riverton asks for this year's invoice by purchase order, as Mayor Ana Ortiz, before Theo signs in. */
async function rivertonAsksForInvoice(): Promise<Invoice> {
  await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
  return apiRequest('requestInvoice', {
    params: { memberId: 'riverton' },
    body: {
      contactName: 'Riverton Finance Department',
      contactEmail: 'finance@riverton.example',
      addressLine1: 'City Hall, Room 210',
      city: 'Riverton',
      state: 'WI',
      postalCode: '53703',
      purchaseOrderNumber: 'PO 2026-118',
    },
    idempotencyKey: `staff-invoices-${String(Math.random())}`,
  });
}

describe('invoices, kept by MIP finance staff (Theo Grant)', () => {
  it('sends the invoice a city asked for, records the check, and posts the packet; Ana sees each', async () => {
    const invoice = await rivertonAsksForInvoice();
    const owed = invoice.amountCents - invoice.paidCents;
    const { user } = await renderApp('/staff', { signedInAs: demo.theo });
    await screen.findByRole('heading', { level: 1, name: 'Work inbox' });
    await user.click(screen.getByRole('link', { name: 'Invoices' }));
    await user.click(await screen.findByRole('link', { name: /^To send/ }));
    await user.click(await screen.findByRole('link', { name: `Invoice ${invoice.number}` }));
    expect(await screen.findByRole('heading', { level: 1, name: `Invoice ${invoice.number}` })).toBeInTheDocument();
    const billing = screen.getByRole('region', { name: 'Billing' });
    expect(within(billing).getByText('Riverton Finance Department')).toBeInTheDocument();
    expect(within(billing).getByText('Not yet')).toBeInTheDocument();

    const keep = screen.getByRole('region', { name: 'Keep the invoice' });
    await user.clear(within(keep).getByLabelText('Purchase order number'));
    await user.type(within(keep).getByLabelText('Purchase order number'), 'PO 2026-0118');
    await user.click(within(keep).getByRole('button', { name: 'Mark the invoice sent' }));
    const record = screen.getByRole('region', { name: "MIP's record" });
    expect(
      await within(record).findByText(
        'Sent the invoice to Riverton Finance Department with purchase order PO 2026-0118',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark the invoice sent' })).not.toBeInTheDocument();

    // An amount that isn't whole payments of the schedule is refused next to the field, nothing lost.
    await user.type(within(keep).getByLabelText('Amount (dollars)'), '12.34');
    await user.type(within(keep).getByLabelText('Check number or transfer reference'), '10442');
    await user.click(within(keep).getByRole('button', { name: 'Record payment' }));
    const amount = within(keep).getByLabelText('Amount (dollars)');
    expect(await within(keep).findByText(/A payment covers whole payments of the schedule/)).toBeInTheDocument();
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(within(keep).getByLabelText('Check number or transfer reference')).toHaveValue('10442');

    await user.clear(amount);
    await user.type(amount, formatMoney(owed));
    await user.click(within(keep).getByRole('button', { name: 'Record payment' }));
    const payments = screen.getByRole('region', { name: 'Payments received' });
    expect(
      await within(payments).findByText(new RegExp(`^${formatMoney(owed).replace('$', '\\$')} by check`)),
    ).toBeInTheDocument();
    expect(screen.getByText('Paid', { selector: 'span' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mark the packet sent' }));
    const packet = screen.getByRole('region', { name: 'Membership packet' });
    expect(await within(packet).findByText(/^Posted /)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Keep the invoice' })).not.toBeInTheDocument();

    await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
    const dues = await apiRequest('getDues', { params: { memberId: 'riverton' } });
    expect(dues.currentInvoice).toMatchObject({ status: 'paid', paidCents: invoice.amountCents });
    expect(dues.currentInvoice?.billing?.purchaseOrderNumber).toBe('PO 2026-0118');
    expect(dues.packet.status).toBe('sent');
    expect(dues.packet.sentOn).not.toBeNull();
  });

  it('opens on the overdue invoices, the payment owed longest first', async () => {
    await renderApp('/staff/invoices', { signedInAs: demo.theo });
    const list = await screen.findByRole('list', { name: 'Overdue invoices' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(within(item).getByText('Overdue')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Overdue \(\d+\)$/ })).toHaveAttribute('aria-current', 'page');
  });

  it('is not offered to staff outside finance', async () => {
    await renderApp('/staff', { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: 'Work inbox' });
    const nav = screen.getByRole('navigation', { name: 'MIP staff' });
    expect(within(nav).queryByRole('link', { name: 'Invoices' })).not.toBeInTheDocument();
  });

  it('says so, keeping what was typed, when a colleague changed the invoice first', async () => {
    const invoice = await rivertonAsksForInvoice();
    const { user } = await renderApp(`/staff/invoices/${invoice.id}`, { signedInAs: demo.theo });
    await screen.findByRole('heading', { level: 1, name: `Invoice ${invoice.number}` });
    // Meanwhile, in another tab, the invoice is sent.
    await apiRequest('issueInvoice', {
      params: { invoiceId: invoice.id },
      body: { purchaseOrderNumber: 'PO 2026-118' },
    });
    await user.type(screen.getByLabelText('Check number or transfer reference'), 'ACH 7731');
    await user.click(screen.getByRole('radio', { name: 'Bank transfer' }));
    await user.type(screen.getByLabelText('Amount (dollars)'), formatMoney(invoice.amountCents - invoice.paidCents));
    await user.click(screen.getByRole('button', { name: 'Record payment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone at MIP changed this invoice since you opened it',
    );
    expect(await screen.findByText(/^Sent the invoice to Riverton Finance Department/)).toBeInTheDocument();
    expect(screen.getByLabelText('Check number or transfer reference')).toHaveValue('ACH 7731');
    expect(screen.getByRole('radio', { name: 'Bank transfer' })).toBeChecked();
  });
});

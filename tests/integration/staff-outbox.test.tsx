import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiRequest } from '@/api/client';
import { demo, renderApp } from '../setup/render-app';

/** Riverton asks for this year's invoice as Mayor Ana Ortiz; Theo (finance) sends it: Ana's e-mail is queued. */
async function theoSendsRivertonsInvoice(): Promise<string> {
  await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
  const invoice = await apiRequest('requestInvoice', {
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
    idempotencyKey: `staff-outbox-${String(Math.random())}`,
  });
  await apiRequest('signIn', { body: { email: demo.theo, password: 'demo' } });
  await apiRequest('issueInvoice', { params: { invoiceId: invoice.id }, body: { purchaseOrderNumber: 'PO 2026-118' } });
  return invoice.number;
}

describe('the e-mail outbox, for MIP staff (Morgan Hale)', () => {
  it('lists the e-mail a decision queued, newest first, with its text and its record', async () => {
    const number = await theoSendsRivertonsInvoice();
    const { user } = await renderApp('/staff', { signedInAs: demo.morgan });
    await screen.findByRole('heading', { level: 1, name: 'Work inbox' });
    const nav = screen.getByRole('navigation', { name: 'MIP staff' });
    await user.click(within(nav).getByRole('link', { name: 'Outbox' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'E-mail outbox' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'E-mails, newest first' });
    const email = within(list).getAllByRole('listitem')[0];
    if (!email) throw new Error('no e-mail listed');
    expect(within(email).getByRole('heading', { name: `MIP sent invoice ${number}` })).toBeInTheDocument();
    expect(within(email).getByText('To Ana Ortiz <ana.ortiz@riverton.example>')).toBeInTheDocument();
    expect(within(email).getByText('Not sent yet')).toBeInTheDocument();
    await user.click(within(email).getByText('Read the e-mail'));
    expect(within(email).getByText(/Read it in the Member Hub: \/m\/riverton\/dues\/invoices\//)).toBeVisible();
    expect(within(email).getByRole('link', { name: 'Open the invoice' })).toBeInTheDocument();
  });
});

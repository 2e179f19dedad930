// @vitest-environment node
// API-level tests need no DOM: MIP's finance staff keeping invoices, black-box over HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dues, Invoice } from '../../src/api/contracts/dues';
import type { StaffInvoice, StaffInvoiceList } from '../../src/api/contracts/staff-invoices';
import type { Inbox } from '../../src/api/contracts/staff-work';
import { clock } from '../clock';
import {
  call,
  errorCode,
  RIVERTON_INVOICE_REQUEST,
  signIn,
  startPreview,
  useSeedDate,
  type ApiAnswer,
  type ErrorAnswer,
} from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

let keys = 0;

/** Ana asks for this year's invoice by purchase order; the answer is the invoice. */
async function anaRequestsInvoice(): Promise<Invoice> {
  await signIn('ana');
  const answer = await call<Invoice>('POST', '/members/riverton/invoice-requests', {
    body: RIVERTON_INVOICE_REQUEST,
    headers: { 'Idempotency-Key': `staff-invoices-${String((keys += 1))}` },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body;
}

const read = (id: string) => call<StaffInvoice>('GET', `/staff/invoices/${id}`);
const list = (query = '') => call<StaffInvoiceList>('GET', `/staff/invoices${query}`);

function change(id: string, what: 'issue' | 'payments' | 'packet-sent', body: unknown, version?: number) {
  const headers: Record<string, string> = version === undefined ? {} : { 'If-Match': `"${String(version)}"` };
  return call<StaffInvoice>('POST', `/staff/invoices/${id}/${what}`, { body, headers });
}

const unpaid = (invoice: Invoice) => invoice.instalments.filter((i) => i.paidOn === null);
const owed = (invoice: Invoice) => invoice.amountCents - invoice.paidCents;
const fieldErrors = (answer: ApiAnswer) => (answer.body as ErrorAnswer).error.fieldErrors ?? {};

describe('GET /staff/invoices', () => {
  it('lists the invoice a city asked for under "requested", and the inbox links it', async () => {
    const invoice = await anaRequestsInvoice();
    await signIn('theo');
    const requested = await list('?view=requested');
    expect(requested.status).toBe(200);
    expect(requested.body.items.map((i) => i.id)).toContain(invoice.id);
    expect(requested.body.items.find((i) => i.id === invoice.id)).toMatchObject({
      city: 'Riverton',
      state: 'WI',
      purchaseOrderNumber: 'PO 2026-118',
      requestedAt: invoice.billing?.requestedAt,
    });
    // Oldest request first.
    const times = requested.body.items.map((i) => i.requestedAt ?? '');
    expect(times).toEqual([...times].sort());
    const inbox = await call<Inbox>('GET', '/staff/inbox?kind=invoice_request');
    expect(inbox.body.items.map((i) => i.id)).toContain(invoice.id);
  });

  it('lists overdue invoices by the payment owed longest, and counts every view', async () => {
    await signIn('theo');
    const overdue = await list();
    expect(overdue.status).toBe(200);
    expect(overdue.body.items.length).toBeGreaterThan(0);
    expect(overdue.body.items.every((i) => i.status === 'overdue')).toBe(true);
    const due = overdue.body.items.map((i) => i.nextDueOn ?? '');
    expect(due).toEqual([...due].sort());
    const counts = Object.fromEntries(overdue.body.counts.map((c) => [c.view, c.count]));
    expect(counts.overdue).toBe(overdue.body.total);
    const paid = await list('?view=paid&pageSize=100');
    expect(paid.body.total).toBe(counts.paid);
    expect(paid.body.items.every((i) => i.status === 'paid' && i.paidCents === i.amountCents)).toBe(true);
  });

  it('narrows to one city', async () => {
    await signIn('theo');
    const riverton = await list('?view=paid&city=riverton');
    expect(riverton.body.items.length).toBeGreaterThan(0);
    expect(riverton.body.items.every((i) => i.memberId === 'riverton')).toBe(true);
  });

  it('is for finance only: Morgan (programs and policy) is refused, members get 403', async () => {
    await signIn('morgan');
    expect(errorCode(await list())).toBe('outside_staff_area');
    expect(errorCode(await read('inv-riverton-2026'))).toBe('outside_staff_area');
    await signIn('ana');
    expect((await list()).status).toBe(403);
  });
});

describe('sending the invoice a city asked for', () => {
  it('sends it with the purchase order; the member sees when, and the request leaves the queue', async () => {
    const invoice = await anaRequestsInvoice();
    await signIn('theo');
    const before = await read(invoice.id);
    expect(before.body.sentAt).toBeNull();
    const sent = await change(invoice.id, 'issue', { purchaseOrderNumber: 'PO 2026-0118' }, before.body.version);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.sentAt).toBe(clock.now().toISOString());
    expect(sent.body.invoice.billing?.purchaseOrderNumber).toBe('PO 2026-0118');
    expect(sent.body.version).toBe(before.body.version + 1);
    expect(sent.body.actions.at(-1)).toMatchObject({
      by: { name: 'Theo Grant' },
      action: 'Sent the invoice to Riverton Finance Department with purchase order PO 2026-0118',
      detail: 'The purchase order number was corrected before sending.',
    });
    expect((await list('?view=requested')).body.items.map((i) => i.id)).not.toContain(invoice.id);
    expect(errorCode(await change(invoice.id, 'issue', { purchaseOrderNumber: 'x' }))).toBe('invoice_already_sent');

    await signIn('ana');
    const dues = await call<Dues>('GET', '/members/riverton/dues');
    expect(dues.body.currentInvoice?.billing?.issuedAt).toBe(sent.body.sentAt);
    expect(JSON.stringify(dues.body)).not.toContain('Sent the invoice to');
  });

  it('refuses an invoice nobody asked to be sent', async () => {
    await signIn('theo');
    const paid = (await list('?view=paid&city=riverton')).body.items[0];
    expect(errorCode(await change(paid?.id ?? '', 'issue', {}))).toMatch(/invoice_not_requested|invoice_paid/);
  });

  it('answers 412 when a colleague changed the invoice since the page read it', async () => {
    const invoice = await anaRequestsInvoice();
    await signIn('theo');
    const { version } = (await read(invoice.id)).body;
    expect((await change(invoice.id, 'issue', { purchaseOrderNumber: 'PO 2026-118' }, version)).status).toBe(200);
    const stale = await change(
      invoice.id,
      'payments',
      { method: 'check', amountCents: 1, receivedOn: '2026-11-20', reference: '1' },
      version,
    );
    expect(stale.status).toBe(412);
    expect(errorCode(stale)).toBe('changed_meanwhile');
    expect((stale.body as unknown as ErrorAnswer).error.message).toBe(
      'Someone at MIP changed this invoice since you opened it. Read it again, then make your change.',
    );
  });
});

describe('recording a check or a transfer', () => {
  it('pays the next payments it adds up to; in full, the packet starts and can be marked sent', async () => {
    const invoice = await anaRequestsInvoice();
    await signIn('theo');
    const left = unpaid(invoice);
    expect(left.length).toBeGreaterThan(0);

    const odd = await change(invoice.id, 'payments', {
      method: 'check',
      amountCents: (left[0]?.amountCents ?? 0) + 1,
      receivedOn: '2026-11-24',
      reference: '10442',
    });
    expect(odd.status).toBe(422);
    expect(fieldErrors(odd).amountCents?.[0]).toMatch(
      /^A payment covers whole payments of the schedule, in order: enter \$/,
    );

    const future = await change(invoice.id, 'payments', {
      method: 'check',
      amountCents: owed(invoice),
      receivedOn: '2026-11-27',
      reference: '10442',
    });
    expect(fieldErrors(future).receivedOn).toEqual(["The date received can't be in the future"]);

    const early = await change(invoice.id, 'packet-sent', { sentOn: '2026-11-25' });
    expect(errorCode(early)).toBe('packet_not_due');

    const paid = await change(invoice.id, 'payments', {
      method: 'check',
      amountCents: owed(invoice),
      receivedOn: '2026-11-24',
      reference: '10442',
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    expect(paid.body.invoice).toMatchObject({ status: 'paid', paidCents: invoice.amountCents, paidOn: '2026-11-24' });
    expect(paid.body.payments.at(-1)).toMatchObject({
      method: 'check',
      amountCents: owed(invoice),
      receivedOn: '2026-11-24',
      reference: '10442',
      instalmentNumbers: left.map((i) => i.number),
      recordedBy: { name: 'Theo Grant' },
    });
    expect(paid.body.packet).toMatchObject({ status: 'preparing', sentOn: null });
    expect(
      errorCode(
        await change(invoice.id, 'payments', {
          method: 'transfer',
          amountCents: 100,
          receivedOn: '2026-11-24',
          reference: 'T',
        }),
      ),
    ).toBe('invoice_paid');

    const backdated = await change(invoice.id, 'packet-sent', { sentOn: '2026-11-20' });
    expect(fieldErrors(backdated).sentOn?.[0]).toMatch(/^The dues were paid on November 24, 2026/);
    const posted = await change(invoice.id, 'packet-sent', { sentOn: '2026-11-26' });
    expect(posted.status).toBe(200);
    expect(posted.body.packet).toMatchObject({ status: 'sent', sentOn: '2026-11-26' });
    expect(errorCode(await change(invoice.id, 'packet-sent', { sentOn: '2026-11-26' }))).toBe('packet_already_sent');

    await signIn('ana');
    const dues = await call<Dues>('GET', '/members/riverton/dues');
    expect(dues.body.currentInvoice).toMatchObject({ status: 'paid', paidOn: '2026-11-24' });
    expect(dues.body.packet).toMatchObject({ status: 'sent', sentOn: '2026-11-26' });
  });

  it('takes one payment of a schedule at a time when that is what came in', async () => {
    const invoice = await anaRequestsInvoice();
    const left = unpaid(invoice);
    if (left.length < 2) return; // Riverton's seed pays in several payments; nothing to split otherwise.
    await signIn('theo');
    const first = await change(invoice.id, 'payments', {
      method: 'transfer',
      amountCents: left[0]?.amountCents,
      receivedOn: '2026-11-25',
      reference: 'ACH 7731',
    });
    expect(first.status).toBe(200);
    expect(first.body.invoice.instalments.find((i) => i.number === left[0]?.number)?.paidOn).toBe('2026-11-25');
    expect(first.body.invoice.status).not.toBe('paid');
    expect(first.body.packet.status).toBe('not_due');
  });

  it('is refused to members, and while a finance colleague previews a member', async () => {
    const invoice = await anaRequestsInvoice();
    await signIn('jordan');
    expect((await change(invoice.id, 'issue', {})).status).toBe(403);
    await signIn('theo');
    expect((await startPreview('riverton')).status).toBe(201);
    expect((await read(invoice.id)).status).toBe(200);
    expect(errorCode(await change(invoice.id, 'issue', {}))).toBe('preview_read_only');
  });
});

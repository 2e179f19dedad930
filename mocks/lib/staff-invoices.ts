import type {
  PacketSentBody,
  PaymentRecordBody,
  ReceivedPayment,
  StaffInvoice,
  StaffInvoiceRow,
  StaffInvoiceView,
} from '../../src/api/contracts/staff-invoices';
import { formatLongDate, formatMoney } from '../../src/lib/format';
import { clock } from '../clock';
import { getDb, nextId } from '../db/db';
import type { InvoiceRow } from '../db/rows/dues';
import type { PersonRow } from '../db/rows/people';
import { requireStaffArea } from './access';
import { packetViewOf } from './dues-view';
import { HttpError, notFound } from './http-error';
import { recordPayment } from './invoice-payments';
import { invoiceStatusOf, invoiceView, isPaidInFull, paidCentsOf, today } from './invoices';
import { paginate } from './paginate';
import { findMember, personRef } from './people';
import type { ActiveSession } from '../../server/rules/sessions';
import { recordStaffAction, staffActionsOf } from './staff-changes';
import { notifyRequestUpdate } from './outbox';
import { outboxWords, type EmailWords } from './outbox-words';

/**
 * The invoices MIP's finance staff keep (issue 17): send the invoice a city asked for with its
 * purchase order, record a check or a transfer, watch the overdue ones, and mark the year's
 * membership packet posted. Every change carries a version (If-Match) and leaves a staff action.
 */

const VIEWS: readonly StaffInvoiceView[] = ['requested', 'overdue', 'open', 'paid'];

/** Whether a city asked for the invoice to be sent and MIP hasn't yet. */
const isRequested = (invoice: InvoiceRow) => invoice.billing !== null && invoice.billing.issuedAt === null;

function inView(invoice: InvoiceRow, view: StaffInvoiceView, on: string): boolean {
  if (view === 'requested') return isRequested(invoice);
  return invoiceStatusOf(invoice, on) === view;
}

const nextDueOf = (invoice: InvoiceRow) => invoice.instalments.find((i) => i.paidOn === null)?.dueOn ?? null;

function rowView(invoice: InvoiceRow, on: string): StaffInvoiceRow {
  const member = findMember(invoice.memberId);
  return {
    id: invoice.id,
    number: invoice.number,
    memberId: invoice.memberId,
    city: member?.city ?? invoice.memberId,
    state: member?.state ?? '',
    membershipYearLabel: invoice.membershipYearLabel,
    amountCents: invoice.amountCents,
    paidCents: paidCentsOf(invoice),
    status: invoiceStatusOf(invoice, on),
    nextDueOn: nextDueOf(invoice),
    requestedAt: isRequested(invoice) ? (invoice.billing?.requestedAt ?? null) : null,
    purchaseOrderNumber: invoice.billing?.purchaseOrderNumber ?? '',
  };
}

/** Requests oldest first; unpaid invoices by the payment owed soonest (longest overdue first); paid ones newest first. */
function compareIn(view: StaffInvoiceView): (a: StaffInvoiceRow, b: StaffInvoiceRow) => number {
  if (view === 'requested') return (a, b) => (a.requestedAt ?? '').localeCompare(b.requestedAt ?? '');
  if (view === 'paid') return (a, b) => b.number.localeCompare(a.number);
  return (a, b) => (a.nextDueOn ?? '').localeCompare(b.nextDueOn ?? '') || a.number.localeCompare(b.number);
}

/** One view of every city's invoices, with how many each view holds under the city filter. */
interface ListQuery {
  view: StaffInvoiceView;
  city?: string | undefined;
  page: number;
  pageSize: number;
}

export function staffInvoiceList(session: ActiveSession, query: ListQuery) {
  requireStaffArea(session, 'finance');
  const on = today();
  const invoices = getDb().invoices.filter(
    (i) => (!query.city || i.memberId === query.city) && findMember(i.memberId) !== undefined,
  );
  const rows = invoices
    .filter((i) => inView(i, query.view, on))
    .map((i) => rowView(i, on))
    .sort(compareIn(query.view));
  return {
    ...paginate(rows, query.page, query.pageSize),
    counts: VIEWS.map((view) => ({ view, count: invoices.filter((i) => inView(i, view, on)).length })),
  };
}

/** An invoice for MIP's finance staff: anyone else is refused before the id is even looked up. */
export function staffInvoiceFor(session: ActiveSession, invoiceId: string | undefined): InvoiceRow {
  requireStaffArea(session, 'finance');
  const invoice = getDb().invoices.find((i) => i.id === invoiceId);
  if (!invoice) throw notFound('That invoice');
  return invoice;
}

/** Checks and transfers staff recorded, and card checkouts that went through, oldest first. */
function paymentsOf(invoice: InvoiceRow): ReceivedPayment[] {
  const db = getDb();
  const recorded = db.receivedPayments
    .filter((p) => p.invoiceId === invoice.id)
    .map((p): ReceivedPayment => ({
      id: p.id,
      method: p.method,
      amountCents: p.amountCents,
      receivedOn: p.receivedOn,
      reference: p.reference,
      instalmentNumbers: p.instalmentNumbers,
      recordedBy: personRef(p.recordedById),
    }));
  const byCard = db.checkoutSessions
    .filter((c) => c.invoiceId === invoice.id && c.status === 'paid' && c.completedAt !== null)
    .map((c): ReceivedPayment => ({
      id: c.id,
      method: 'card',
      amountCents: c.amountCents,
      receivedOn: (c.completedAt ?? c.createdAt).slice(0, 10),
      reference: c.id,
      instalmentNumbers: c.instalments.map((i) => i.number),
      recordedBy: null,
    }));
  return [...recorded, ...byCard].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
}

export function staffInvoiceView(invoice: InvoiceRow): StaffInvoice {
  const member = findMember(invoice.memberId);
  const on = today();
  return {
    invoice: invoiceView(invoice, on),
    city: member?.city ?? invoice.memberId,
    state: member?.state ?? '',
    sentAt: invoice.billing?.issuedAt ?? null,
    payments: paymentsOf(invoice),
    packet: packetViewOf(invoice.memberId, invoice.membershipYearLabel, on),
    actions: staffActionsOf('invoice', invoice.id),
    version: invoice.version,
  };
}

const fieldError = (field: string, message: string) =>
  new HttpError(422, 'validation_failed', 'Some answers need correcting.', { [field]: [message] });

function requireUnpaid(invoice: InvoiceRow, change: string): void {
  if (!isPaidInFull(invoice)) return;
  throw new HttpError(409, 'invoice_paid', `Invoice ${invoice.number} is paid in full, so it can't be ${change}.`);
}

/** Tells the city's mayor (the billing contact isn't a Hub person), per their e-mail preferences. */
function notifyMayor(invoice: InvoiceRow, words: EmailWords): void {
  const member = findMember(invoice.memberId);
  notifyRequestUpdate({
    ...words,
    memberId: invoice.memberId,
    personIds: member ? [member.mayorId] : [],
    recordKind: 'invoice',
    recordId: invoice.id,
  });
}

/** Sends the invoice a city asked for, with its purchase order (staff may correct what was typed). */
export function issueInvoice(invoice: InvoiceRow, actor: PersonRow, purchaseOrderNumber: string): void {
  const billing = invoice.billing;
  if (!billing) {
    throw new HttpError(
      409,
      'invoice_not_requested',
      `Nobody asked for invoice ${invoice.number} to be sent: the city pays it from the Hub.`,
    );
  }
  if (billing.issuedAt) {
    throw new HttpError(
      409,
      'invoice_already_sent',
      `Invoice ${invoice.number} was already sent on ${formatLongDate(billing.issuedAt)}.`,
    );
  }
  requireUnpaid(invoice, 'sent');
  const at = clock.now().toISOString();
  const corrected = billing.purchaseOrderNumber !== purchaseOrderNumber;
  billing.purchaseOrderNumber = purchaseOrderNumber;
  billing.issuedAt = at;
  const po = purchaseOrderNumber ? `with purchase order ${purchaseOrderNumber}` : 'without a purchase order';
  recordStaffAction(
    'invoice',
    invoice,
    actor,
    at,
    `Sent the invoice to ${billing.contactName} ${po}`,
    corrected ? 'The purchase order number was corrected before sending.' : null,
  );
  notifyMayor(
    invoice,
    outboxWords.invoiceSent(invoice.memberId, invoice.id, invoice.number, billing.contactName, purchaseOrderNumber),
  );
}

/**
 * What a payment may add up to: the next unpaid payment, the next two, … up to the whole balance.
 * A check pays whole payments of the schedule, in order, so the member's schedule stays true.
 */
function payableSums(invoice: InvoiceRow): { cents: number; numbers: number[] }[] {
  const sums: { cents: number; numbers: number[] }[] = [];
  let cents = 0;
  const numbers: number[] = [];
  for (const instalment of invoice.instalments.filter((i) => i.paidOn === null)) {
    cents += instalment.amountCents;
    numbers.push(instalment.number);
    sums.push({ cents, numbers: [...numbers] });
  }
  return sums;
}

function listOfAmounts(amounts: string[]): string {
  if (amounts.length <= 1) return amounts.join('');
  return `${amounts.slice(0, -1).join(', ')} or ${amounts.at(-1) ?? ''}`;
}

/** Records a check or a transfer received; paying the invoice in full starts the packet (invoice-payments.ts). */
export function recordReceivedPayment(invoice: InvoiceRow, actor: PersonRow, body: PaymentRecordBody): void {
  requireUnpaid(invoice, 'paid again');
  const on = today();
  if (body.receivedOn > on) throw fieldError('receivedOn', "The date received can't be in the future");
  if (body.receivedOn < invoice.issuedOn) {
    throw fieldError(
      'receivedOn',
      `Invoice ${invoice.number} was issued on ${formatLongDate(invoice.issuedOn)}: enter a date on or after it`,
    );
  }
  const sums = payableSums(invoice);
  const match = sums.find((s) => s.cents === body.amountCents);
  if (!match) {
    throw fieldError(
      'amountCents',
      `A payment covers whole payments of the schedule, in order: enter ${listOfAmounts(sums.map((s) => formatMoney(s.cents)))}`,
    );
  }
  const at = clock.now().toISOString();
  getDb().receivedPayments.push({
    id: nextId('payment'),
    invoiceId: invoice.id,
    memberId: invoice.memberId,
    method: body.method,
    amountCents: body.amountCents,
    receivedOn: body.receivedOn,
    reference: body.reference,
    instalmentNumbers: match.numbers,
    recordedAt: at,
    recordedById: actor.id,
  });
  recordPayment(invoice, match.numbers, body.receivedOn);
  const how = body.method === 'check' ? `check ${body.reference}` : `bank transfer ${body.reference}`;
  recordStaffAction(
    'invoice',
    invoice,
    actor,
    at,
    `Recorded ${formatMoney(body.amountCents)} by ${how}, received ${formatLongDate(body.receivedOn)}`,
    null,
  );
}

/** Marks the year's packet posted: only once the invoice is paid and the packet isn't marked already. */
export function markPacketSent(invoice: InvoiceRow, actor: PersonRow, body: PacketSentBody): void {
  const packet = getDb().packets.find(
    (p) => p.memberId === invoice.memberId && p.membershipYearLabel === invoice.membershipYearLabel,
  );
  if (!packet) {
    const left = invoice.amountCents - paidCentsOf(invoice);
    throw new HttpError(
      409,
      'packet_not_due',
      `MIP posts the packet once the dues are paid in full; ${formatMoney(left)} is still owed on invoice ${invoice.number}.`,
    );
  }
  if (packet.sentOn) {
    throw new HttpError(
      409,
      'packet_already_sent',
      `The packet was already marked sent on ${formatLongDate(packet.sentOn)}.`,
    );
  }
  if (body.sentOn > today()) throw fieldError('sentOn', "The date sent can't be in the future");
  const paidOn = invoiceView(invoice).paidOn;
  if (paidOn && body.sentOn < paidOn) {
    throw fieldError('sentOn', `The dues were paid on ${formatLongDate(paidOn)}: enter a date on or after it`);
  }
  packet.status = 'sent';
  packet.sentOn = body.sentOn;
  recordStaffAction(
    'invoice',
    invoice,
    actor,
    clock.now().toISOString(),
    `Marked the membership packet sent on ${formatLongDate(body.sentOn)}`,
    null,
  );
  notifyMayor(invoice, outboxWords.packetPosted(invoice.memberId, invoice.membershipYearLabel, body.sentOn));
}

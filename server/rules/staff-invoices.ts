import type {
  PacketSentBody,
  PaymentRecordBody,
  ReceivedPayment,
  StaffInvoice,
  StaffInvoiceRow,
  StaffInvoiceView,
} from '../../src/api/contracts/staff-invoices';
import { formatLongDate, formatMoney } from '../../src/lib/format';
import { clock } from '../../mocks/clock';
import type { InvoiceRow } from '../../mocks/db/rows/dues';
import type { MemberRow, PersonRow } from '../../mocks/db/rows/people';
import { HttpError, notFound } from '../../mocks/lib/http-error';
import { outboxWords, type EmailWords } from '../../mocks/lib/outbox-words';
import { paginate } from '../../mocks/lib/paginate';
import type { StoreTx } from '../store/store';
import { requireStaffArea } from './access';
import { packetViewOf } from './dues-view';
import { recordPayment } from './invoice-payments';
import { invoiceStatusOf, invoiceView, invoiceViewOf, isPaidInFull, paidCentsOf, today } from './invoices';
import { notifyRequestUpdate } from './outbox';
import { findMember, personRef } from './people';
import type { ActiveSession } from './sessions';
import { recordStaffAction, staffActionsOf } from './staff-changes';

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

function rowView(invoice: InvoiceRow, member: MemberRow | undefined, on: string): StaffInvoiceRow {
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

export async function staffInvoiceList(tx: StoreTx, session: ActiveSession, query: ListQuery) {
  requireStaffArea(session, 'finance');
  const on = today();
  const members = new Map((await tx.members.find()).map((m) => [m.id, m]));
  const all = await tx.invoices.find(query.city ? { memberId: query.city } : {});
  const invoices = all.filter((i) => members.has(i.memberId));
  const rows = invoices
    .filter((i) => inView(i, query.view, on))
    .map((i) => rowView(i, members.get(i.memberId), on))
    .sort(compareIn(query.view));
  return {
    ...paginate(rows, query.page, query.pageSize),
    counts: VIEWS.map((view) => ({ view, count: invoices.filter((i) => inView(i, view, on)).length })),
  };
}

/**
 * An invoice for MIP's finance staff: anyone else is refused before the id is even looked up. A
 * change reads it `forUpdate`, held until the transaction ends, so its checks and write can't interleave.
 */
export async function staffInvoiceFor(
  tx: StoreTx,
  session: ActiveSession,
  invoiceId: string | undefined,
  forUpdate = false,
): Promise<InvoiceRow> {
  requireStaffArea(session, 'finance');
  const key = { id: invoiceId ?? '' };
  const invoice =
    invoiceId === undefined ? undefined : await (forUpdate ? tx.invoices.getForUpdate(key) : tx.invoices.get(key));
  if (!invoice) throw notFound('That invoice');
  return invoice;
}

/** Checks and transfers staff recorded, and card checkouts that went through, oldest first. */
async function paymentsOf(tx: StoreTx, invoice: InvoiceRow): Promise<ReceivedPayment[]> {
  const received = (await tx.receivedPayments.find({ invoiceId: invoice.id })).sort(
    (a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id),
  );
  const recorded = await Promise.all(
    received.map(async (p): Promise<ReceivedPayment> => ({
      id: p.id,
      method: p.method,
      amountCents: p.amountCents,
      receivedOn: p.receivedOn,
      reference: p.reference,
      instalmentNumbers: p.instalmentNumbers,
      recordedBy: await personRef(tx, p.recordedById),
    })),
  );
  const byCard = (await tx.checkoutSessions.find({ invoiceId: invoice.id, status: 'paid' }))
    .filter((c) => c.completedAt !== null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
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

export async function staffInvoiceView(tx: StoreTx, invoice: InvoiceRow): Promise<StaffInvoice> {
  const member = await findMember(tx, invoice.memberId);
  const on = today();
  return {
    invoice: await invoiceView(tx, invoice, on),
    city: member?.city ?? invoice.memberId,
    state: member?.state ?? '',
    sentAt: invoice.billing?.issuedAt ?? null,
    payments: await paymentsOf(tx, invoice),
    packet: await packetViewOf(tx, invoice.memberId, invoice.membershipYearLabel, on),
    actions: await staffActionsOf(tx, 'invoice', invoice.id),
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
async function notifyMayor(tx: StoreTx, invoice: InvoiceRow, words: EmailWords): Promise<void> {
  const member = await findMember(tx, invoice.memberId);
  await notifyRequestUpdate(tx, {
    ...words,
    memberId: invoice.memberId,
    personIds: member ? [member.mayorId] : [],
    recordKind: 'invoice',
    recordId: invoice.id,
  });
}

/** Sends the invoice a city asked for, with its purchase order (staff may correct what was typed); writes it. */
export async function issueInvoice(
  tx: StoreTx,
  invoice: InvoiceRow,
  actor: PersonRow,
  purchaseOrderNumber: string,
): Promise<void> {
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
  await recordStaffAction(
    tx,
    'invoice',
    invoice,
    actor,
    at,
    `Sent the invoice to ${billing.contactName} ${po}`,
    corrected ? 'The purchase order number was corrected before sending.' : null,
  );
  await tx.invoices.update(invoice);
  await notifyMayor(
    tx,
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

/**
 * Records a check or a transfer received on the invoice held for update (staffInvoiceFor), and
 * writes it; paying the invoice in full starts the packet (invoice-payments.ts).
 */
export async function recordReceivedPayment(
  tx: StoreTx,
  invoice: InvoiceRow,
  actor: PersonRow,
  body: PaymentRecordBody,
): Promise<void> {
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
  await tx.receivedPayments.insert({
    id: await tx.nextId('payment'),
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
  await recordPayment(tx, invoice, match.numbers, body.receivedOn);
  const how = body.method === 'check' ? `check ${body.reference}` : `bank transfer ${body.reference}`;
  await recordStaffAction(
    tx,
    'invoice',
    invoice,
    actor,
    at,
    `Recorded ${formatMoney(body.amountCents)} by ${how}, received ${formatLongDate(body.receivedOn)}`,
    null,
  );
  await tx.invoices.update(invoice);
}

/** Marks the year's packet posted: only once the invoice is paid and the packet isn't marked already. */
export async function markPacketSent(
  tx: StoreTx,
  invoice: InvoiceRow,
  actor: PersonRow,
  body: PacketSentBody,
): Promise<void> {
  const packet = await tx.packets.getForUpdate({
    memberId: invoice.memberId,
    membershipYearLabel: invoice.membershipYearLabel,
  });
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
  const paidOn = invoiceViewOf(invoice, null).paidOn;
  if (paidOn && body.sentOn < paidOn) {
    throw fieldError('sentOn', `The dues were paid on ${formatLongDate(paidOn)}: enter a date on or after it`);
  }
  await tx.packets.update({ ...packet, status: 'sent', sentOn: body.sentOn });
  await recordStaffAction(
    tx,
    'invoice',
    invoice,
    actor,
    clock.now().toISOString(),
    `Marked the membership packet sent on ${formatLongDate(body.sentOn)}`,
    null,
  );
  await tx.invoices.update(invoice);
  await notifyMayor(tx, invoice, outboxWords.packetPosted(invoice.memberId, invoice.membershipYearLabel, body.sentOn));
}

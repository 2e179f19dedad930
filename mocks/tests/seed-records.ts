import { isoDateOf, membershipYearOf } from '../../src/lib/membership-year';
import { clock } from '../clock';
import { getDb } from '../db/db';
import type { PersonRow } from '../db/rows/people';
import { payInstalments, preparingPacketOf } from '../../server/rules/invoice-payments';
import { today } from '../../server/rules/invoices';
import { membershipFrom } from '../../server/rules/membership';
import type { InvoiceRow } from '../db/rows/dues';
import type { MemberRow } from '../db/rows/people';

/**
 * Records of a city that generated API tests address by id (the authorisation matrix, the
 * mass-assignment test): the seed's where it has one, else one made from a seed row of the same
 * kind. Each made id starts with `prefix` (`reg-matrix-…`), so a test's records are easy to tell.
 */

/** The city's invoice for the membership year of `on`, as the seed (or a test) left it. */
export function currentInvoiceOf(memberId: string, on = today()): InvoiceRow | undefined {
  const label = membershipYearOf(on).label;
  return getDb().invoices.find((i) => i.memberId === memberId && i.membershipYearLabel === label);
}

/** The city's membership as the rules compute it, from its invoices as they stand. */
export function membershipOf(member: MemberRow) {
  return membershipFrom(
    member,
    getDb().invoices.filter((i) => i.memberId === member.id),
  );
}

/** The Winter Meeting every city can still register for, edit and cancel. */
export const UPCOMING_MEETING = 'winter-2027';

export function mayorOf(city: string): PersonRow {
  const db = getDb();
  const member = db.members.find((m) => m.id === city);
  const mayor = db.people.find((p) => p.id === member?.mayorId);
  if (!mayor) throw new Error(`No mayor for ${city}`);
  return mayor;
}

/** A live registration of the city for the upcoming meeting; one made for `attendee` if none. */
export function liveRegistrationOf(
  city: string,
  prefix: string,
  attendee: (mayor: PersonRow) => { kind: 'mayor' | 'council'; name: string; title: string; email?: string },
): string {
  const db = getDb();
  const found = db.registrations.find(
    (r) => r.memberId === city && r.meetingId === UPCOMING_MEETING && r.status !== 'cancelled',
  );
  if (found) return found.id;
  const template = db.registrations.find((r) => r.meetingId === UPCOMING_MEETING);
  if (!template) throw new Error('The seed has no Winter Meeting registration to copy');
  const mayor = mayorOf(city);
  const id = `reg-${prefix}-${city}`;
  db.registrations.push({
    ...structuredClone(template),
    id,
    memberId: city,
    attendee: { ...template.attendee, ...attendee(mayor) },
    status: 'confirmed',
    actorId: mayor.id,
    subjectId: mayor.id,
  });
  return id;
}

/** A memo request MIP has not started on, so the city may still withdraw it (always made). */
export function submittedMemoOf(city: string, prefix: string): string {
  const db = getDb();
  const template = db.memoRequests.find((m) => m.status === 'delivered');
  if (!template) throw new Error('The seed has no memo request to copy');
  const mayor = mayorOf(city);
  const at = clock.now().toISOString();
  const id = `memo-${prefix}-${city}`;
  db.memoRequests.push({
    ...structuredClone(template),
    id,
    memberId: city,
    status: 'submitted',
    submittedAt: at,
    actorId: mayor.id,
    subjectId: mayor.id,
    history: [{ status: 'submitted', at, byId: mayor.id, message: null }],
    assigneeId: null,
    memo: null,
    internalNotes: [],
    version: 0,
  });
  return id;
}

/** A request for help with this year's dues that MIP has not decided yet (always made). */
export function openAssistanceRequestOf(city: string, prefix: string): string {
  const mayor = mayorOf(city);
  const id = `assist-${prefix}-${city}`;
  getDb().assistanceRequests.push({
    id,
    memberId: city,
    membershipYearLabel: membershipYearOf(isoDateOf(clock.now())).label,
    status: 'submitted',
    reason: 'The council froze every membership this year; we can pay part of the dues.',
    canPayCents: 0,
    submittedAt: clock.now().toISOString(),
    decidedAt: null,
    decisionNote: null,
    decision: null,
    actorId: mayor.id,
    subjectId: mayor.id,
    version: 0,
  });
  return id;
}

/**
 * A travel-support request MIP has not decided yet, for the city's mayor at the upcoming meeting
 * that offers it (always made, afresh).
 */
export function requestedTravelSupportOf(city: string, prefix: string): string {
  const db = getDb();
  const template = db.registrations.find((r) => r.travelSupport?.status === 'requested' && r.status === 'confirmed');
  if (!template?.travelSupport) throw new Error('The seed has no travel-support request to copy');
  const mayor = mayorOf(city);
  const id = `reg-${prefix}-travel-${city}`;
  db.registrations = db.registrations.filter((r) => r.id !== id);
  db.registrations.push({
    ...structuredClone(template),
    id,
    memberId: city,
    attendee: { ...template.attendee, kind: 'mayor', name: mayor.name, title: 'Mayor', email: mayor.email },
    status: 'confirmed',
    travelSupport: { ...template.travelSupport, status: 'requested', approvedCents: null, decidedAt: null },
    actorId: mayor.id,
    subjectId: mayor.id,
    version: 0,
  });
  return id;
}

/** The city's delivered memo in the seed, if it has one. */
export function deliveredMemoIdOf(city: string): string | undefined {
  return getDb().memoRequests.find((m) => m.memberId === city && m.status === 'delivered' && m.memo)?.id;
}

/** A delivered memo of the city's with a PDF attached, copied from Riverton's seeded one. */
export function memoWithFileOf(city: string, prefix: string): string {
  const db = getDb();
  const template = db.memoRequests.find((m) => m.memo?.attachment);
  if (!template) throw new Error('The seed has no memo with a file to copy');
  const mayor = mayorOf(city);
  const id = `memo-file-${prefix}-${city}`;
  db.memoRequests.push({ ...structuredClone(template), id, memberId: city, actorId: mayor.id, subjectId: mayor.id });
  const file = db.memoFiles.find((f) => f.memoRequestId === template.id);
  if (file) db.memoFiles.push({ ...file, memoRequestId: id });
  return id;
}

/** The city's live delegation (not revoked, no end date) in the seed, if it has one. */
export function liveDelegationIdOf(city: string): string | undefined {
  return getDb().delegations.find((d) => d.memberId === city && d.revokedAt === null && d.endsOn === null)?.id;
}

/**
 * An application MIP has not decided yet, named after the city (MIP's finance staff reach any): a
 * prospective city of its own, made afresh from Millbrook's (city, mayor-to-be and application),
 * so that approving it makes a new member and leaves the city's own records alone.
 */
export function pendingApplicationOf(city: string, prefix: string): string {
  const db = getDb();
  const template = db.applications.find((a) => a.id === 'app-millbrook');
  const member = db.members.find((m) => m.id === 'millbrook');
  const person = db.people.find((p) => p.id === 'lee-chen');
  if (!template || !member || !person) throw new Error('The seed has no Millbrook application to copy');
  const memberId = `${prefix}-joining-${city}`;
  const personId = `${prefix}-applicant-${city}`;
  const email = `applicant@${memberId}.example`;
  const id = `app-${memberId}`;
  if (db.applications.some((a) => a.id === id)) return id;
  db.members.push({ ...structuredClone(member), id: memberId, city: `Joining ${city}`, mayorId: personId });
  db.people.push({ ...structuredClone(person), id: personId, email, memberId });
  db.applications.push({
    ...structuredClone(template),
    id,
    memberId,
    personId,
    city: `Joining ${city}`,
    email,
    status: 'received',
    questions: [],
    version: 0,
  });
  return id;
}

/** For a prospective city's application: a question from MIP waiting for the applicant's answer. */
export function questionWaitingFor(city: string): void {
  const db = getDb();
  if (db.members.find((m) => m.id === city)?.kind !== 'prospective') return;
  const application = db.applications.find((a) => a.memberId === city);
  if (!application || application.status === 'information_requested') return;
  application.status = 'information_requested';
  application.questions.push({
    id: `question-${city}`,
    question: 'Has your council voted to fund the membership this year?',
    askedAt: clock.now().toISOString(),
    askedById: 'theo-grant',
    answer: null,
    answeredAt: null,
  });
}

/**
 * The city's invoice this year, asked to be sent by purchase order and not yet sent (always made
 * so): what MIP's finance staff send.
 */
export function requestedInvoiceOf(city: string): string {
  const invoice = currentInvoiceOf(city);
  if (!invoice) return `inv-none-${city}`; // a prospective city has none: reaching it answers 404
  const mayor = mayorOf(city);
  invoice.billing = {
    contactName: 'City Finance Department',
    contactEmail: 'finance@city.example',
    addressLine1: 'City Hall',
    addressLine2: '',
    city: 'Riverton',
    state: 'WI',
    postalCode: '53703',
    purchaseOrderNumber: invoice.billing?.purchaseOrderNumber ?? 'PO 2026-118',
    requestedAt: clock.now().toISOString(),
    issuedAt: null,
    actorId: mayor.id,
    subjectId: mayor.id,
  };
  return invoice.id;
}

/** The city's invoice this year, paid in full, with its packet still to post (always made so). */
export function paidInvoiceWithPacketToPostOf(city: string): string {
  const invoice = currentInvoiceOf(city);
  if (!invoice) return `inv-none-${city}`;
  const on = isoDateOf(clock.now());
  payInstalments(
    invoice,
    invoice.instalments.map((i) => i.number),
    on,
  );
  const packet = getDb().packets.find(
    (p) => p.memberId === city && p.membershipYearLabel === invoice.membershipYearLabel,
  );
  if (packet) Object.assign(packet, { status: 'preparing', sentOn: null });
  else getDb().packets.push(preparingPacketOf(invoice, on));
  return invoice.id;
}

import type { Scope } from '../../src/api/contracts/common';
import type { Invoice, CheckoutSession, AssistanceRequest } from '../../src/api/contracts/dues';
import type { Delegation } from '../../src/api/contracts/delegations';
import type { Application } from '../../src/api/contracts/joining';
import type { Registration } from '../../src/api/contracts/meetings';
import type { MeetingInput, StaffMeeting } from '../../src/api/contracts/staff-meetings';
import type { MemoAllowance, MemoRequestDetail } from '../../src/api/contracts/memos';
import { bytesToBase64 } from '../../src/lib/base64';
import { isoDateOf, membershipYearOf } from '../../src/lib/membership-year';
import { pdfBytes } from '../../tests/fixtures/memo-files';
import {
  call,
  EMAILS,
  INVOICE_REQUEST,
  mayorAskingTravelSupport,
  ORIGIN,
  SEED_DATE,
  setApiClock,
  SHORT_MEMO_REQUEST,
  type ApiAnswer,
} from './api';
import { SEED } from './seed-fixture';

/**
 * Records of a city that generated API tests address by id (the authorisation matrix), made
 * through the API as the people who would make them: the mayor registers, asks for a memo or for
 * help with the dues; MIP's staff deliver, decline, ask and record payments. Each builder takes
 * the city and answers the id: the seed's (read from SEED) where it has one, else the id the API
 * answered. Where the city can't have such a record at all (a city that hasn't joined has no
 * invoice; a city not invited to a meeting that offers travel support has no request for it), it
 * answers an id that does not exist, so reaching it is a 404. Builders sign in as they go: the
 * caller signs in afresh afterwards.
 */

/** An id a city can't have a record under: reaching it answers 404. */
export const noSuch = (what: string, city: string): string => `${what}-none-for-${city}`;

/** The Winter Meeting every city can still register for, edit and cancel. */
export const UPCOMING_MEETING = 'winter-2027';

/** A day of the next membership year: what a city that paid this year in full can still be billed for. */
export const NEXT_MEMBERSHIP_YEAR_DAY = new Date('2027-07-02T15:00:00.000Z');

let keys = 0;
const idempotencyKey = (): Record<string, string> => ({ 'Idempotency-Key': `fixture-${String((keys += 1))}` });

function expectAnswer<T>(answer: ApiAnswer<T>, status: number, what: string): T {
  if (answer.status !== status) {
    throw new Error(`${what}: expected ${String(status)}, got ${String(answer.status)} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

/** Signs in with the demo password (every seeded account has it). */
export async function signInWith(email: string): Promise<void> {
  expectAnswer(await call('POST', '/session', { body: { email, password: 'demo' } }), 201, `sign in as ${email}`);
}

// ── Facts of the seed ─────────────────────────────────────────────────────────────────────────

export function memberOf(city: string) {
  const member = SEED.members.find((m) => m.id === city);
  if (!member) throw new Error(`No city ${city} in the seed`);
  return member;
}

export function mayorOf(city: string) {
  const mayorId = memberOf(city).mayorId;
  const mayor = SEED.people.find((p) => p.id === mayorId);
  if (!mayor) throw new Error(`No mayor for ${city} in the seed`);
  return mayor;
}

export const isProspective = (city: string): boolean => memberOf(city).kind === 'prospective';

const SEED_DAY = isoDateOf(SEED_DATE);

/** The city's invoice for the seed day's membership year, as seeded. */
export function seedInvoiceOf(city: string) {
  const label = membershipYearOf(SEED_DAY).label;
  return SEED.invoices.find((i) => i.memberId === city && i.membershipYearLabel === label);
}

const isPaidInFull = (invoice: { instalments: readonly { paidOn: string | null }[] }): boolean =>
  invoice.instalments.every((i) => i.paidOn !== null);

/** The city's delivered memo in the seed, if it has one. */
export function deliveredMemoIdOf(city: string): string | undefined {
  return SEED.memoRequests.find((m) => m.memberId === city && m.status === 'delivered' && m.memo)?.id;
}

/** The city's live delegation (not revoked, no end date) in the seed, if it has one. */
export function liveDelegationIdOf(city: string): string | undefined {
  return SEED.delegations.find((d) => d.memberId === city && d.revokedAt === null && d.endsOn === null)?.id;
}

const signInAsMayorOf = (city: string) => signInWith(mayorOf(city).email);
/** Morgan Hale works policy and programs. */
const signInAsPolicyStaff = () => signInWith(EMAILS.morgan);
const signInAsFinanceStaff = () => signInWith(EMAILS.theo);

// ── Meetings ──────────────────────────────────────────────────────────────────────────────────

/** A live registration of the city for the upcoming Winter Meeting: the seed's, or its mayor registers. */
export async function liveRegistrationOf(city: string): Promise<string> {
  const found = SEED.registrations.find(
    (r) => r.memberId === city && r.meetingId === UPCOMING_MEETING && r.status !== 'cancelled',
  );
  if (found) return found.id;
  const mayor = mayorOf(city);
  await signInAsMayorOf(city);
  const answer = await call<{ items: Registration[] }>('POST', `/members/${city}/registrations`, {
    body: {
      meetingId: UPCOMING_MEETING,
      attendees: [{ kind: 'mayor', name: mayor.name, title: 'Mayor', email: mayor.email }],
    },
    headers: idempotencyKey(),
  });
  const id = expectAnswer(answer, 201, `${city} registers its mayor`).items[0]?.id;
  if (!id) throw new Error(`${city}'s registration answered no id`);
  return id;
}

/**
 * A travel-support request MIP has not decided yet, for the city's mayor at an upcoming meeting
 * that offers it: the seed's, or the mayor registers with one at a meeting the city is invited to.
 * A city invited to none (and a city that hasn't joined: those meetings are for members) has none.
 */
export async function requestedTravelSupportOf(city: string): Promise<string> {
  const found = SEED.registrations.find(
    (r) => r.memberId === city && r.status === 'confirmed' && r.travelSupport?.status === 'requested',
  );
  if (found) return found.id;
  const now = SEED_DATE.toISOString();
  const meeting = SEED.meetings.find(
    (m) =>
      m.travelSupportOffered &&
      m.invitedMemberIds?.includes(city) &&
      m.registrationOpensAt <= now &&
      now < m.registrationClosesAt,
  );
  if (!meeting || isProspective(city)) return noSuch('reg-travel', city);
  const mayor = mayorOf(city);
  await signInAsMayorOf(city);
  const answer = await call<{ items: Registration[] }>('POST', `/members/${city}/registrations`, {
    body: {
      meetingId: meeting.id,
      attendees: [mayorAskingTravelSupport(mayor)],
    },
    headers: idempotencyKey(),
  });
  const id = expectAnswer(answer, 201, `${city} asks for travel support`).items[0]?.id;
  if (!id) throw new Error(`${city}'s registration answered no id`);
  return id;
}

/** MIP's programs staff make a meeting (as staff write it): its id. */
export async function staffMeetingOf(input: MeetingInput): Promise<string> {
  await signInAsPolicyStaff();
  const answer = await call<StaffMeeting>('POST', '/staff/meetings', { body: input, headers: idempotencyKey() });
  return expectAnswer(answer, 201, `MIP makes the meeting ${input.title}`).id;
}

// ── Memos ─────────────────────────────────────────────────────────────────────────────────────

const OPEN_MEMO_STATUSES = new Set(['submitted', 'scoping', 'in_progress']);

/** The city's requests MIP is working on in the seed, oldest first. */
const openSeedMemosOf = (city: string) =>
  SEED.memoRequests
    .filter((m) => m.memberId === city && OPEN_MEMO_STATUSES.has(m.status))
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));

/** A memo as MIP's staff write it: long enough to deliver (200 characters or more). */
export const MEMO_TEXT = [
  'Summary. Cities of your size that regulated short-term rentals did best with a simple registry,',
  'a cap per owner and a fee that pays for enforcement.',
  '',
  '- Start with registration before any cap.',
  '- Publish the enforcement numbers every quarter.',
].join('\n');

async function memosLeftOf(city: string): Promise<number> {
  await signInAsMayorOf(city);
  const answer = await call<MemoAllowance>('GET', `/members/${city}/memo-allowance`);
  return expectAnswer(answer, 200, `${city}'s memo allowance`).remaining;
}

/** The mayor asks for a memo (signed in as the mayor already). */
async function askForMemo(city: string): Promise<string> {
  const answer = await call<MemoRequestDetail>('POST', `/members/${city}/memo-requests`, {
    body: SHORT_MEMO_REQUEST,
    headers: idempotencyKey(),
  });
  return expectAnswer(answer, 201, `${city} asks for a memo`).id;
}

/**
 * A memo request MIP has not started on, so the city may still withdraw it. A city that has used
 * its allowance (Lakeport) gets one back first: MIP's policy staff decline its newest open request
 * (memoWithFileOf, called first, delivers the oldest).
 */
export async function submittedMemoOf(city: string): Promise<string> {
  if (isProspective(city)) return noSuch('memo', city);
  if ((await memosLeftOf(city)) === 0) {
    const open = openSeedMemosOf(city).at(-1);
    if (!open) throw new Error(`${city} has no memo left and no open request to decline`);
    await signInAsPolicyStaff();
    const declined = await call('POST', `/staff/memo-requests/${open.id}/decline`, {
      body: { reason: 'MIP covered this question in a briefing book this fall.' },
    });
    expectAnswer(declined, 200, `MIP declines ${open.id}`);
    await signInAsMayorOf(city);
  }
  return askForMemo(city);
}

/**
 * A delivered memo of the city's with a PDF attached: the seed's, or MIP's policy staff deliver one
 * with a file: a request the mayor asks for, or (no memo left) the city's oldest open request.
 */
export async function memoWithFileOf(city: string): Promise<string> {
  if (isProspective(city)) return noSuch('memo', city);
  const found = SEED.memoRequests.find((m) => m.memberId === city && m.memo?.attachment);
  if (found) return found.id;
  const id = (await memosLeftOf(city)) > 0 ? await askForMemo(city) : openSeedMemosOf(city)[0]?.id;
  if (!id) throw new Error(`${city} has no memo left and no open request to deliver`);
  await signInAsPolicyStaff();
  const delivered = await call('POST', `/staff/memo-requests/${id}/deliver`, {
    body: {
      text: MEMO_TEXT,
      attachment: { fileName: 'Short-term rentals.pdf', contentBase64: bytesToBase64(pdfBytes()) },
    },
  });
  expectAnswer(delivered, 200, `MIP delivers ${id} with a file`);
  return id;
}

// ── Dues ──────────────────────────────────────────────────────────────────────────────────────

/** A request for help with this year's dues that MIP has not decided yet: the seed's, or the mayor asks. */
export async function openAssistanceRequestOf(city: string): Promise<string> {
  // A city that hasn't joined has no dues of its own yet: nothing for MIP's finance staff to decide.
  if (isProspective(city)) return noSuch('assist', city);
  const label = membershipYearOf(SEED_DAY).label;
  const found = SEED.assistanceRequests.find(
    (a) => a.memberId === city && a.membershipYearLabel === label && ['submitted', 'under_review'].includes(a.status),
  );
  if (found) return found.id;
  await signInAsMayorOf(city);
  const answer = await call<AssistanceRequest>('POST', `/members/${city}/assistance-requests`, {
    body: { reason: 'The council froze every membership this year; we can pay part of the dues.', canPayCents: 0 },
    headers: idempotencyKey(),
  });
  return expectAnswer(answer, 201, `${city} asks for help with its dues`).id;
}

/** The mayor asks to pay the current membership year's dues by invoice; answers the invoice. */
async function askForInvoice(city: string): Promise<Invoice> {
  await signInAsMayorOf(city);
  const answer = await call<Invoice>('POST', `/members/${city}/invoice-requests`, {
    body: INVOICE_REQUEST,
    headers: idempotencyKey(),
  });
  return expectAnswer(answer, 201, `${city} asks to be invoiced`);
}

/** MIP's finance staff record a check for the whole balance of the invoice, received today. */
async function payInFull(
  invoice: { id: string; instalments: readonly { amountCents: number; paidOn: string | null }[] },
  on: string,
): Promise<void> {
  await signInAsFinanceStaff();
  const balance = invoice.instalments.filter((i) => i.paidOn === null).reduce((sum, i) => sum + i.amountCents, 0);
  const answer = await call('POST', `/staff/invoices/${invoice.id}/payments`, {
    body: { method: 'check', amountCents: balance, receivedOn: on, reference: `CHK-${String((keys += 1))}` },
  });
  expectAnswer(answer, 200, `MIP records the payment of ${invoice.id}`);
}

/**
 * A city that paid this year in full has nothing left to be billed, sent or paid for it: its
 * mayor asks for next year's invoice, on a day of the next membership year (the clock stays there:
 * the caller sets it back).
 */
async function nextYearInvoiceOf(city: string): Promise<Invoice> {
  await setApiClock(NEXT_MEMBERSHIP_YEAR_DAY);
  return askForInvoice(city);
}

/**
 * The city's invoice asked to be sent by purchase order and not yet sent: what MIP's finance staff
 * send. For a city that paid this year in full (Lakeport), next year's, paid in full too, so that
 * sending it is still refused as paid. Leaves the clock at the seed date.
 */
export async function requestedInvoiceOf(city: string): Promise<string> {
  const current = seedInvoiceOf(city);
  if (!current) return noSuch('inv', city); // a prospective city has none: reaching it answers 404
  if (!isPaidInFull(current)) return (await askForInvoice(city)).id;
  const next = await nextYearInvoiceOf(city);
  await payInFull(next, isoDateOf(NEXT_MEMBERSHIP_YEAR_DAY));
  await setApiClock(SEED_DATE);
  return next.id;
}

/**
 * The city's invoice paid in full, with its packet still to post: this year's, once MIP's finance
 * staff record the rest of it; for a city whose packet was posted already (Lakeport), next year's,
 * paid on a day of that year (marking its packet sent takes a day on or after it). Leaves the clock
 * at the seed date.
 */
export async function paidInvoiceWithPacketToPostOf(city: string): Promise<string> {
  const current = seedInvoiceOf(city);
  if (!current) return noSuch('inv', city);
  if (!isPaidInFull(current)) {
    await payInFull(current, SEED_DAY);
    return current.id;
  }
  const next = await nextYearInvoiceOf(city);
  await payInFull(next, isoDateOf(NEXT_MEMBERSHIP_YEAR_DAY));
  await setApiClock(SEED_DATE);
  return next.id;
}

/**
 * A checkout of the city's: the seed's, or its mayor starts one for the next payment. A city that
 * paid this year in full starts one for next year's invoice. Leaves the clock at the seed date.
 */
export async function checkoutOf(city: string): Promise<string> {
  const found = SEED.checkoutSessions.find((c) => c.memberId === city);
  if (found) return found.id;
  const current = seedInvoiceOf(city);
  if (!current) return noSuch('cs', city);
  const invoiceId = isPaidInFull(current) ? (await nextYearInvoiceOf(city)).id : current.id;
  if (invoiceId === current.id) await signInAsMayorOf(city);
  const answer = await call<CheckoutSession>('POST', `/invoices/${invoiceId}/checkout-sessions`, {
    body: { pay: 'next_instalment', returnUrl: `${ORIGIN}/m/${city}/dues` },
    headers: idempotencyKey(),
  });
  const id = expectAnswer(answer, 201, `${city} starts a checkout`).id;
  await setApiClock(SEED_DATE);
  return id;
}

// ── Delegation ────────────────────────────────────────────────────────────────────────────────

/** The mayor of the city lets someone act for them, by e-mail (a new one gets an account). */
export async function delegateTo(
  city: string,
  delegate: { name: string; email: string },
  scopes: readonly Scope[],
): Promise<string> {
  await signInAsMayorOf(city);
  const answer = await call<Delegation>('POST', `/members/${city}/delegations`, {
    body: { name: delegate.name, email: delegate.email, scopes, endsOn: null },
    headers: idempotencyKey(),
  });
  return expectAnswer(answer, 201, `${city}'s mayor delegates to ${delegate.email}`).id;
}

/** A live delegation of the city: the seed's, or one its mayor makes to a new staff member. */
export async function delegationOf(city: string): Promise<string> {
  return (
    liveDelegationIdOf(city) ??
    delegateTo(city, { name: 'Robin Matrix', email: `robin.matrix@${city}.example` }, ['meetings'])
  );
}

// ── Joining ───────────────────────────────────────────────────────────────────────────────────

/**
 * An application MIP has not decided yet, named after the city: a new city applies to join
 * ("Joining Riverton"), so that deciding it makes a new member and leaves the city's own records
 * alone. Applying signs the new mayor in.
 */
export async function pendingApplicationOf(city: string): Promise<string> {
  const { city: name, state } = memberOf(city);
  const answer = await call<Application>('POST', '/applications', {
    body: {
      city: `Joining ${name}`,
      state,
      population: 45_000,
      mayorName: 'Robin Applicant',
      email: `applicant@joining-${city}.example`,
      termStartedOn: '2025-01-06',
      billingContactName: 'Robin Applicant',
      billingContactEmail: `finance@joining-${city}.example`,
      password: 'a long enough password',
    },
    headers: idempotencyKey(),
  });
  return expectAnswer(answer, 201, `Joining ${name} applies`).id;
}

/**
 * For a prospective city: MIP's finance staff ask a question on its application, which waits for
 * the applicant's answer. Answers the application's id (undefined for a member city: none to ask).
 */
export async function questionWaitingFor(city: string): Promise<string | undefined> {
  if (!isProspective(city)) return undefined;
  const application = SEED.applications.find((a) => a.memberId === city);
  if (!application) throw new Error(`No application of ${city} in the seed`);
  await signInAsFinanceStaff();
  const answer = await call('POST', `/staff/applications/${application.id}/ask`, {
    body: { question: 'Has your council voted to fund the membership this year?' },
  });
  expectAnswer(answer, 200, `MIP asks ${city} a question`);
  return application.id;
}

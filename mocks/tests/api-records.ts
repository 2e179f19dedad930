import { expect } from 'vitest';
import type { BookInput } from '../../src/api/contracts/staff-library';
import type { MeetingInput } from '../../src/api/contracts/staff-meetings';
import { isoDateOf, membershipYearOf } from '../../src/lib/membership-year';
import {
  call,
  INVOICE_REQUEST,
  MEETING_INPUT,
  mayorAskingTravelSupport,
  SEED_DATE,
  SHORT_MEMO_REQUEST,
  TRAVEL_SUPPORT_ASKED,
  type ApiAnswer,
} from './api';
import { SEED } from './seed-fixture';

/**
 * Records the black-box API suites (mass assignment, hostile input) need, made through the API by
 * the person who would make them: a city's mayor registers, asks for a memo, for help with dues or
 * for travel support; a new city applies; MIP's finance staff ask an application question and
 * record payments. Ids come from the API's answers. The seed fixture is only read, for the ids and
 * facts the seed loads (who is a city's mayor, which invoice is this year's). Each helper leaves
 * the session signed in as whoever acted last: a test signs in as its own actor afterwards.
 */

/** The Winter Meeting every city can still register for, edit and cancel. */
export const UPCOMING_MEETING = 'winter-2027';
/** Open for registration, offers travel support, invites Riverton and Lakeport. */
export const TRAVEL_MEETING = 'housing-affordability-convening';

export const FINANCE_STAFF_EMAIL = 'theo.grant@mayorsinnovation.example';
export const PROGRAMS_STAFF_EMAIL = 'morgan.hale@mayorsinnovation.example';

/** "Today" of the seed the suites reset to. */
export const SEED_DAY = isoDateOf(SEED_DATE);

let sequence = 0;
/** A fresh Idempotency-Key (or any unique suffix) for a request the helpers send. */
export const freshKey = (prefix = 'records'): string => `${prefix}-${String((sequence += 1))}`;

/** The answer, when it is the success expected; else the test fails saying what was tried. */
export function made(answer: ApiAnswer, what: string, status?: number): unknown {
  const ok = status === undefined ? answer.status >= 200 && answer.status < 300 : answer.status === status;
  if (!ok) throw new Error(`${what} answered ${String(answer.status)} ${JSON.stringify(answer.body).slice(0, 400)}`);
  return answer.body;
}

export async function signOut(): Promise<void> {
  expect((await call('DELETE', '/session')).status).toBe(204);
}

/** Signs in with the demo password (or `password`), ending whatever session there was. */
export async function signInWith(email: string, password = 'demo'): Promise<void> {
  made(await call('POST', '/session', { body: { email, password } }), `sign in as ${email}`, 201);
}

export interface PersonFacts {
  id: string;
  name: string;
  email: string;
}

/** The city's mayor as the seed loads them. */
export function mayorOf(city: string): PersonFacts {
  const member = SEED.members.find((m) => m.id === city);
  const mayor = SEED.people.find((p) => p.id === member?.mayorId);
  if (!mayor) throw new Error(`The seed has no mayor for ${city}`);
  return { id: mayor.id, name: mayor.name, email: mayor.email };
}

export const signInAsMayorOf = (city: string): Promise<void> => signInWith(mayorOf(city).email);

/** The city's invoice id for the seed day's membership year, as the seed loads it (undefined: none). */
export function seededInvoiceOf(city: string) {
  const label = membershipYearOf(SEED_DAY).label;
  return SEED.invoices.find((i) => i.memberId === city && i.membershipYearLabel === label);
}

/** The amount of the first payment the seed leaves owed on the city's invoice this year. */
export function seededNextDueCentsOf(city: string): number | undefined {
  return seededInvoiceOf(city)?.instalments.find((i) => i.paidOn === null)?.amountCents;
}

/** The city's delivered memo in the seed, if it has one. */
export function deliveredMemoIdOf(city: string): string | undefined {
  return SEED.memoRequests.find((m) => m.memberId === city && m.status === 'delivered' && m.memo)?.id;
}

/** The city's live delegation (not revoked, no end date) in the seed, if it has one. */
export function liveDelegationIdOf(city: string): string | undefined {
  return SEED.delegations.find((d) => d.memberId === city && d.revokedAt === null && d.endsOn === null)?.id;
}

/** A live registration of the city for the upcoming meeting: the seed's, or one its mayor makes. */
export async function liveRegistrationOf(city: string): Promise<string> {
  const found = SEED.registrations.find(
    (r) => r.memberId === city && r.meetingId === UPCOMING_MEETING && r.status !== 'cancelled',
  );
  if (found) return found.id;
  await signInAsMayorOf(city);
  const answer = await call('POST', `/members/${city}/registrations`, {
    body: {
      meetingId: UPCOMING_MEETING,
      attendees: [
        { kind: 'council', name: 'Casey Quinn', title: 'Council Member', email: `casey.quinn@${city}.example` },
      ],
    },
    headers: { 'Idempotency-Key': freshKey() },
  });
  const { items } = made(answer, `register ${city} for ${UPCOMING_MEETING}`, 201) as { items: { id: string }[] };
  return items[0]?.id ?? '';
}

/** A memo request the city's mayor has just submitted: MIP has not started on it. */
export async function submittedMemoOf(city: string): Promise<string> {
  await signInAsMayorOf(city);
  const answer = await call('POST', `/members/${city}/memo-requests`, {
    body: SHORT_MEMO_REQUEST,
    headers: { 'Idempotency-Key': freshKey() },
  });
  return (made(answer, `a memo request of ${city}`, 201) as { id: string }).id;
}

/** A request for help with this year's dues that the city's mayor has just sent. */
export async function openAssistanceRequestOf(city: string): Promise<string> {
  await signInAsMayorOf(city);
  const answer = await call('POST', `/members/${city}/assistance-requests`, {
    body: { reason: 'The council froze every membership this year; we can pay part of the dues.', canPayCents: 0 },
    headers: { 'Idempotency-Key': freshKey() },
  });
  return (made(answer, `an assistance request of ${city}`, 201) as { id: string }).id;
}

/** The city's mayor registers for the meeting that offers travel support, asking for it: its registration id. */
export async function requestedTravelSupportOf(city: string): Promise<string> {
  const mayor = mayorOf(city);
  await signInWith(mayor.email);
  const answer = await call('POST', `/members/${city}/registrations`, {
    body: {
      meetingId: TRAVEL_MEETING,
      attendees: [mayorAskingTravelSupport(mayor)],
    },
    headers: { 'Idempotency-Key': freshKey() },
  });
  const { items } = made(answer, `${city}'s mayor asks for travel support`, 201) as { items: { id: string }[] };
  return items[0]?.id ?? '';
}

/** MIP's programs and policy staff write a book or resource, a draft: its id. */
export async function staffBookOf(input: BookInput): Promise<string> {
  await signInWith(PROGRAMS_STAFF_EMAIL);
  const answer = await call('POST', '/staff/briefing-books', {
    body: input,
    headers: { 'Idempotency-Key': freshKey() },
  });
  return (made(answer, `MIP writes the book ${input.title}`, 201) as { id: string }).id;
}

/** MIP's programs staff make a meeting (as staff write it): its id. */
export async function staffMeetingOf(input: MeetingInput): Promise<string> {
  await signInWith(PROGRAMS_STAFF_EMAIL);
  const answer = await call('POST', '/staff/meetings', { body: input, headers: { 'Idempotency-Key': freshKey() } });
  return (made(answer, `MIP makes the meeting ${input.title}`, 201) as { id: string }).id;
}

/**
 * A meeting open to every member that MIP's programs staff have just made, with the city's mayor
 * registered for it (so cancelling it tells someone): the meeting's id.
 */
export async function registeredMeetingOf(city: string): Promise<string> {
  const meetingId = await staffMeetingOf(MEETING_INPUT);
  const mayor = mayorOf(city);
  await signInWith(mayor.email);
  const answer = await call('POST', `/members/${city}/registrations`, {
    body: { meetingId, attendees: [{ kind: 'mayor', name: mayor.name, title: 'Mayor', email: mayor.email }] },
    headers: { 'Idempotency-Key': freshKey() },
  });
  made(answer, `${city}'s mayor registers for ${meetingId}`, 201);
  return meetingId;
}

export interface Applicant {
  applicationId: string;
  memberId: string;
  email: string;
  password: string;
}

/**
 * A prospective city that has just applied (nobody signed in): an application MIP has not decided,
 * of a city of its own, so that deciding it leaves the seeded cities alone. The applicant is left
 * signed in, as the joining endpoint does.
 */
export async function pendingApplication(label: string): Promise<Applicant> {
  await signOut();
  const key = freshKey(label);
  const email = `mayor@${key}.example`;
  const password = 'a long enough password';
  const answer = await call('POST', '/applications', {
    body: {
      city: `Joining ${key}`,
      state: 'TN',
      population: 31_400,
      mayorName: 'Robin Hart',
      email,
      termStartedOn: '2025-01-06',
      billingContactName: 'Robin Hart',
      billingContactEmail: `finance@${key}.example`,
      password,
    },
    headers: { 'Idempotency-Key': key },
  });
  const { id, memberId } = made(answer, 'a new city applies', 201) as { id: string; memberId: string };
  return { applicationId: id, memberId, email, password };
}

/** The seeded application of a prospective city. */
export function seededApplicationOf(city: string): string {
  const found = SEED.applications.find((a) => a.memberId === city);
  if (!found) throw new Error(`The seed has no application of ${city}`);
  return found.id;
}

/** MIP's finance staff ask the prospective city's applicant a question, which now waits for an answer. */
export async function questionWaitingFor(city: string): Promise<void> {
  await signInWith(FINANCE_STAFF_EMAIL);
  const answer = await call('POST', `/staff/applications/${seededApplicationOf(city)}/ask`, {
    body: { question: 'Has your council voted to fund the membership this year?' },
  });
  made(answer, `MIP asks ${city}'s applicant a question`, 200);
}

/** How a city asks for its invoice to be sent by purchase order, with its own finance e-mail. */
const invoiceRequestBody = (city: string) => ({ ...INVOICE_REQUEST, contactEmail: `finance@${city}.example` });

/** The city's mayor asks for this year's invoice to be sent by purchase order: the invoice id. */
export async function requestedInvoiceOf(city: string): Promise<string> {
  await signInAsMayorOf(city);
  const answer = await call('POST', `/members/${city}/invoice-requests`, {
    body: invoiceRequestBody(city),
    headers: { 'Idempotency-Key': freshKey() },
  });
  return (made(answer, `${city} asks for its invoice`) as { id: string }).id;
}

/** MIP's finance staff record a check paying what is owed on the city's invoice this year: its packet waits to be posted. */
export async function paidInvoiceWithPacketToPostOf(city: string): Promise<string> {
  const invoice = seededInvoiceOf(city);
  if (!invoice) throw new Error(`${city} has no invoice this year`);
  await signInWith(FINANCE_STAFF_EMAIL);
  const owed = invoice.instalments.filter((i) => i.paidOn === null).reduce((sum, i) => sum + i.amountCents, 0);
  const answer = await call('POST', `/staff/invoices/${invoice.id}/payments`, {
    body: { method: 'check', amountCents: owed, receivedOn: SEED_DAY, reference: 'CHK-20001' },
  });
  made(answer, `MIP records ${city}'s payment`);
  return invoice.id;
}

// ── Pools: several records of a kind at once, for suites that use one up per request ───────

/** The seed's member cities (not prospective ones), the given one first. */
function memberCitiesFrom(first: string): string[] {
  const others = SEED.members.filter((m) => m.kind === 'member' && m.id !== first).map((m) => m.id);
  return [first, ...others];
}

/**
 * Up to `count` records, one per member city (`first` first), each made by `make` through the API;
 * a city the API refuses it for (its allowance used, a request already open, nothing owed) is
 * passed over. At least one is made, or the test fails.
 */
async function onePerCity<T>(
  first: string,
  count: number,
  make: (city: string) => Promise<T | undefined>,
): Promise<T[]> {
  const records: T[] = [];
  for (const city of memberCitiesFrom(first)) {
    if (records.length >= count) break;
    const record = await make(city);
    if (record !== undefined) records.push(record);
  }
  if (records.length === 0) throw new Error(`No city could make the record (starting from ${first})`);
  return records;
}

const createdId = (answer: ApiAnswer): string | undefined =>
  answer.status === 201 ? (answer.body as { id: string }).id : undefined;

/** Memo requests cities' mayors have just submitted, one per city with its allowance not used up. */
export function submittedMemosOf(first: string, count: number): Promise<string[]> {
  return onePerCity(first, count, async (city) => {
    await signInAsMayorOf(city);
    const answer = await call('POST', `/members/${city}/memo-requests`, {
      body: SHORT_MEMO_REQUEST,
      headers: { 'Idempotency-Key': freshKey() },
    });
    return createdId(answer);
  });
}

/**
 * Requests for help with this year's dues cities' mayors have just sent, one per city that may and
 * still owes a payment (so MIP can approve it too).
 */
export function openAssistanceRequestsOf(first: string, count: number): Promise<string[]> {
  return onePerCity(first, count, async (city) => {
    if (seededNextDueCentsOf(city) === undefined) return undefined;
    await signInAsMayorOf(city);
    const answer = await call('POST', `/members/${city}/assistance-requests`, {
      body: { reason: 'The council froze every membership this year; we can pay part of the dues.', canPayCents: 0 },
      headers: { 'Idempotency-Key': freshKey() },
    });
    return createdId(answer);
  });
}

/**
 * Invoices this year that cities' mayors have just asked to be sent by purchase order, one per city
 * whose invoice still has a payment owed (so MIP can also record one): the invoice and what is owed next.
 */
export function requestedInvoicesOf(
  first: string,
  count: number,
): Promise<{ invoiceId: string; nextDueCents: number }[]> {
  return onePerCity(first, count, async (city) => {
    const nextDueCents = seededNextDueCentsOf(city);
    if (nextDueCents === undefined || seededInvoiceOf(city)?.billing) return undefined;
    await signInAsMayorOf(city);
    const answer = await call('POST', `/members/${city}/invoice-requests`, {
      body: invoiceRequestBody(city),
      headers: { 'Idempotency-Key': freshKey() },
    });
    const invoiceId = createdId(answer);
    return invoiceId === undefined ? undefined : { invoiceId, nextDueCents };
  });
}

/** The city's mayor registers `count` council members for the meeting that offers travel support, each asking for it. */
export async function travelSupportRequestsOf(city: string, count: number): Promise<string[]> {
  await signInAsMayorOf(city);
  const attendees = Array.from({ length: count }, (_, i) => ({
    kind: 'council',
    name: `Council Member ${String(i + 1)}`,
    title: 'Council Member',
    email: `council.${String(i + 1)}@${city}.example`,
    travelSupport: TRAVEL_SUPPORT_ASKED,
  }));
  const answer = await call('POST', `/members/${city}/registrations`, {
    body: { meetingId: TRAVEL_MEETING, attendees },
    headers: { 'Idempotency-Key': freshKey() },
  });
  const { items } = made(answer, `${city} asks travel support for ${String(count)}`, 201) as {
    items: { id: string }[];
  };
  return items.map((r) => r.id);
}

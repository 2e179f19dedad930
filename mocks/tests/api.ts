import type { InvoiceRequestBodyInput } from '../../src/api/contracts/dues';
import type { MemoRequestBodyInput } from '../../src/api/contracts/memos';
import type { Session } from '../../src/api/contracts/session';
import type { BookInput } from '../../src/api/contracts/staff-library';
import type { MeetingInput } from '../../src/api/contracts/staff-meetings';
import { clock } from '../clock';
import { resetMockApi } from '../control';
import { welcomeTokenIn } from '../lib/outbox-words';
import { PINNED_NOW } from '../../tests/setup/pinned-clock';

/** Test-only helpers: real fetch calls that the MSW Node server from the global setup answers. */
export const ORIGIN = 'http://localhost:3000';
export const API = `${ORIGIN}/api/v1`;

/** The tests' "today", frozen for tests that move the mock's clock by hand. */
export const SEED_DATE = new Date(PINNED_NOW);

export const EMAILS = {
  ana: 'ana.ortiz@riverton.example',
  marcus: 'marcus.bell@lakeport.example',
  dana: 'dana.whitfield@cedarfalls.example',
  jordan: 'jordan.lee@riverton.example',
  morgan: 'morgan.hale@mayorsinnovation.example',
  theo: 'theo.grant@mayorsinnovation.example',
  elena: 'elena.park@mayorsinnovation.example',
  lee: 'lee.chen@millbrook.example',
} as const;
export type DemoAccount = keyof typeof EMAILS;

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface ErrorAnswer {
  error: { code: string; message: string; fieldErrors?: Record<string, string[]> };
}

export async function call<T = unknown>(
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path.startsWith('http') ? path : `${API}${path}`, {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body),
    credentials: 'include',
    signal: options.signal,
  });
  const type = response.headers.get('Content-Type') ?? '';
  // A file endpoint (a memo's PDF) answers bytes: they come back as they are.
  if (type !== '' && !type.startsWith('text/') && !type.includes('json')) {
    return {
      status: response.status,
      body: new Uint8Array(await response.arrayBuffer()) as T,
      headers: response.headers,
    };
  }
  const text = await response.text();
  // Text endpoints (text/calendar) answer their text; everything else answers JSON.
  const json = !response.headers.get('Content-Type')?.startsWith('text/');
  const body = text === '' ? null : json ? (JSON.parse(text) as unknown) : text;
  return { status: response.status, body: body as T, headers: response.headers };
}

export async function signIn(account: DemoAccount): Promise<Session> {
  const answer = await call<Session>('POST', '/session', { body: { email: EMAILS[account], password: 'demo' } });
  if (answer.status !== 201)
    throw new Error(`Sign-in as ${account} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

export async function startPreview(
  memberId: string,
  reason = 'Helping the city with its dashboard',
): Promise<ApiAnswer> {
  return call('POST', '/staff/previews', { body: { memberId, reason } });
}

/** Freezes the mock's clock at the test seed date and reseeds for it. */
export function useSeedDate(date: Date = SEED_DATE): void {
  clock.set(date);
  resetMockApi();
}

/**
 * The black-box suites' way to set state: the runtime's test-only control endpoints
 * (server/http/test-control.ts), so the same suite runs on the memory store, PGlite and PostgreSQL.
 */
async function control(action: string, body: unknown): Promise<void> {
  const answer = await call('POST', `/__test/${action}`, { body });
  if (answer.status !== 204)
    throw new Error(`Control ${action} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
}

/** The seed for `date` (the tests' "today" unless told), with the clock frozen there. */
export const resetApi = (date: Date = SEED_DATE) => control('reset', { now: date.toISOString() });
/** Saves the data and the clock as they stand, for `restoreApiSnapshot`. */
export const saveApiSnapshot = (name: string) => control('snapshots', { name });
/** The data and the clock as `saveApiSnapshot(name)` left them. */
export const restoreApiSnapshot = (name: string) => control('reset', { snapshot: name });
/** Freezes the runtime's clock at `date`; null lets it run. */
export const setApiClock = (date: Date | null) => control('clock', { now: date?.toISOString() ?? null });
export const advanceApiClock = (ms: number) => control('clock', { advanceMs: ms });

/** The e-mails stored for an address, newest first, as their person reads them (test control). */
export async function mailboxOf(address: string): Promise<{ subject: string; body: string; createdAt: string }[]> {
  const answer = await call<{ items: { subject: string; body: string; createdAt: string }[] }>(
    'GET',
    `/__test/outbox?to=${encodeURIComponent(address)}`,
  );
  if (answer.status !== 200) throw new Error(`Reading the mailbox of ${address} answered ${String(answer.status)}`);
  return answer.body.items;
}

/** The token of the newest welcome link in a person's mailbox. */
export async function welcomeTokenOf(address: string): Promise<string> {
  for (const email of await mailboxOf(address)) {
    const token = welcomeTokenIn(email.body);
    if (token) return token;
  }
  throw new Error(`No welcome link in the mailbox of ${address}`);
}

/** A valid memo request (Riverton's mayor has memos left in the seed): the black-box suites' usual body. */
export const MEMO_REQUEST: MemoRequestBodyInput = {
  title: 'Regulating short-term rentals',
  policyAreaId: 'housing',
  question: 'How have cities of our size regulated short-term rentals, and what did enforcement cost?',
  background: 'Council votes on a draft ordinance in February.',
  desiredDate: '2027-01-15',
};

/** A memo request with only what it needs: the records the suites make by the dozen. */
export const SHORT_MEMO_REQUEST: MemoRequestBodyInput = {
  title: 'Regulating short-term rentals',
  policyAreaId: 'housing',
  question: 'How have peer cities regulated short-term rentals without hurting tourism?',
  background: '',
  desiredDate: null,
};

/** How a city asks for its invoice to be sent by purchase order (any city: the records the suites make). */
export const INVOICE_REQUEST: InvoiceRequestBodyInput = {
  contactName: 'City Finance Department',
  contactEmail: 'finance@city.example',
  addressLine1: 'City Hall',
  addressLine2: '',
  city: 'Riverton',
  state: 'WI',
  postalCode: '53703',
  purchaseOrderNumber: 'PO 2026-118',
};

/** Riverton's own request for its invoice by purchase order, as Ana sends it. */
export const RIVERTON_INVOICE_REQUEST: InvoiceRequestBodyInput = {
  contactName: 'Riverton Finance Department',
  contactEmail: 'finance@riverton.example',
  addressLine1: 'City Hall, Room 210',
  city: 'Riverton',
  state: 'WI',
  postalCode: '53703',
  purchaseOrderNumber: 'PO 2026-118',
};

/** What an attendee asking MIP for travel support says it will cost. */
export const TRAVEL_SUPPORT_ASKED = { estimatedCostCents: 84_000, note: 'Flight and two hotel nights' };

/** The mayor as the attendee of a registration, asking for travel support. */
export function mayorAskingTravelSupport(mayor: { name: string; email: string }) {
  return { kind: 'mayor', name: mayor.name, title: 'Mayor', email: mayor.email, travelSupport: TRAVEL_SUPPORT_ASKED };
}

/**
 * A meeting as MIP's programs staff write it (wall-clock times in its zone): a summer meeting open
 * to every member, registration open on the seed day. Suites make it invite-only where it should
 * reach no city.
 */
export const MEETING_INPUT = {
  kind: 'summer',
  title: 'Summer Meeting on Heat and Health',
  summary: 'Mayors compare what their cities did about extreme heat, and what they would do next.',
  timeZone: 'America/Chicago',
  startsAt: '2027-07-14T09:00',
  endsAt: '2027-07-15T16:00',
  venue: { name: 'Riverfront Convention Center', address: '200 Water Street', city: 'Milwaukee', state: 'WI' },
  capacity: 120,
  registrationOpensAt: '2026-11-01T09:00',
  registrationClosesAt: '2027-06-30T17:00',
  travelSupportOffered: true,
  agenda: [{ startsAt: '2027-07-14T09:30', title: 'Opening session', description: 'What cities learned last summer.' }],
} satisfies MeetingInput;

/** A policy resource as MIP's staff write it: with rich text, a section, a speaker and a reading. */
export const BOOK_INPUT = {
  kind: 'resource',
  title: 'Cooling centers that people use',
  summary: 'What makes residents go to a cooling center on the hottest days, from five cities.',
  policyArea: 'health',
  meetingId: null,
  introductionHtml: '<p>Cities can <strong>act</strong> before the next heat wave.</p>',
  sections: [
    {
      kind: 'panel',
      title: 'What residents told us',
      bodyHtml: '<ul><li>Open late</li><li>Bring pets</li></ul>',
      speakers: [{ name: 'Rosa Diaz', title: 'Health Commissioner', city: 'Phoenix' }],
      readings: [{ title: 'Heat and health', url: 'https://example.org/heat', source: 'Example Institute' }],
    },
  ],
} satisfies BookInput;

export function errorCode(answer: ApiAnswer): string | undefined {
  return (answer.body as ErrorAnswer | null)?.error.code;
}

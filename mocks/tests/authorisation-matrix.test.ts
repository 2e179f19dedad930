// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as core from 'zod/v4/core';
import { fillPath, type Endpoint } from '../../src/api/contracts/endpoint';
import { endpoints } from '../../src/api/contracts/endpoints';
import { isoDateOf } from '../../src/lib/membership-year';
import {
  call,
  BOOK_INPUT,
  MEETING_INPUT,
  ORIGIN,
  resetApi,
  restoreApiSnapshot,
  saveApiSnapshot,
  SEED_DATE,
  setApiClock,
  welcomeTokenOf,
  type ApiAnswer,
} from './api';
import {
  MEMO_TEXT,
  NEXT_MEMBERSHIP_YEAR_DAY,
  UPCOMING_MEETING,
  checkoutOf,
  delegateTo,
  deliveredMemoIdOf,
  delegationOf,
  isProspective,
  liveRegistrationOf,
  mayorOf,
  memoWithFileOf,
  noSuch,
  openAssistanceRequestOf,
  paidInvoiceWithPacketToPostOf,
  pendingApplicationOf,
  questionWaitingFor,
  requestedInvoiceOf,
  requestedTravelSupportOf,
  seedInvoiceOf,
  signInWith,
  staffMeetingOf,
  submittedMemoOf,
} from './api-fixtures';
import { SEED } from './seed-fixture';
import {
  ACTOR_KINDS,
  ACTORS,
  MEMORY_ONLY_CELLS,
  POLICY,
  expectationOf,
  isUnbound,
  type ActorKind,
  type Side,
  type Target,
} from './authorisation-policy';

/**
 * The authorisation matrix (quality.md, "Security and roles"): every endpoint of the inventory ×
 * every actor × {own city, another city}, generated from `endpoints` and the policy table in
 * authorisation-policy.ts. A denied cell must answer 401, 403 or 404, never 2xx. Each request is
 * valid (path, query, body, Idempotency-Key), so the access rule decides, not a 400 or 422.
 *
 * Black-box: the records the cells aim at are made once, through the API, as the people who would
 * make them (api-fixtures.ts), and saved as snapshots of the runtime; each cell restores the
 * snapshot its endpoint needs, signs its actor in and sends one request. So the matrix runs
 * unchanged on the embedded mock, PGlite and PostgreSQL.
 */

const inventory: Endpoint[] = Object.values(endpoints);
const DENIED_STATUSES = [401, 403, 404];

// ── Records the cells aim at: made through the API once, kept as snapshots ────────────────────

/** The cities the actors aim at (own and another). */
const CITIES = [...new Set(ACTOR_KINDS.flatMap((a) => [ACTORS[a].own.city, ACTORS[a].another.city]))];

/**
 * The states a cell starts from. `matrix`: the seed, plus the live delegations the actors' grants
 * need; every endpoint that makes a record starts here, so nothing made for another endpoint stands
 * in its way (an open request for help refuses a second one, the free Winter Meeting is used once).
 * The others add records that would clash with each other (one invoice can't be both waiting to
 * be sent and paid with its packet to post).
 */
type SnapshotName =
  | 'matrix'
  | 'matrix_records'
  | 'matrix_question'
  | 'matrix_invoice_requests'
  | 'matrix_packets'
  | 'matrix_checkouts'
  | 'matrix_meetings'
  | 'matrix_welcome';

const SNAPSHOT_OF: Partial<Record<string, SnapshotName>> = {
  updateRegistration: 'matrix_records',
  cancelRegistration: 'matrix_records',
  getMemoAttachment: 'matrix_records',
  withdrawMemoRequest: 'matrix_records',
  assignMemoRequest: 'matrix_records',
  progressMemoRequest: 'matrix_records',
  declineMemoRequest: 'matrix_records',
  deliverMemoRequest: 'matrix_records',
  getStaffTravelSupport: 'matrix_records',
  approveTravelSupport: 'matrix_records',
  declineTravelSupport: 'matrix_records',
  getStaffAssistanceRequest: 'matrix_records',
  approveAssistanceRequest: 'matrix_records',
  declineAssistanceRequest: 'matrix_records',
  getStaffApplication: 'matrix_records',
  approveApplication: 'matrix_records',
  declineApplication: 'matrix_records',
  askApplicationQuestion: 'matrix_records',
  updateDelegation: 'matrix_records',
  revokeDelegation: 'matrix_records',
  answerApplicationQuestion: 'matrix_question',
  issueInvoice: 'matrix_invoice_requests',
  markPacketSent: 'matrix_packets',
  getCheckoutSession: 'matrix_checkouts',
  updateMeeting: 'matrix_meetings',
  setMeetingInvitations: 'matrix_meetings',
  getWelcomeLink: 'matrix_welcome',
  acceptWelcomeLink: 'matrix_welcome',
};

/** The day each snapshot's clock stands at: what "today" is in a cell's body. */
const SNAPSHOT_DAY: Record<SnapshotName, string> = {
  matrix: isoDateOf(SEED_DATE),
  matrix_records: isoDateOf(SEED_DATE),
  matrix_question: isoDateOf(SEED_DATE),
  matrix_invoice_requests: isoDateOf(SEED_DATE),
  // Lakeport posted this year's packet already: next year's, paid on a day of that year, is to post.
  matrix_packets: isoDateOf(NEXT_MEMBERSHIP_YEAR_DAY),
  matrix_checkouts: isoDateOf(SEED_DATE),
  matrix_meetings: isoDateOf(SEED_DATE),
  matrix_welcome: isoDateOf(SEED_DATE),
};

type RecordKind =
  | 'registration'
  | 'travelSupport'
  | 'memoWithFile'
  | 'submittedMemo'
  | 'assistanceRequest'
  | 'application'
  | 'delegation'
  | 'requestedInvoice'
  | 'paidInvoice'
  | 'checkout';

/** The id of each kind of record, per city, as the API answered it (or the seed holds it). */
const records = {} as Record<RecordKind, Record<string, string>>;

async function eachCity(kind: RecordKind, build: (city: string) => Promise<string>): Promise<void> {
  const ids: Record<string, string> = {};
  for (const city of CITIES) ids[city] = await build(city);
  records[kind] = ids;
}

/** The invite-only meeting MIP's programs staff made for the matrix (no city invited yet). */
let staffMeeting = '';

/** A colleague MIP's admin has just invited: the welcome link's token is in their mailbox only. */
const INVITED_COLLEAGUE = {
  name: 'Priya Raman',
  email: 'priya.raman.matrix@mayorsinnovation.example',
  title: '',
  areas: ['programs'],
};
let welcomeToken = '';

function recordOf(kind: RecordKind, city: string): string {
  const id = records[kind][city];
  if (!id) throw new Error(`No ${kind} of ${city} was made`);
  return id;
}

beforeAll(async () => {
  await resetApi();
  // Live delegations the seed has no delegate for (Marcus lets Tom act in memos and dues).
  for (const actor of ACTOR_KINDS) {
    const { email, grant } = ACTORS[actor];
    if (!grant || !email) continue;
    const delegate = SEED.people.find((p) => p.email === email);
    if (!delegate) throw new Error(`No person with the e-mail ${email}`);
    await delegateTo(grant.city, { name: delegate.name, email }, grant.scopes);
  }
  await saveApiSnapshot('matrix');

  await eachCity('registration', liveRegistrationOf);
  await eachCity('travelSupport', requestedTravelSupportOf);
  await eachCity('memoWithFile', memoWithFileOf);
  await eachCity('submittedMemo', submittedMemoOf);
  await eachCity('assistanceRequest', openAssistanceRequestOf);
  await eachCity('application', pendingApplicationOf);
  await eachCity('delegation', delegationOf);
  await saveApiSnapshot('matrix_records');

  await restoreApiSnapshot('matrix');
  for (const city of CITIES) await questionWaitingFor(city);
  await saveApiSnapshot('matrix_question');

  await restoreApiSnapshot('matrix');
  await eachCity('requestedInvoice', requestedInvoiceOf);
  await saveApiSnapshot('matrix_invoice_requests');

  await restoreApiSnapshot('matrix');
  await eachCity('paidInvoice', paidInvoiceWithPacketToPostOf);
  // Posting a packet takes a day on or after the payment: Lakeport's (next year's) was paid then.
  await setApiClock(NEXT_MEMBERSHIP_YEAR_DAY);
  await saveApiSnapshot('matrix_packets');

  await restoreApiSnapshot('matrix');
  await eachCity('checkout', checkoutOf);
  await saveApiSnapshot('matrix_checkouts');

  await restoreApiSnapshot('matrix');
  staffMeeting = await staffMeetingOf({ ...MEETING_INPUT, kind: 'invite_only' });
  await saveApiSnapshot('matrix_meetings');

  await restoreApiSnapshot('matrix');
  await signInWith(ACTORS.staffAdmin.email ?? '');
  const invited = await call('POST', '/staff/accounts', {
    body: INVITED_COLLEAGUE,
    headers: { 'Idempotency-Key': 'matrix-welcome' },
  });
  expect(invited.status, `invite a colleague: ${JSON.stringify(invited.body)}`).toBe(201);
  welcomeToken = await welcomeTokenOf(INVITED_COLLEAGUE.email);
  await saveApiSnapshot('matrix_welcome');
}, 120_000);

afterAll(async () => {
  await setApiClock(null);
});

// ── Building a valid request for a cell ──────────────────────────────────────────────────────

const PERSON_PARAMS = new Set(['personId']);
const RECORD_PARAMS = new Set([
  'registrationId',
  'memoRequestId',
  'invoiceId',
  'checkoutSessionId',
  'delegationId',
  'assistanceRequestId',
  'applicationId',
]);

function pathParamsOf(endpoint: Endpoint): string[] {
  return [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

function shapeKeysOf(schema: core.$ZodType | undefined): string[] {
  const shape = (schema?._zod.def as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** What "own" and "another" are for an endpoint: a person, a city's record, a city, or nothing. */
function targetKindOf(endpoint: Endpoint): 'person' | 'record' | 'city' | 'none' {
  const params = pathParamsOf(endpoint);
  if (params.some((p) => PERSON_PARAMS.has(p))) return 'person';
  if (params.some((p) => RECORD_PARAMS.has(p))) return 'record';
  const namesCity = [params, shapeKeysOf(endpoint.query), shapeKeysOf(endpoint.body)].some((keys) =>
    keys.includes('memberId'),
  );
  return namesCity ? 'city' : 'none';
}

/** Changes only an open request takes (withdrawn by the city, or worked by MIP's staff): a submitted one is made. */
const OPEN_MEMO_OPERATIONS = new Set([
  'withdrawMemoRequest',
  'assignMemoRequest',
  'progressMemoRequest',
  'declineMemoRequest',
  'deliverMemoRequest',
]);

function pathParam(name: string, endpoint: Endpoint, target: Target): string {
  switch (name) {
    case 'memberId':
      return target.city;
    case 'personId':
      return target.person;
    case 'meetingId':
      // Staff change a meeting of their own making (only an invite-only one takes invitations); they
      // cancel, and read, the upcoming Winter Meeting every city can register for.
      if (['updateMeeting', 'setMeetingInvitations'].includes(endpoint.operationId)) return staffMeeting;
      return UPCOMING_MEETING;
    case 'bookId':
      return 'bb-winter-2026';
    case 'trackId':
      // The identity track: the rule that matters is that only the mayor themself joins or leaves it.
      return 'womens-network';
    case 'registrationId':
      // MIP's programs staff decide a request still waiting (made for every city that can ask, as staff reach any).
      if (endpoint.path.startsWith('/staff/travel-support/')) return recordOf('travelSupport', target.city);
      return recordOf('registration', target.city);
    case 'memoRequestId':
      if (endpoint.operationId === 'getMemoAttachment') return recordOf('memoWithFile', target.city);
      return OPEN_MEMO_OPERATIONS.has(endpoint.operationId)
        ? recordOf('submittedMemo', target.city)
        : (deliveredMemoIdOf(target.city) ?? noSuch('memo', target.city));
    case 'assistanceRequestId':
      // A request MIP has not decided yet (a prospective city has no dues to ask help with).
      return recordOf('assistanceRequest', target.city);
    case 'applicationId':
      // An application MIP has not decided yet, of a new city that applied for the cell's city.
      return recordOf('application', target.city);
    case 'invoiceId':
      // Staff send an invoice the city asked for, and post the packet of one paid in full.
      if (endpoint.operationId === 'issueInvoice') return recordOf('requestedInvoice', target.city);
      if (endpoint.operationId === 'markPacketSent') return recordOf('paidInvoice', target.city);
      return seedInvoiceOf(target.city)?.id ?? noSuch('inv', target.city);
    case 'checkoutSessionId':
      return recordOf('checkout', target.city);
    case 'delegationId':
      return recordOf('delegation', target.city);
    case 'token':
      // A live welcome link: the token is the credential, whoever is signed in (a public endpoint).
      return welcomeToken;
    default:
      throw new Error(`No value for {${name}} of ${endpoint.operationId}: teach pathParam() about it`);
  }
}

const QUERY_VALUES: Record<string, (target: Target) => string> = {
  memberId: (t) => t.city,
  population: () => '212000',
};

interface BodyContext {
  actor: ActorKind;
  target: Target;
  /** The day the cell's snapshot stands at. */
  today: string;
}

let sequence = 0;
const unique = (): number => (sequence += 1);

/** A valid body per endpoint that takes one, so that validation (422) never hides the access rule. */
const BODIES: Record<string, (ctx: BodyContext) => unknown> = {
  signIn: ({ actor }) => ({ email: ACTORS[actor].email ?? ACTORS.mayor.email, password: 'demo' }),
  createRegistrations: ({ target }) => {
    // Before a city joins, only its mayor may come (to one Winter Meeting, free).
    const mayor = mayorOf(target.city);
    const attendee = isProspective(target.city)
      ? { kind: 'mayor', name: mayor.name, title: 'Mayor', email: mayor.email }
      : {
          kind: 'council',
          name: 'Casey Quinn',
          title: 'Council Member',
          email: `casey.quinn.${unique()}@city.example`,
        };
    return { meetingId: UPCOMING_MEETING, attendees: [attendee] };
  },
  updateRegistration: () => ({ dietaryNeeds: 'Vegetarian', arrival: 'Sunday evening' }),
  createMemoRequest: () => ({
    title: 'Regulating short-term rentals',
    policyAreaId: 'housing',
    question: 'How have peer cities regulated short-term rentals without hurting tourism?',
    background: '',
    desiredDate: null,
  }),
  updateMemoPublication: () => ({ publishDeidentified: true }),
  saveMemoDraft: () => ({ title: 'Regulating short-term rentals', policyAreaId: 'housing', question: 'How have' }),
  updateDirectoryListing: () => ({ listed: true }),
  updateEmailPreferences: () => ({
    newsletter: true,
    meetingAnnouncements: true,
    trackNews: false,
    requestUpdates: true,
  }),
  createCheckoutSession: ({ target }) => ({ pay: 'next_instalment', returnUrl: `${ORIGIN}/m/${target.city}/dues` }),
  requestInvoice: () => ({
    contactName: 'Pat Rivera',
    contactEmail: 'finance@city.example',
    addressLine1: '1 City Hall Plaza',
    city: 'Riverton',
    state: 'WI',
    postalCode: '53703',
    purchaseOrderNumber: 'PO-2026-0001',
  }),
  updatePaymentPlan: () => ({ instalments: 2 }),
  createAssistanceRequest: () => ({
    reason: 'Our largest employer closed and the council cut every department this year.',
    canPayCents: 10_000,
  }),
  // A new e-mail each time: the delegate gets an account, and nobody already acts for the mayor.
  createDelegation: () => ({
    name: 'Casey Quinn',
    email: `casey.quinn.${unique()}@city.example`,
    scopes: ['meetings', 'memos'],
    endsOn: null,
  }),
  updateDelegation: () => ({ scopes: ['meetings'], endsOn: null }),
  assignMemoRequest: () => ({ assigneeId: 'nadia-brooks' }),
  issueInvoice: () => ({ purchaseOrderNumber: 'PO 2026-118' }),
  recordInvoicePayment: ({ target, today }) => ({
    method: 'check',
    amountCents: seedInvoiceOf(target.city)?.instalments.find((i) => i.paidOn === null)?.amountCents ?? 100,
    receivedOn: today,
    reference: `CHK-${String(unique())}`,
  }),
  markPacketSent: ({ today }) => ({ sentOn: today }),
  progressMemoRequest: () => ({ status: 'scoping', message: 'We are scoping the question with your staff this week.' }),
  addMemoNote: () => ({ text: 'Called the city manager about the council date.' }),
  declineMemoRequest: () => ({ reason: 'This needs a lawyer for the city more than a policy memo.' }),
  deliverMemoRequest: () => ({ text: MEMO_TEXT }),
  approveApplication: () => ({ message: 'Welcome to MIP: your packet is on its way.' }),
  declineApplication: () => ({ reason: 'MIP takes cities once the council has voted to fund membership.' }),
  askApplicationQuestion: () => ({ question: 'Has your council voted to fund the membership this year?' }),
  answerApplicationQuestion: () => ({ answer: 'Yes: the council approved it on March 3.' }),
  approveTravelSupport: () => ({ amountCents: 50_000, message: 'We cover the flight; the hotel is on the city.' }),
  declineTravelSupport: () => ({ reason: 'This year our travel fund covers first-term mayors only.' }),
  approveAssistanceRequest: () => ({ kind: 'waiver', reason: 'The city lost its largest employer this year.' }),
  declineAssistanceRequest: () => ({ reason: 'The city paid in full last year with the same budget.' }),
  createMeeting: () => MEETING_INPUT,
  updateMeeting: () => ({ ...MEETING_INPUT, kind: 'invite_only', capacity: 80 }),
  setMeetingInvitations: () => ({ memberIds: ['riverton', 'lakeport'], confirmCancelingRegistrations: false }),
  cancelMeeting: () => ({ message: 'The venue flooded: we will write with a new date soon.' }),
  createBook: () => BOOK_INPUT,
  updateBook: () => ({ ...BOOK_INPUT, kind: 'briefing_book', meetingId: UPCOMING_MEETING }),
  publishBook: () => ({}),
  unpublishBook: () => ({}),
  recordCityPopulation: () => ({ population: 305_000, source: 'US Census Bureau, 2025 estimate', asOf: '2025-07-01' }),
  inviteStaffAccount: () => ({
    name: 'Priya Raman',
    email: `priya.raman.${String(unique())}@mayorsinnovation.example`,
    title: '',
    areas: ['programs'],
  }),
  changeStaffAreas: () => ({ areas: ['admin', 'programs'] }),
  deactivateStaffAccount: () => ({}),
  resendStaffWelcome: () => ({}),
  recordNewMayor: ({ target }) => ({
    name: 'Rosa Delgado',
    email: `rosa.delgado@${target.city}.example`,
    termStartedOn: '2026-11-02',
  }),
  resendMayorWelcome: () => ({}),
  startPreview: ({ target }) => ({ memberId: target.city, reason: 'Checking who can reach this hub' }),
  createApplication: () => ({
    city: 'Oak Ridge',
    state: 'TN',
    population: 31_400,
    mayorName: 'Robin Hart',
    email: `robin.hart.${unique()}@oakridge.example`,
    termStartedOn: '2025-01-06',
    billingContactName: 'Robin Hart',
    billingContactEmail: 'finance@oakridge.example',
    password: 'a long enough password',
  }),
  acceptWelcomeLink: () => ({ password: 'a long enough password' }),
};

interface Cell {
  endpoint: Endpoint;
  actor: ActorKind;
  side: Side | 'anyCity';
  allowed: boolean;
  refusedWith: string | undefined;
  name: string;
}

function sideLabel(endpoint: Endpoint, actor: ActorKind, side: Side | 'anyCity'): string {
  if (side === 'anyCity') return 'not bound to a city';
  const target = ACTORS[actor][side];
  const words = side === 'own' ? 'own' : 'another';
  switch (targetKindOf(endpoint)) {
    case 'person':
      return `${words} person (${target.person})`;
    case 'record':
      return `${words} city's record (${target.city})`;
    default:
      return `${words} city (${target.city})`;
  }
}

function cellsOf(endpoint: Endpoint): Cell[] {
  const policy = POLICY[endpoint.operationId];
  if (!policy) return []; // the meta-test below names it
  const sides: (Side | 'anyCity')[] = isUnbound(policy) ? ['anyCity'] : ['own', 'another'];
  return ACTOR_KINDS.flatMap((actor) =>
    sides.map((side) => {
      const { allowed, refusedWith } = expectationOf(policy, actor, side);
      const outcome = !allowed ? 'denied' : refusedWith ? `allowed, refused 409 ${refusedWith}` : 'allowed';
      const name = `${endpoint.operationId} · ${ACTORS[actor].label} · ${sideLabel(endpoint, actor, side)} → ${outcome}`;
      return { endpoint, actor, side, allowed, refusedWith, name };
    }),
  );
}

async function actAs(actor: ActorKind): Promise<void> {
  const { email, previews } = ACTORS[actor];
  expect((await call('DELETE', '/session')).status).toBe(204);
  if (email === null) return;
  const signedIn = await call('POST', '/session', { body: { email, password: 'demo' } });
  expect(signedIn.status, `sign in as ${email}`).toBe(201);
  if (previews) {
    const preview = await call('POST', '/staff/previews', {
      body: { memberId: previews, reason: 'Checking the matrix of who reaches what' },
    });
    expect(preview.status, `preview ${previews}`).toBe(201);
  }
}

async function send(cell: Cell): Promise<{ answer: ApiAnswer; request: string }> {
  const { endpoint, actor, side } = cell;
  const snapshot = SNAPSHOT_OF[endpoint.operationId] ?? 'matrix';
  await restoreApiSnapshot(snapshot);
  // Unbound endpoints still get a target for their placeholders (the library's book, a track…).
  const target = ACTORS[actor][side === 'anyCity' ? 'own' : side];
  const params = Object.fromEntries(pathParamsOf(endpoint).map((name) => [name, pathParam(name, endpoint, target)]));
  const query = new URLSearchParams();
  for (const key of shapeKeysOf(endpoint.query)) {
    const value = QUERY_VALUES[key];
    if (value) query.set(key, value(target));
  }
  const search = query.size > 0 ? `?${query.toString()}` : '';
  const path = `${fillPath(endpoint.path, params)}${search}`;
  const build = BODIES[endpoint.operationId];
  const body = endpoint.body && build ? build({ actor, target, today: SNAPSHOT_DAY[snapshot] }) : undefined;
  const headers: Record<string, string> = endpoint.idempotencyKey ? { 'Idempotency-Key': `matrix-${unique()}` } : {};
  await actAs(actor);
  const answer = await call(endpoint.method, path, { body, headers });
  return { answer, request: `${endpoint.method} ${path}` };
}

function codeOf(answer: ApiAnswer): string | undefined {
  const body = answer.body as { error?: { code?: string } } | string | null;
  return typeof body === 'object' && body !== null ? body.error?.code : undefined;
}

const allCells = inventory.flatMap(cellsOf);

describe('authorisation matrix: every endpoint × actor × own/another city', () => {
  for (const endpoint of inventory) {
    describe(endpoint.operationId, () => {
      for (const cell of cellsOf(endpoint)) {
        // The few cells the API can't set up run on the embedded mock (authorisation-matrix-memory.test.ts).
        const run = MEMORY_ONLY_CELLS.has(`${endpoint.operationId}.${cell.actor}.${cell.side}`) ? it.skip : it;
        run(cell.name, async () => {
          const { answer, request } = await send(cell);
          const seen = `${request} answered ${String(answer.status)} ${JSON.stringify(answer.body).slice(0, 240)}`;
          if (!cell.allowed) {
            expect(DENIED_STATUSES, `denied cell must answer 401/403/404: ${seen}`).toContain(answer.status);
          } else if (cell.refusedWith) {
            expect([answer.status, codeOf(answer)], seen).toEqual([409, cell.refusedWith]);
          } else {
            expect(answer.status, `allowed cell: ${seen}`).toBe(endpoint.successStatus ?? 200);
          }
        });
      }
    });
  }
});

describe('the matrix covers the inventory', () => {
  const operationIds = inventory.map((e) => e.operationId);

  it('has a policy row for every endpoint of the inventory', () => {
    expect(operationIds.filter((id) => !(id in POLICY))).toEqual([]);
  });

  it('has no policy row for an operation that is not in the inventory', () => {
    expect(Object.keys(POLICY).filter((id) => !operationIds.includes(id))).toEqual([]);
  });

  it('has a valid body for every endpoint that takes one, and none for others', () => {
    const withBody = inventory.filter((e) => e.body).map((e) => e.operationId);
    expect(withBody.filter((id) => !(id in BODIES))).toEqual([]);
    expect(Object.keys(BODIES).filter((id) => !withBody.includes(id))).toEqual([]);
  });

  it('aims at own and another city exactly where the endpoint names a city, a person or a record', () => {
    const misfits = inventory.filter((e) => {
      const policy = POLICY[e.operationId];
      return policy !== undefined && isUnbound(policy) !== (targetKindOf(e) === 'none');
    });
    expect(misfits.map((e) => `${e.operationId} (${targetKindOf(e)})`)).toEqual([]);
  });

  it('lets no business refusal stand in for a denied cell', () => {
    const stray = Object.entries(POLICY).flatMap(([id, policy]) =>
      Object.keys(policy.refused ?? {})
        .filter((key) => {
          const [actor, side] = key.split('.') as [ActorKind, Side | 'anyCity'];
          return !expectationOf(policy, actor, side).allowed;
        })
        .map((key) => `${id}: ${key}`),
    );
    expect(stray).toEqual([]);
  });

  it('follows the documented rules: no session endpoint for anonymous, no change in a preview', () => {
    const breaches: string[] = [];
    for (const endpoint of inventory) {
      const policy = POLICY[endpoint.operationId];
      if (!policy) continue;
      const sides: (Side | 'anyCity')[] = isUnbound(policy) ? ['anyCity'] : ['own', 'another'];
      for (const side of sides) {
        if (endpoint.auth === 'session' && expectationOf(policy, 'anonymous', side).allowed)
          breaches.push(`${endpoint.operationId}: anonymous allowed`);
        const changes = endpoint.method !== 'GET' && !['signOut', 'endPreview'].includes(endpoint.operationId);
        if (changes && expectationOf(policy, 'staffPreviewing', side).allowed)
          breaches.push(`${endpoint.operationId}: a change allowed in a preview`);
      }
    }
    expect(breaches).toEqual([]);
  });

  it('runs one cell per actor for unbound endpoints and two for the others', () => {
    const bound = inventory.filter((e) => targetKindOf(e) !== 'none').length;
    const unbound = inventory.length - bound;
    expect(allCells).toHaveLength(ACTOR_KINDS.length * (2 * bound + unbound));
  });
});

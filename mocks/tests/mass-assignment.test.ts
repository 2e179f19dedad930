// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as core from 'zod/v4/core';
import { fillPath, type Endpoint } from '../../src/api/contracts/endpoint';
import { endpoints } from '../../src/api/contracts/endpoints';
import type { Session } from '../../src/api/contracts/session';
import {
  EMAILS,
  BOOK_INPUT,
  MEETING_INPUT,
  ORIGIN,
  call,
  resetApi,
  restoreApiSnapshot,
  saveApiSnapshot,
  setApiClock,
  welcomeTokenOf,
  type ApiAnswer,
} from './api';
import {
  FINANCE_STAFF_EMAIL,
  PROGRAMS_STAFF_EMAIL,
  SEED_DAY,
  UPCOMING_MEETING,
  deliveredMemoIdOf,
  freshKey,
  liveDelegationIdOf,
  liveRegistrationOf,
  made,
  mayorOf,
  openAssistanceRequestOf,
  paidInvoiceWithPacketToPostOf,
  pendingApplication,
  questionWaitingFor,
  requestedInvoiceOf,
  requestedTravelSupportOf,
  seededInvoiceOf,
  seededNextDueCentsOf,
  signInWith,
  staffBookOf,
  staffMeetingOf,
  submittedMemoOf,
  type Applicant,
} from './api-records';
import { ACTORS, POLICY, expectationOf, isUnbound, type ActorKind, type Target } from './authorisation-policy';

/**
 * Mass assignment (quality.md, "Security and roles"; api.md: memberId, actor and status come from
 * the session and the path, never from the body). Generated from the endpoint inventory: every
 * endpoint that is not a GET is sent, by an actor the authorisation policy allows, a valid request
 * with hostile fields added (at the top level and inside every object of the body, e.g. each
 * registration attendee; and as a `__proto__` member). The answer must be a 4xx that stored nothing
 * (rejected), or the same answer and the same state as the request without the hostile fields from
 * the same records (ignored). The suite is black-box: the records a case needs are made through the
 * API, saved as a snapshot, and each request starts from it; "the state" is what the API shows to
 * the people who may see what an extra field could reach (the actor, the mayors of the path's city
 * and of the city the hostile fields name, MIP's staff, a new city's applicant; see `observe`).
 * What the request made or changed is also checked there: the other city reads what it read before,
 * new records start in their initial status, the access history names the signed-in person, no
 * amount or payment comes from the body, the memo allowance moves by exactly the request, and
 * nobody's role changes.
 *
 * Endpoints that take no body get the hostile fields as a top-level JSON body: extra JSON must not
 * change anything either.
 *
 * The actors and their "own" targets come from authorisation-policy.ts (a meta-test checks that the
 * policy allows each one). The valid bodies are written here: the matrix keeps its own in
 * authorisation-matrix.test.ts, and importing a test file would run the whole matrix in this one.
 */

// The first reset on a SQL runtime also loads the seed into a new database: it may take a while.
beforeEach(() => resetApi(), 60_000);
afterEach(() => setApiClock(null));

const inventory: Endpoint[] = Object.values(endpoints);
const changing = inventory.filter((e) => e.method !== 'GET');
const IDEMPOTENCY_KEY = 'mass-assignment-1';

// ── The hostile fields ───────────────────────────────────────────────────────────────────────

/** Strings that must never end up stored or answered: they exist only in hostile bodies. */
const MARKERS = ['attacker-chosen', '1999-12-31'];

/** What each kind of record would most like its status to be. */
function privilegedStatusOf(operationId: string): string {
  if (/Registration/.test(operationId)) return 'confirmed';
  if (/Memo/.test(operationId)) return 'delivered';
  if (/Meeting/.test(operationId)) return 'canceled';
  if (/Book/.test(operationId)) return 'published';
  if (/Application|Assistance|Delegation|Preview/.test(operationId)) return 'approved';
  return 'paid';
}

/** Fields a caller must never set: who, for which city, in what state, for how much. */
function hostileFieldsOf(operationId: string): Record<string, unknown> {
  return {
    memberId: 'lakeport',
    status: privilegedStatusOf(operationId),
    amount: 1,
    amountCents: 1,
    submittedBy: 'marcus-bell',
    actorId: 'marcus-bell',
    subjectId: 'marcus-bell',
    personId: 'marcus-bell',
    mayorId: 'marcus-bell',
    delegateId: 'marcus-bell',
    staffId: 'marcus-bell',
    invoiceId: 'inv-lakeport-2026',
    allowanceUsed: 0,
    role: 'mip_staff',
    id: 'attacker-chosen',
    paidAt: '1999-12-31T00:00:00.000Z',
    paidOn: '1999-12-31',
    createdAt: '1999-12-31T00:00:00.000Z',
    submittedAt: '1999-12-31T00:00:00.000Z',
    decidedAt: '1999-12-31T00:00:00.000Z',
    // A meeting's own: who is invited, whether and when it was canceled, its calendar and page versions.
    invitedMemberIds: ['lakeport'],
    canceledAt: '1999-12-31T00:00:00.000Z',
    sequence: 99,
    version: 99,
    // A book's own: when it was published, what it says beyond its fields.
    publishedOn: '1999-12-31',
    updatedAt: '1999-12-31T00:00:00.000Z',
    content: { introductionHtml: '<p>attacker-chosen</p>', sections: [] },
  };
}

/** Sent as an own `__proto__` member of the top-level object: must not pollute anything either. */
const PROTO_MEMBER = '"__proto__":{"role":"mip_staff","memberId":"lakeport","status":"paid","isAdmin":true}';

interface SchemaDef {
  type: string;
  shape?: Record<string, core.$ZodType>;
  element?: core.$ZodType;
  innerType?: core.$ZodType;
  in?: core.$ZodType;
}

/** The definition under optional/nullable/default/pipe wrappers: an object's shape, an array's element. */
function unwrap(schema: core.$ZodType | undefined): SchemaDef | undefined {
  let def = schema?._zod.def as SchemaDef | undefined;
  while (def) {
    const inner = def.innerType ?? def.in;
    if (!inner) return def;
    def = inner._zod.def;
  }
  return def;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The body with the hostile fields added to every object in it (the top level, each element of an
 * array of objects, nested objects). A field the body's schema itself has at that place is a real
 * input, not an attack on it: it is left as the valid body has it and reported in `withheld`.
 */
function addHostileFields(
  value: unknown,
  schema: core.$ZodType | undefined,
  hostile: Record<string, unknown>,
  withheld: string[],
  at = '',
): unknown {
  const def = unwrap(schema);
  if (Array.isArray(value)) {
    return value.map((item, i) => addHostileFields(item, def?.element, hostile, withheld, `${at}[${String(i)}].`));
  }
  if (!isPlainObject(value)) return value;
  const shape = def?.shape ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = addHostileFields(inner, shape[key], hostile, withheld, `${at}${key}`);
  }
  for (const [key, bad] of Object.entries(hostile)) {
    if (key in shape) withheld.push(`${at}${key}`);
    else out[key] = bad;
  }
  return out;
}

/** The hostile request body as sent (JSON text, with the `__proto__` member) and what was withheld. */
function hostileBodyOf(endpoint: Endpoint, target: Target): { text: string; withheld: string[] } {
  const valid = endpoint.body ? CASES[endpoint.operationId]?.body?.(target) : {};
  const withheld: string[] = [];
  const body = addHostileFields(valid, endpoint.body, hostileFieldsOf(endpoint.operationId), withheld);
  const text = JSON.stringify(body).replace(/^\{/, `{${PROTO_MEMBER},`);
  return { text, withheld };
}

// ── The cases: who sends what ────────────────────────────────────────────────────────────────

interface Case {
  /** An actor the authorisation policy allows on its own city/person/record (or anywhere). */
  actor: ActorKind;
  /** A valid body, for endpoints that take one. */
  body?: (target: Target) => unknown;
  /** Another city than the actor's own: one whose mayor the suite doesn't sign in as to read it. */
  target?: Target;
}

/** A new city's application; its mayor signs in with the e-mail and password in it. */
const APPLICATION_BODY: Record<string, unknown> = {
  city: 'Oak Ridge',
  state: 'TN',
  population: 31_400,
  mayorName: 'Robin Hart',
  email: 'robin.hart@oakridge.example',
  termStartedOn: '2025-01-06',
  billingContactName: 'Robin Hart',
  billingContactEmail: 'finance@oakridge.example',
  password: 'a long enough password',
};

/** A meeting only the cities MIP invites see: none yet. */
const INVITE_ONLY_MEETING = { ...MEETING_INPUT, kind: 'invite_only' } as const;

/**
 * One case per changing endpoint. Delegates act where they may (actor ≠ subject, so a stolen
 * `actorId`/`subjectId` would show); the mayor where only the person themself may; MIP staff for
 * previews; nobody signed in for the public sign-in and application.
 */
const CASES: Record<string, Case> = {
  // Public: the hostile fields would make the signed-in person MIP staff or another city's.
  signIn: { actor: 'anonymous', body: () => ({ email: EMAILS.ana, password: 'demo' }) },
  signOut: { actor: 'mayor' },

  createRegistrations: {
    actor: 'delegate',
    body: () => ({
      meetingId: UPCOMING_MEETING,
      attendees: [
        { kind: 'council', name: 'Casey Quinn', title: 'Council Member', email: 'casey.quinn@riverton.example' },
        { kind: 'staff', name: 'Robin Hart', title: 'Chief of Staff', email: 'robin.hart@riverton.example' },
      ],
    }),
  },
  updateRegistration: { actor: 'delegate', body: () => ({ dietaryNeeds: 'Vegetarian', arrival: 'Sunday evening' }) },
  cancelRegistration: { actor: 'delegate' },

  createMemoRequest: {
    actor: 'delegate',
    body: () => ({
      title: 'Regulating short-term rentals',
      policyAreaId: 'housing',
      question: 'How have peer cities regulated short-term rentals without hurting tourism?',
      background: '',
      desiredDate: null,
    }),
  },
  saveMemoDraft: {
    actor: 'delegate',
    body: () => ({ title: 'Regulating short-term rentals', policyAreaId: 'housing', question: 'How have peer cities' }),
  },
  deleteMemoDraft: { actor: 'delegate' },
  withdrawMemoRequest: { actor: 'delegate' },
  updateMemoPublication: { actor: 'delegate', body: () => ({ publishDeidentified: true }) },

  addBookmark: { actor: 'mayor' },
  removeBookmark: { actor: 'mayor' },
  joinTrack: { actor: 'mayor' },
  leaveTrack: { actor: 'mayor' },
  updateDirectoryListing: { actor: 'mayor', body: () => ({ listed: false }) },
  updateEmailPreferences: {
    actor: 'mayor',
    body: () => ({ newsletter: false, meetingAnnouncements: true, trackNews: true, requestUpdates: false }),
  },

  createCheckoutSession: {
    actor: 'delegate',
    body: (target) => ({ pay: 'next_instalment', returnUrl: `${ORIGIN}/m/${target.city}/dues` }),
  },
  requestInvoice: {
    actor: 'delegate',
    body: () => ({
      contactName: 'Pat Rivera',
      contactEmail: 'finance@riverton.example',
      addressLine1: '1 City Hall Plaza',
      city: 'Riverton',
      state: 'WI',
      postalCode: '53703',
      purchaseOrderNumber: 'PO-2026-0001',
    }),
  },
  updatePaymentPlan: { actor: 'delegate', body: () => ({ instalments: 4 }) },
  createAssistanceRequest: {
    actor: 'delegate',
    body: () => ({
      reason: 'Our largest employer closed and the council cut every department this year.',
      canPayCents: 10_000,
    }),
  },

  createDelegation: {
    actor: 'mayor',
    body: () => ({
      name: 'Casey Quinn',
      email: 'casey.quinn@riverton.example',
      scopes: ['meetings', 'memos'],
      endsOn: null,
    }),
  },
  updateDelegation: { actor: 'mayor', body: () => ({ scopes: ['meetings'], endsOn: null }) },
  revokeDelegation: { actor: 'mayor' },

  // `memberId` is this body's real input (staff may preview any city): withheld, see the meta-test.
  startPreview: {
    actor: 'staff',
    body: (target) => ({ memberId: target.city, reason: 'Helping the city with its dashboard' }),
  },
  endPreview: { actor: 'staffPreviewing' },

  // MIP's policy staff working a request: the status comes from the step asked for, never the body's.
  assignMemoRequest: { actor: 'staff', body: () => ({ assigneeId: 'nadia-brooks' }) },
  // `status` is this body's real input (scoping or in progress): withheld, see the meta-test.
  progressMemoRequest: {
    actor: 'staff',
    body: () => ({ status: 'scoping', message: 'We are scoping the question with your staff this week.' }),
  },
  addMemoNote: { actor: 'staff', body: () => ({ text: 'Called the city manager about the council date.' }) },
  declineMemoRequest: {
    actor: 'staff',
    body: () => ({ reason: 'This needs a lawyer for the city more than a policy memo.' }),
  },
  deliverMemoRequest: {
    actor: 'staff',
    body: () => ({
      text: [
        'Summary. Cities of your size that regulated short-term rentals did best with a simple registry,',
        'a cap per owner and a fee that pays for enforcement.',
        '',
        '- Start with registration before any cap.',
        '- Publish the enforcement numbers every quarter.',
      ].join('\n'),
    }),
  },

  // MIP's finance staff: what a payment pays is worked out from the schedule, never from the body.
  issueInvoice: { actor: 'staffFinance', body: () => ({ purchaseOrderNumber: 'PO 2026-118' }) },
  recordInvoicePayment: {
    actor: 'staffFinance',
    body: (target) => ({
      method: 'check',
      amountCents: seededNextDueCentsOf(target.city) ?? 100,
      receivedOn: SEED_DAY,
      reference: 'CHK-10442',
    }),
  },
  markPacketSent: { actor: 'staffFinance', body: () => ({ sentOn: SEED_DAY }) },

  // MIP's finance staff deciding a request for help with dues. The approval is the longer schedule:
  // the invoice's total and payments made stay (a reduced amount or a waiver changes the total on
  // purpose, from the body's own field, which the hostile `amountCents` can't reach in this shape).
  approveAssistanceRequest: {
    actor: 'staffFinance',
    body: () => ({
      kind: 'longer_schedule',
      payments: 6,
      firstDueOn: '2027-01-31',
      reason: 'The city lost its largest employer this year.',
    }),
  },
  declineAssistanceRequest: {
    actor: 'staffFinance',
    body: () => ({ reason: 'The city paid in full last year with the same budget.' }),
  },

  // MIP's programs staff deciding travel support: what the request is, whose, and when it was
  // decided come from the record and the clock; `amountCents` is this body's real input, withheld.
  approveTravelSupport: {
    actor: 'staff',
    body: () => ({ amountCents: 50_000, message: 'We cover the flight; the hotel is on the city.' }),
  },
  declineTravelSupport: {
    actor: 'staff',
    body: () => ({ reason: 'This year our travel fund covers first-term mayors only.' }),
  },

  // MIP's finance staff deciding an application: the decision is the path's, never the body's
  // status; the applicant answers MIP's waiting question (the answer is all the body carries).
  approveApplication: {
    actor: 'staffFinance',
    body: () => ({ message: 'Welcome to MIP: your packet is on its way.' }),
  },
  declineApplication: {
    actor: 'staffFinance',
    body: () => ({ reason: 'MIP takes cities once the council has voted to fund membership.' }),
  },
  askApplicationQuestion: {
    actor: 'staffFinance',
    body: () => ({ question: 'Has your council voted to fund the membership this year?' }),
  },
  answerApplicationQuestion: {
    actor: 'prospective',
    body: () => ({ answer: 'Yes: the council approved it on March 3.' }),
  },

  // MIP's programs staff keeping meetings: who is invited comes from the invitations' own list, the
  // status from cancelling, versions from the changes. The meetings are invite-only with no city
  // invited (Lakeport, the city the hostile fields name, must not see them: it reads what it read).
  createMeeting: { actor: 'staff', body: () => INVITE_ONLY_MEETING },
  updateMeeting: { actor: 'staff', body: () => ({ ...INVITE_ONLY_MEETING, capacity: 80 }) },
  setMeetingInvitations: {
    actor: 'staff',
    body: () => ({ memberIds: ['riverton'], confirmCancelingRegistrations: false }),
  },
  cancelMeeting: {
    actor: 'staff',
    body: () => ({ message: 'The venue flooded: we will write with a new date soon.' }),
  },

  // MIP's programs and policy staff writing books: the status comes from publishing, the date from
  // the first publication, versions from the changes.
  createBook: { actor: 'staff', body: () => BOOK_INPUT },
  updateBook: { actor: 'staff', body: () => ({ ...BOOK_INPUT, title: 'Cooling centers, revised' }) },
  publishBook: { actor: 'staff', body: () => ({}) },
  unpublishBook: { actor: 'staff', body: () => ({}) },

  // City records: the tier, the year the figure applies from and the version are the API's.
  recordCityPopulation: {
    actor: 'staffFinance',
    body: () => ({ population: 305_000, source: 'US Census Bureau, 2025 estimate', asOf: '2025-07-01' }),
  },
  // Staff accounts: the role, the status, the date of deactivation and the password are the API's.
  inviteStaffAccount: {
    actor: 'staffAdmin',
    body: () => ({
      name: 'Priya Raman',
      email: 'priya.raman@mayorsinnovation.example',
      title: '',
      areas: ['programs'],
    }),
  },
  changeStaffAreas: { actor: 'staffAdmin', body: () => ({ areas: ['admin', 'programs'] }) },
  deactivateStaffAccount: {
    actor: 'staffAdmin',
    target: { city: 'riverton', person: 'nadia-brooks' },
    body: () => ({}),
  },
  // The new mayor's account: its role, city, password and directory choice are the API's. Cedar
  // Falls's: the suite reads Riverton and Lakeport as their mayors, whom a new mayor would sign out.
  recordNewMayor: {
    actor: 'staffFinance',
    target: { city: 'cedar-falls', person: 'dana-whitfield' },
    body: () => ({ name: 'Rosa Delgado', email: 'rosa.delgado@cedarfalls.example', termStartedOn: '2026-11-02' }),
  },
  // Sending a welcome link again: who gets it, and when, are the API's. A colleague the admin has
  // just invited, and Cedar Falls's new mayor (the seed's people set their passwords long ago).
  resendStaffWelcome: {
    actor: 'staffAdmin',
    target: { city: 'riverton', person: 'priya-raman' },
    body: () => ({}),
  },
  resendMayorWelcome: {
    actor: 'staffFinance',
    target: { city: 'cedar-falls', person: 'dana-whitfield' },
    body: () => ({}),
  },

  createApplication: { actor: 'anonymous', body: () => APPLICATION_BODY },
  // Public: the link's token signs in Cedar Falls's new mayor, whose session the suite reads as the
  // actor's. The hostile fields would make them MIP staff, or another city's.
  acceptWelcomeLink: { actor: 'anonymous', body: () => ({ password: 'a long enough password' }) },
};

function targetOf(endpoint: Endpoint): Target {
  const chosen = CASES[endpoint.operationId];
  if (!chosen) throw new Error(`No mass-assignment case for ${endpoint.operationId}`);
  return chosen.target ?? ACTORS[chosen.actor].own;
}

// ── Records the path names: the seed's, or made through the API where the seed has none ─────

function required(id: string | undefined, missing: string): string {
  if (id === undefined) throw new Error(missing);
  return id;
}

/** Changes only an open request takes (withdrawn by the city, or worked by MIP's staff): a submitted one is made. */
const OPEN_MEMO_OPERATIONS = new Set([
  'withdrawMemoRequest',
  'assignMemoRequest',
  'progressMemoRequest',
  'declineMemoRequest',
  'deliverMemoRequest',
]);

/** A colleague MIP's admin has just invited, waiting for their first password: their account's id. */
async function invitedColleague(person: string): Promise<string> {
  await signInWith(ACTORS.staffAdmin.email ?? '');
  const answer = await call('POST', '/staff/accounts', {
    body: { name: 'Priya Raman', email: 'priya.raman@mayorsinnovation.example', title: '', areas: ['programs'] },
    headers: { 'Idempotency-Key': freshKey('mass') },
  });
  const { id } = made(answer, 'MIP invites a colleague', 201) as { id: string };
  if (id !== person) throw new Error(`The invited colleague is ${id}, not ${person}: fix the case's target`);
  return id;
}

/** The city's new mayor, as MIP's finance staff have just recorded them: the e-mail their welcome link went to. */
async function newMayorOf(city: string): Promise<string> {
  const email = `rosa.delgado@${city}.example`;
  await signInWith(FINANCE_STAFF_EMAIL);
  const answer = await call('POST', `/staff/cities/${city}/mayor`, {
    body: { name: 'Rosa Delgado', email, termStartedOn: '2026-11-02' },
  });
  made(answer, `MIP records ${city}'s new mayor`, 200);
  return email;
}

/** What the records made for a case are: the path's values, and a new city's applicant if one applied. */
interface Prepared {
  params: Record<string, string>;
  applicant?: Applicant;
}

async function pathParam(name: string, endpoint: Endpoint, target: Target, prepared: Prepared): Promise<string> {
  switch (name) {
    case 'memberId':
      // The applicant answers a question MIP asked about the city's application.
      if (endpoint.operationId === 'answerApplicationQuestion') await questionWaitingFor(target.city);
      // Only a mayor who hasn't set their password yet has a link to send again.
      if (endpoint.operationId === 'resendMayorWelcome') await newMayorOf(target.city);
      return target.city;
    case 'personId':
      if (endpoint.operationId === 'resendStaffWelcome') return invitedColleague(target.person);
      return target.person;
    case 'token':
      // The link in the welcome e-mail of Cedar Falls's new mayor (a city the suite doesn't read as its mayor).
      return welcomeTokenOf(await newMayorOf('cedar-falls'));
    case 'bookId':
      // Staff change and publish a draft they have just written; bookmarks and unpublishing take a book of the seed.
      if (['updateBook', 'publishBook'].includes(endpoint.operationId)) return staffBookOf(BOOK_INPUT);
      return 'bb-winter-2026';
    case 'applicationId':
      // An application MIP has not decided, of a prospective city that has just applied.
      prepared.applicant = await pendingApplication('mass');
      return prepared.applicant.applicationId;
    case 'trackId':
      // The identity track: joining it is the self-identification, leaving it clears that.
      return 'womens-network';
    case 'registrationId':
      // MIP's programs staff decide a travel-support request still waiting.
      if (endpoint.path.startsWith('/staff/travel-support/')) return requestedTravelSupportOf(target.city);
      return liveRegistrationOf(target.city);
    case 'memoRequestId':
      return OPEN_MEMO_OPERATIONS.has(endpoint.operationId)
        ? submittedMemoOf(target.city)
        : required(deliveredMemoIdOf(target.city), `${target.city} has no delivered memo`);
    case 'assistanceRequestId':
      return openAssistanceRequestOf(target.city);
    case 'invoiceId': {
      const invoice = seededInvoiceOf(target.city);
      if (!invoice) throw new Error(`${target.city} has no invoice this year`);
      // Staff send an invoice the city asked for, and post the packet of one paid in full.
      if (endpoint.operationId === 'issueInvoice') return requestedInvoiceOf(target.city);
      if (endpoint.operationId === 'markPacketSent') return paidInvoiceWithPacketToPostOf(target.city);
      return invoice.id;
    }
    case 'delegationId':
      return required(liveDelegationIdOf(target.city), `${target.city} has no live delegation`);
    case 'meetingId':
      // MIP's programs staff change, invite to and cancel an invite-only meeting they have just made.
      return staffMeetingOf(INVITE_ONLY_MEETING);
    default:
      throw new Error(`No value for {${name}} of ${endpoint.operationId}: teach pathParam() about it`);
  }
}

/** From the seed, the records the case's path names, made through the API by who would make them. */
async function prepare(endpoint: Endpoint, target: Target): Promise<Prepared> {
  const prepared: Prepared = { params: {} };
  for (const [, name = ''] of endpoint.path.matchAll(/\{(\w+)\}/g)) {
    prepared.params[name] = await pathParam(name, endpoint, target, prepared);
  }
  return prepared;
}

// ── Sending, and what the API shows around it ───────────────────────────────────────────────

type Row = Record<string, unknown>;

/** Session and checkout ids are random by design (unguessable); everything else is deterministic. */
function normalise(json: string): string {
  return json.replace(/\b[0-9a-f]{64}\b/g, '<session-id>').replace(/\bcs-[0-9a-f]{24}\b/g, 'cs-<random>');
}

/**
 * What the API shows after a request (or without one), read by the people who may see what an
 * extra field could have reached: the signed-in actor (their session, their memo draft, their
 * checkout); the mayor of the path's city, Riverton, and of Lakeport, the city the hostile fields
 * name (their city's pages and their own); MIP's finance staff (every city, every invoice and
 * payment, applications, assistance requests, the outbox) and programs/policy staff (memo requests,
 * travel support); a new city's applicant; and the actor once more, signed in afresh (the role and
 * city stored for them). Each read is `reader GET path` → `status body`.
 */
type View = Map<string, string>;

interface Run {
  answer: ApiAnswer;
  request: string;
  target: Target;
  prepared: Prepared;
  /** The signed-in person who sent the request (null: nobody). */
  me: string | null;
  view: View;
}

const READ_SIZE = 'pageSize=100';
const CHECKOUT_READ = 'actor GET /checkout-sessions/{the new one}';

/** The pages a city's mayor reads about their city and themself. */
function mayorPaths(city: string, person: string, invoiceId: string | undefined): string[] {
  return [
    '/session',
    `/members/${city}/overview`,
    `/members/${city}/registrations`,
    `/members/${city}/memo-allowance`,
    `/members/${city}/memo-requests`,
    `/members/${city}/memo-draft`,
    `/members/${city}/dues`,
    `/members/${city}/delegations`,
    `/members/${city}/access-log`,
    `/people/${person}/bookmarks`,
    `/people/${person}/tracks`,
    `/people/${person}/directory-listing`,
    `/people/${person}/email-preferences`,
    ...(invoiceId ? [`/invoices/${invoiceId}`] : []),
  ];
}

const STAFF_INVOICE_VIEWS = ['requested', 'overdue', 'open', 'paid'] as const;
const STAFF_MEETING_VIEWS = ['upcoming', 'past', 'canceled'] as const;

async function readInto(view: View, reader: string, path: string): Promise<ApiAnswer> {
  const answer = await call('GET', path);
  view.set(`${reader} GET ${path}`, `${String(answer.status)} ${normalise(JSON.stringify(answer.body))}`);
  return answer;
}

/** Every page of a paginated staff list. */
async function readAllPages(view: View, reader: string, path: string): Promise<void> {
  for (let page = 1; ; page += 1) {
    const answer = await readInto(
      view,
      reader,
      `${path}${path.includes('?') ? '&' : '?'}${READ_SIZE}&page=${String(page)}`,
    );
    const body = answer.body as { total?: number; pageSize?: number } | null;
    if (answer.status !== 200 || !body?.total || !body.pageSize || page * body.pageSize >= body.total) return;
  }
}

/** Signs the reader in, once whoever was signed in has signed out (MIP staff previewing can't switch person). */
async function signInReader(view: View, reader: string, email: string, password = 'demo'): Promise<boolean> {
  view.set(`${reader} sign-out first`, String((await call('DELETE', '/session')).status));
  const answer = await call('POST', '/session', { body: { email, password } });
  view.set(`${reader} sign-in`, String(answer.status));
  return answer.status === 201;
}

async function observe(endpoint: Endpoint, actor: ActorKind, prepared: Prepared, answer?: ApiAnswer): Promise<View> {
  const view: View = new Map();
  const { params, applicant } = prepared;
  await readInto(view, 'actor', '/session');
  // A memo draft is the person's own: the actor reads theirs for the path's city.
  await readInto(view, 'actor', `/members/${targetOf(endpoint).city}/memo-draft`);
  const checkout =
    endpoint.operationId === 'createCheckoutSession' ? (answer?.body as { id?: string } | null)?.id : undefined;
  if (checkout) {
    // Its id is random by design: the read is named after what it is, not after the id.
    const answer = await call('GET', `/checkout-sessions/${checkout}`);
    view.set(CHECKOUT_READ, `${String(answer.status)} ${normalise(JSON.stringify(answer.body))}`);
  }

  const mayors: [string, string][] = [
    ['riverton', 'Riverton mayor'],
    ['lakeport', 'Lakeport mayor'],
  ];
  for (const [city, reader] of mayors) {
    const mayor = mayorOf(city);
    await signInReader(view, reader, mayor.email);
    for (const path of mayorPaths(city, mayor.id, seededInvoiceOf(city)?.id)) await readInto(view, reader, path);
    if (params.memoRequestId) await readInto(view, reader, `/memo-requests/${params.memoRequestId}`);
  }

  const finance = 'MIP finance staff';
  await signInReader(view, finance, FINANCE_STAFF_EMAIL);
  await readInto(view, finance, '/staff/members');
  await readAllPages(view, finance, '/staff/inbox');
  for (const invoiceView of STAFF_INVOICE_VIEWS)
    await readAllPages(view, finance, `/staff/invoices?view=${invoiceView}`);
  await readAllPages(view, finance, '/staff/outbox');
  for (const city of ['riverton', 'lakeport']) {
    const invoiceId = seededInvoiceOf(city)?.id;
    if (invoiceId) await readInto(view, finance, `/staff/invoices/${invoiceId}`);
  }
  if (params.applicationId) await readInto(view, finance, `/staff/applications/${params.applicationId}`);
  if (params.assistanceRequestId) {
    await readInto(view, finance, `/staff/assistance-requests/${params.assistanceRequestId}`);
  }

  const programs = 'MIP programs and policy staff';
  await signInReader(view, programs, PROGRAMS_STAFF_EMAIL);
  await readAllPages(view, programs, '/staff/inbox');
  if (params.memoRequestId) await readInto(view, programs, `/staff/memo-requests/${params.memoRequestId}`);
  if (params.registrationId && endpoint.path.startsWith('/staff/travel-support/')) {
    await readInto(view, programs, `/staff/travel-support/${params.registrationId}`);
  }
  // Every meeting as programs staff keep them (a new one among them), and the one the path names.
  for (const meetingView of STAFF_MEETING_VIEWS)
    await readAllPages(view, programs, `/staff/meetings?view=${meetingView}`);
  if (params.meetingId) {
    await readInto(view, programs, `/staff/meetings/${params.meetingId}`);
    await readInto(view, programs, `/staff/meetings/${params.meetingId}/attendees`);
  }
  // The books changed last (a new one first), the one the path names, and the library's newest.
  await readInto(view, programs, '/staff/briefing-books?pageSize=5');
  await readInto(view, programs, '/briefing-books?sort=newest&pageSize=5');
  if (params.bookId) await readInto(view, programs, `/staff/briefing-books/${params.bookId}`);

  // The new city's applicant: the one who applied for the case, or the one the request made.
  const applying =
    applicant ??
    (endpoint.operationId === 'createApplication'
      ? { email: String(APPLICATION_BODY.email), password: String(APPLICATION_BODY.password) }
      : undefined);
  if (applying) {
    const reader = 'the applicant';
    if (await signInReader(view, reader, applying.email, applying.password)) {
      const session = await readInto(view, reader, '/session');
      const city = (session.body as Session).ownMemberId;
      if (city) await readInto(view, reader, `/members/${city}/application`);
    }
  }

  const { email } = ACTORS[actor];
  if (email !== null && (await signInReader(view, 'the actor afresh', email))) {
    await readInto(view, 'the actor afresh', '/session');
  }
  return view;
}

async function actAs(actor: ActorKind): Promise<string | null> {
  const { email, previews, grant } = ACTORS[actor];
  if (grant) throw new Error(`${actor} needs a grant made for the test; pick another actor`);
  expect((await call('DELETE', '/session')).status).toBe(204);
  if (email === null) return null;
  const signedIn = await call<Session>('POST', '/session', { body: { email, password: 'demo' } });
  expect(signedIn.status, `sign in as ${email}`).toBe(201);
  if (previews) {
    const preview = await call('POST', '/staff/previews', {
      body: { memberId: previews, reason: 'Checking what a hostile body can change' },
    });
    expect(preview.status, `preview ${previews}`).toBe(201);
  }
  return signedIn.body.person.id;
}

/** The snapshot each case starts from: the seed with the records its path names. */
const CASE_SNAPSHOT = 'mass_assignment_case';

/** From the case's records: the actor sends the valid request, the hostile one, or none (null). */
async function send(endpoint: Endpoint, prepared: Prepared, hostile: boolean | null): Promise<Run> {
  await restoreApiSnapshot(CASE_SNAPSHOT);
  const kase = CASES[endpoint.operationId];
  if (!kase) throw new Error(`No mass-assignment case for ${endpoint.operationId}`);
  const target = targetOf(endpoint);
  const path = fillPath(endpoint.path, prepared.params);
  const me = await actAs(kase.actor);
  const body = hostile ? hostileBodyOf(endpoint, target).text : endpoint.body ? kase.body?.(target) : undefined;
  const headers: Record<string, string> = endpoint.idempotencyKey ? { 'Idempotency-Key': IDEMPOTENCY_KEY } : {};
  const answer =
    hostile === null
      ? { status: 0, body: null, headers: new Headers() }
      : await call(endpoint.method, path, { body, headers });
  const view = await observe(endpoint, kase.actor, prepared, hostile === null ? undefined : answer);
  return { answer, request: `${endpoint.method} ${path}`, target, prepared, me, view };
}

// ── What must hold ───────────────────────────────────────────────────────────────────────────

const successOf = (endpoint: Endpoint): number => endpoint.successStatus ?? 200;
const seen = (run: Run): string =>
  `${run.request} answered ${String(run.answer.status)} ${JSON.stringify(run.answer.body).slice(0, 300)}`;

function differingReads(a: View, b: View): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((key) => a.get(key) !== b.get(key));
}

/** The body of a read of the view (undefined: not read, or not a 200). */
function bodyOf(view: View, key: string): unknown {
  const read = view.get(key);
  if (!read?.startsWith('200 ')) return undefined;
  return JSON.parse(read.slice(4)) as unknown;
}

function itemsOf(view: View, key: string): Row[] {
  return (bodyOf(view, key) as { items?: Row[] } | undefined)?.items ?? [];
}

/** The rows of every page of a staff list the view read, by id. */
function staffRowsOf(view: View, reader: string, path: string): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const key of view.keys()) {
    if (!key.startsWith(`${reader} GET ${path}`)) continue;
    for (const row of itemsOf(view, key)) rows.set(String(row.id), row);
  }
  return rows;
}

/** The status a new record starts in, whatever the body says (as the city's mayor lists it). */
const INITIAL_STATUSES: Partial<Record<string, readonly string[]>> = {
  registrations: ['confirmed', 'waitlisted'], // the seat count decides, never the body
  'memo-requests': ['submitted'],
};

/** Changing endpoints whose very purpose is a status change of the record in the path. */
const CHANGES_STATUS = new Set([
  'cancelRegistration',
  'withdrawMemoRequest',
  'progressMemoRequest',
  'declineMemoRequest',
  'deliverMemoRequest',
  'approveAssistanceRequest',
  'declineAssistanceRequest',
  'approveApplication',
  'declineApplication',
  'askApplicationQuestion',
  'answerApplicationQuestion',
]);

const RIVERTON = 'Riverton mayor';
const LAKEPORT = 'Lakeport mayor';
const FINANCE = 'MIP finance staff';

/** What the request made or changed, as the API shows it, checked field by field. */
function expectStoredValuesFromServer(endpoint: Endpoint, run: Run, before: Run): void {
  const op = endpoint.operationId;
  const { view } = run;
  const was = before.view;

  // Lakeport, the city the hostile fields name, reads exactly what it read before: nothing of the
  // request went to it (its records, its mayor's role, its invoice, its memo allowance).
  const lakeport = [...was.keys()].filter((key) => key.startsWith(`${LAKEPORT} `));
  expect(
    lakeport
      .filter((key) => view.get(key) !== was.get(key))
      .map((key) => `${key}: ${String(was.get(key)).slice(0, 200)} → ${String(view.get(key)).slice(0, 200)}`),
    'Lakeport reads what it read before',
  ).toEqual([]);
  expect(view.get(`${FINANCE} GET /staff/invoices/inv-lakeport-2026`)).toBe(
    was.get(`${FINANCE} GET /staff/invoices/inv-lakeport-2026`),
  );

  // A new city comes only from an application, named after the city in it (never the body's memberId).
  const membersBefore = new Set(itemsOf(was, `${FINANCE} GET /staff/members`).map((m) => String(m.id)));
  const newMembers = itemsOf(view, `${FINANCE} GET /staff/members`).filter((m) => !membersBefore.has(String(m.id)));
  expect(newMembers.length, 'new cities').toBe(op === 'createApplication' ? 1 : 0);
  for (const member of newMembers) expect(['lakeport', 'attacker-chosen']).not.toContain(member.id);

  // New records of the path's city start in their initial status; records it had keep theirs
  // unless changing the status is the request's very purpose. Riverton's access history names the
  // signed-in person as who did what was done.
  for (const [list, initial] of Object.entries(INITIAL_STATUSES)) {
    const key = `${RIVERTON} GET /members/riverton/${list}`;
    const old = new Map(itemsOf(was, key).map((r) => [String(r.id), r]));
    for (const row of itemsOf(view, key)) {
      const prior = old.get(String(row.id));
      const label = `${list} ${String(row.id)}`;
      if (!prior) expect(initial, `new ${label}: starts in its initial status`).toContain(row.status);
      else if (endpoint.body && !CHANGES_STATUS.has(op))
        expect(row.status, `${label}: status stays`).toEqual(prior.status);
    }
  }
  const staffRecords = [
    `${FINANCE} GET /staff/applications/${run.prepared.params.applicationId ?? ''}`,
    `${FINANCE} GET /staff/assistance-requests/${run.prepared.params.assistanceRequestId ?? ''}`,
  ];
  for (const key of staffRecords) {
    const prior = bodyOf(was, key) as Row | undefined;
    if (prior && endpoint.body && !CHANGES_STATUS.has(op))
      expect((bodyOf(view, key) as Row | undefined)?.status, key).toEqual(prior.status);
  }
  const logKey = `${RIVERTON} GET /members/riverton/access-log`;
  const logged = new Set(itemsOf(was, logKey).map((e) => String(e.id)));
  for (const entry of itemsOf(view, logKey).filter((e) => !logged.has(String(e.id)))) {
    expect((entry.actor as Row | undefined)?.id, `access history ${JSON.stringify(entry)}: its actor`).toBe(run.me);
  }

  // Nobody's role or city changes: not the signed-in person's, not Riverton's mayor's. Approving
  // an application makes its applicant the city's mayor: the one role a change sets, on purpose.
  const roleOf = (v: View, key: string) => {
    const session = bodyOf(v, key) as Session | undefined;
    return session && [session.person.id, session.person.role, session.ownMemberId];
  };
  for (const key of [`the actor afresh GET /session`, `${RIVERTON} GET /session`]) {
    expect(roleOf(view, key), key).toEqual(roleOf(was, key));
  }
  if (run.prepared.applicant) {
    // The applicant's role is theirs to read: they sign in with the password of their application.
    for (const v of [was, view]) expect(v.get('the applicant sign-in'), 'the applicant signs in').toBe('201');
    const key = 'the applicant GET /session';
    const applicantWas = roleOf(was, key);
    const expected =
      op === 'approveApplication' ? [applicantWas?.[0], 'mayor', run.prepared.applicant.memberId] : applicantWas;
    expect(roleOf(view, key), `the applicant's role and city`).toEqual(expected);
  }

  // No payment and no amount comes from a body: invoices keep their totals and what was paid.
  const invoicesWere = new Map<string, Row>();
  const invoicesNow = new Map<string, Row>();
  for (const invoiceView of STAFF_INVOICE_VIEWS) {
    const path = `/staff/invoices?view=${invoiceView}`;
    for (const [id, row] of staffRowsOf(was, FINANCE, path)) invoicesWere.set(id, row);
    for (const [id, row] of staffRowsOf(view, FINANCE, path)) invoicesNow.set(id, row);
  }
  for (const [id, invoice] of invoicesWere) {
    const now = invoicesNow.get(id);
    expect(now?.amountCents, `${id} amount`).toBe(invoice.amountCents);
    // Recording a check pays the payments its amount adds up to: the schedule decides which.
    if (op !== 'recordInvoicePayment') expect(now?.paidCents, `${id} paid`).toBe(invoice.paidCents);
  }
  for (const [id, row] of invoicesNow) {
    if (!invoicesWere.has(id)) expect(row.paidCents, `the new invoice ${id} is unpaid`).toBe(0);
  }
  if (op === 'createCheckoutSession') {
    const session = bodyOf(view, CHECKOUT_READ) as Row | undefined;
    expect(session?.amountCents, 'a checkout charges the instalment due, not the body amount').toBe(
      seededNextDueCentsOf(run.target.city),
    );
    expect(session?.completedAt).toBeNull();
  }

  // The memo allowance moves by exactly the request: one more used for a new request, one given
  // back for withdrawing one MIP had not started on or for MIP declining one, else none (whatever
  // `allowanceUsed` says).
  const memoDelta: Partial<Record<string, number>> = {
    createMemoRequest: 1,
    withdrawMemoRequest: -1,
    declineMemoRequest: -1,
  };
  for (const [city, reader] of [
    ['riverton', RIVERTON],
    ['lakeport', LAKEPORT],
  ] as const) {
    const key = `${reader} GET /members/${city}/memo-allowance`;
    const used = (v: View) => (bodyOf(v, key) as { used: number } | undefined)?.used;
    const delta = city === run.target.city ? (memoDelta[op] ?? 0) : 0;
    expect(used(view), `${city}'s memos used`).toBe((used(was) ?? NaN) + delta);
  }

  // The hostile values are nowhere: not stored (as anyone reads it), not answered.
  const stored = [...view.values()].join('\n');
  const answered = JSON.stringify(run.answer.body);
  for (const marker of MARKERS) {
    expect(stored.includes(marker), `"${marker}" stored`).toBe(false);
    expect(answered.includes(marker), `"${marker}" answered`).toBe(false);
  }
  expect(({} as Row).role, 'Object.prototype polluted').toBeUndefined();
  expect(({} as Row).isAdmin, 'Object.prototype polluted').toBeUndefined();
}

/** Rejected (4xx, nothing stored) or ignored (the same answer and the same reads as the valid request). */
async function expectRejectedOrIgnored(endpoint: Endpoint): Promise<void> {
  await resetApi();
  const prepared = await prepare(endpoint, targetOf(endpoint));
  await saveApiSnapshot(CASE_SNAPSHOT);
  const before = await send(endpoint, prepared, null);
  const control = await send(endpoint, prepared, false);
  expect(control.answer.status, `the valid request must succeed: ${seen(control)}`).toBe(successOf(endpoint));
  const hostile = await send(endpoint, prepared, true);
  const { status } = hostile.answer;

  if (status >= 400 && status < 500) {
    const differing = differingReads(before.view, hostile.view);
    expect(
      differing.map((key) => `${key}: ${String(hostile.view.get(key)).slice(0, 300)}`),
      `rejected, yet stored: ${seen(hostile)}`,
    ).toEqual([]);
    return;
  }
  expect(status, `neither rejected nor answered like the valid request: ${seen(hostile)}`).toBe(control.answer.status);
  expect(hostile.answer.headers.get('Idempotent-Replayed'), 'a fresh request, not a replay').toBeNull();
  expect(normalise(JSON.stringify(hostile.answer.body)), 'the answer is the valid request’s').toBe(
    normalise(JSON.stringify(control.answer.body)),
  );
  const differing = differingReads(control.view, hostile.view);
  for (const key of differing) {
    // Shows the first difference field by field.
    expect(
      JSON.parse(hostile.view.get(key)?.replace(/^\d+ /, '') ?? 'null'),
      `${key} after the hostile request`,
    ).toEqual(JSON.parse(control.view.get(key)?.replace(/^\d+ /, '') ?? 'null'));
  }
  expect(differing, 'reads that differ from the valid request’s').toEqual([]);
  expectStoredValuesFromServer(endpoint, hostile, before);
}

// ── The tests ────────────────────────────────────────────────────────────────────────────────

describe('mass assignment: hostile fields in the body of every changing endpoint are rejected or ignored', () => {
  for (const endpoint of changing.filter((e) => e.body)) {
    const actor = CASES[endpoint.operationId]?.actor ?? 'anonymous';
    it(`${endpoint.operationId} (${endpoint.method} ${endpoint.path}) as ${ACTORS[actor].label}`, async () => {
      await expectRejectedOrIgnored(endpoint);
    });
  }
});

describe('mass assignment: a JSON body sent to a changing endpoint that takes none changes nothing', () => {
  for (const endpoint of changing.filter((e) => !e.body)) {
    const actor = CASES[endpoint.operationId]?.actor ?? 'anonymous';
    it(`${endpoint.operationId} (${endpoint.method} ${endpoint.path}) as ${ACTORS[actor].label}`, async () => {
      await expectRejectedOrIgnored(endpoint);
    });
  }
});

describe('the mass-assignment cases cover the inventory', () => {
  it('has a case for every changing endpoint of the inventory, and none for anything else', () => {
    const ids = changing.map((e) => e.operationId);
    expect(ids.filter((id) => !(id in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('has a valid body exactly for the endpoints that take one', () => {
    const misfits = changing.filter((e) => Boolean(e.body) !== Boolean(CASES[e.operationId]?.body));
    expect(misfits.map((e) => e.operationId)).toEqual([]);
  });

  it('sends each request as an actor the authorisation policy allows, with no business refusal', () => {
    const misfits = changing.flatMap((e) => {
      const policy = POLICY[e.operationId];
      const actor = CASES[e.operationId]?.actor;
      if (!policy || !actor) return [`${e.operationId}: no policy row or case`];
      const { allowed, refusedWith } = expectationOf(policy, actor, isUnbound(policy) ? 'anyCity' : 'own');
      // A case aimed at a target of its own (another colleague's account, a city whose new mayor
      // waits for their link) is refused on the actor's own (one can't deactivate oneself; the seed's
      // people have set their passwords): its run answering 2xx is the proof.
      const ownRefusalAvoided = CASES[e.operationId]?.target !== undefined;
      return allowed && (!refusedWith || ownRefusalAvoided) ? [] : [`${e.operationId}: ${actor}`];
    });
    expect(misfits).toEqual([]);
  });

  it('adds every hostile field, except where the body schema itself has that field', () => {
    // startPreview's memberId is the city MIP staff chose to preview: a real input (any city may be
    // previewed), checked by the access rules, not something a body could take over. A memo request's
    // progress names the status it moves to (scoping or in progress), and only a legal move is taken.
    const withheld = changing.flatMap((e) =>
      hostileBodyOf(e, ACTORS[CASES[e.operationId]?.actor ?? 'anonymous'].own).withheld.map(
        (field) => `${e.operationId}: ${field}`,
      ),
    );
    // An approval of travel support names the amount MIP covers, held to the member's estimate; a
    // payment recorded names the amount received, which must add up to whole payments of the schedule.
    expect(withheld).toEqual([
      'startPreview: memberId',
      'progressMemoRequest: status',
      'approveTravelSupport: amountCents',
      'recordInvoicePayment: amountCents',
    ]);
  });

  it('puts the hostile fields inside arrays of objects too (each registration attendee)', () => {
    const endpoint = endpoints.createRegistrations;
    const sent = JSON.parse(hostileBodyOf(endpoint, ACTORS.delegate.own).text) as { attendees: Row[] };
    expect(sent.attendees).toHaveLength(2);
    for (const attendee of sent.attendees) {
      expect(attendee).toMatchObject({ memberId: 'lakeport', status: 'confirmed', id: 'attacker-chosen' });
    }
  });
});

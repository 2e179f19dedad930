// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as core from 'zod/v4/core';
import { fillPath, type Endpoint } from '../../src/api/contracts/endpoint';
import { endpoints } from '../../src/api/contracts/endpoints';
import { clock } from '../clock';
import { getDb } from '../db/db';
import type { MockDb } from '../db/schema';
import { today } from '../../server/rules/invoices';
import { currentInvoiceOf } from './seed-records';
import { memoAllowanceFrom } from '../../server/rules/memos';
import { EMAILS, ORIGIN, call, useSeedDate, type ApiAnswer } from './api';
import { ACTORS, POLICY, expectationOf, isUnbound, type ActorKind, type Target } from './authorisation-policy';
import {
  UPCOMING_MEETING,
  deliveredMemoIdOf,
  liveDelegationIdOf,
  liveRegistrationOf,
  openAssistanceRequestOf,
  pendingApplicationOf,
  questionWaitingFor,
  requestedTravelSupportOf,
  paidInvoiceWithPacketToPostOf,
  requestedInvoiceOf,
  submittedMemoOf,
} from './seed-records';

/**
 * Mass assignment (quality.md, "Security and roles"; api.md: memberId, actor and status come from
 * the session and the path, never from the body). Generated from the endpoint inventory: every
 * endpoint that is not a GET is sent, by an actor the authorisation policy allows, a valid request
 * with hostile fields added (at the top level and inside every object of the body, e.g. each
 * registration attendee; and as a `__proto__` member). The answer must be a 4xx that stored nothing
 * (rejected), or the same answer and the same database as the request without the hostile fields
 * on a fresh seed (ignored). The rows the request made or changed are also checked directly: their
 * city is the path's, their actor the signed-in person, new records start in their initial status,
 * no amount or payment comes from the body, the memo allowance moves by exactly the request, and
 * nobody's role changes.
 *
 * Endpoints that take no body get the hostile fields as a top-level JSON body: extra JSON must not
 * change anything either.
 *
 * The actors and their "own" targets come from authorisation-policy.ts (a meta-test checks that the
 * policy allows each one). The valid bodies are written here: the matrix keeps its own in
 * authorisation-matrix.test.ts, and importing a test file would run the whole matrix in this one.
 */

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

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
}

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
      amountCents: currentInvoiceOf(target.city)?.instalments.find((i) => i.paidOn === null)?.amountCents ?? 100,
      receivedOn: today(),
      reference: 'CHK-10442',
    }),
  },
  markPacketSent: { actor: 'staffFinance', body: () => ({ sentOn: today() }) },

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

  createApplication: {
    actor: 'anonymous',
    body: () => ({
      city: 'Oak Ridge',
      state: 'TN',
      population: 31_400,
      mayorName: 'Robin Hart',
      email: 'robin.hart@oakridge.example',
      termStartedOn: '2025-01-06',
      billingContactName: 'Robin Hart',
      billingContactEmail: 'finance@oakridge.example',
      password: 'a long enough password',
    }),
  },
};

function targetOf(endpoint: Endpoint): Target {
  const actor = CASES[endpoint.operationId]?.actor;
  if (!actor) throw new Error(`No mass-assignment case for ${endpoint.operationId}`);
  return ACTORS[actor].own;
}

// ── Records the path names: the seed's, or made where the seed has none ─────────────────────

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

function pathParam(name: string, endpoint: Endpoint, target: Target): string {
  switch (name) {
    case 'memberId':
      // The applicant answers a question MIP asked about the city's application.
      if (endpoint.operationId === 'answerApplicationQuestion') questionWaitingFor(target.city);
      return target.city;
    case 'personId':
      return target.person;
    case 'bookId':
      return 'bb-winter-2026';
    case 'applicationId':
      // An application MIP has not decided, of a prospective city made for the case.
      return pendingApplicationOf(target.city, 'mass');
    case 'trackId':
      // The identity track: joining it is the self-identification, leaving it clears that.
      return 'womens-network';
    case 'registrationId':
      // MIP's programs staff decide a travel-support request still waiting.
      if (endpoint.path.startsWith('/staff/travel-support/')) return requestedTravelSupportOf(target.city, 'mass');
      return liveRegistrationOf(target.city, 'mass', () => ({
        kind: 'council',
        name: 'Casey Quinn',
        title: 'Council Member',
      }));
    case 'memoRequestId':
      return OPEN_MEMO_OPERATIONS.has(endpoint.operationId)
        ? submittedMemoOf(target.city, 'mass')
        : required(deliveredMemoIdOf(target.city), `${target.city} has no delivered memo`);
    case 'assistanceRequestId':
      return openAssistanceRequestOf(target.city, 'mass');
    case 'invoiceId': {
      const invoice = currentInvoiceOf(target.city);
      if (!invoice) throw new Error(`${target.city} has no invoice this year`);
      // Staff send an invoice the city asked for, and post the packet of one paid in full.
      if (endpoint.operationId === 'issueInvoice') return requestedInvoiceOf(target.city);
      if (endpoint.operationId === 'markPacketSent') return paidInvoiceWithPacketToPostOf(target.city);
      return invoice.id;
    }
    case 'delegationId':
      return required(liveDelegationIdOf(target.city), `${target.city} has no live delegation`);
    default:
      throw new Error(`No value for {${name}} of ${endpoint.operationId}: teach pathParam() about it`);
  }
}

function paramsOf(endpoint: Endpoint, target: Target): Record<string, string> {
  const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  return Object.fromEntries(names.map((n) => [n, pathParam(n, endpoint, target)]));
}

// ── Sending, and what the database looked like around it ─────────────────────────────────────

type Row = Record<string, unknown>;

interface Snapshot {
  db: MockDb;
  /** Each table as normalised JSON, without the idempotency keys (they hold the raw body). */
  tables: Map<string, string>;
  /** Memos used this year, per city. */
  memosUsed: Map<string, number>;
}

/** Session and checkout ids are random by design (unguessable); everything else is deterministic. */
function normalise(json: string): string {
  return json.replace(/\b[0-9a-f]{64}\b/g, '<session-id>').replace(/\bcs-[0-9a-f]{24}\b/g, 'cs-<random>');
}

function snapshot(): Snapshot {
  const db = structuredClone(getDb());
  const tables = new Map(
    Object.entries(db)
      .filter(([name]) => name !== 'idempotency')
      .map(([name, rows]) => [name, normalise(JSON.stringify(rows))]),
  );
  const memosUsed = new Map(
    db.members.map((m) => [m.id, memoAllowanceFrom(m.id, today(), db.benefitRules, db.memoRequests).used]),
  );
  return { db, tables, memosUsed };
}

async function actAs(actor: ActorKind): Promise<string | null> {
  const { email, previews, grant } = ACTORS[actor];
  if (grant) throw new Error(`${actor} needs a grant made for the test; pick another actor`);
  expect((await call('DELETE', '/session')).status).toBe(204);
  if (email === null) return null;
  const signedIn = await call('POST', '/session', { body: { email, password: 'demo' } });
  expect(signedIn.status, `sign in as ${email}`).toBe(201);
  if (previews) {
    const preview = await call('POST', '/staff/previews', {
      body: { memberId: previews, reason: 'Checking what a hostile body can change' },
    });
    expect(preview.status, `preview ${previews}`).toBe(201);
  }
  const person = getDb().people.find((p) => p.email === email);
  if (!person) throw new Error(`No person with the e-mail ${email}`);
  return person.id;
}

interface Run {
  answer: ApiAnswer;
  request: string;
  target: Target;
  params: Record<string, string>;
  /** The signed-in person who sent the request (null: nobody). */
  me: string | null;
  before: Snapshot;
  after: Snapshot;
}

/** From the seed: the case's actor sends the valid request, or the hostile one. */
async function send(endpoint: Endpoint, hostile: boolean): Promise<Run> {
  useSeedDate();
  const kase = CASES[endpoint.operationId];
  if (!kase) throw new Error(`No mass-assignment case for ${endpoint.operationId}`);
  const target = targetOf(endpoint);
  const params = paramsOf(endpoint, target); // records in place before the actor's first request
  const path = fillPath(endpoint.path, params);
  const me = await actAs(kase.actor);
  const body = hostile ? hostileBodyOf(endpoint, target).text : endpoint.body ? kase.body?.(target) : undefined;
  const headers: Record<string, string> = endpoint.idempotencyKey ? { 'Idempotency-Key': IDEMPOTENCY_KEY } : {};
  const before = snapshot();
  const answer = await call(endpoint.method, path, { body, headers });
  return { answer, request: `${endpoint.method} ${path}`, target, params, me, before, after: snapshot() };
}

// ── What must hold ───────────────────────────────────────────────────────────────────────────

const successOf = (endpoint: Endpoint): number => endpoint.successStatus ?? 200;
const seen = (run: Run): string =>
  `${run.request} answered ${String(run.answer.status)} ${JSON.stringify(run.answer.body).slice(0, 300)}`;

function differingTables(a: Snapshot, b: Snapshot): string[] {
  return [...a.tables.keys()].filter((name) => a.tables.get(name) !== b.tables.get(name));
}

function rowsOf(db: MockDb, table: string): Row[] {
  const rows = (db as unknown as Record<string, unknown>)[table];
  return Array.isArray(rows) ? (rows as Row[]) : [];
}

interface TableChanges {
  added: Row[];
  changed: { was: Row; now: Row }[];
}

/** Rows the request added or changed, per table: by id where rows have one, else by content. */
function changesOf(run: Run): Map<string, TableChanges> {
  const changes = new Map<string, TableChanges>();
  for (const table of run.after.tables.keys()) {
    const was = rowsOf(run.before.db, table);
    const now = rowsOf(run.after.db, table);
    const byId = new Map(was.filter((r) => typeof r.id === 'string').map((r) => [r.id, r]));
    const wasJson = new Set(was.map((r) => JSON.stringify(r)));
    const entry: TableChanges = { added: [], changed: [] };
    for (const row of now) {
      if (wasJson.has(JSON.stringify(row))) continue;
      const old = typeof row.id === 'string' ? byId.get(row.id) : undefined;
      if (old) entry.changed.push({ was: old, now: row });
      else entry.added.push(row);
    }
    if (entry.added.length > 0 || entry.changed.length > 0) changes.set(table, entry);
  }
  return changes;
}

/** The status a new record starts in, whatever the body says. */
const INITIAL_STATUSES: Partial<Record<string, readonly string[]>> = {
  registrations: ['confirmed', 'waitlisted'], // the seat count decides, never the body
  memoRequests: ['submitted'],
  checkoutSessions: ['open'],
  assistanceRequests: ['submitted'],
  applications: ['received'],
};

/** Fields that say whose a record is: a change never moves them. */
const OWNERSHIP = ['id', 'memberId', 'actorId', 'subjectId', 'personId', 'mayorId', 'delegateId', 'staffId'];

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

/** The payments made: what was paid and when. Which date of a new plan each stands for is the plan's. */
function paidInstalments(db: MockDb, invoiceId: string): unknown[] {
  const invoice = db.invoices.find((i) => i.id === invoiceId);
  return (invoice?.instalments ?? [])
    .filter((i) => i.paidOn !== null)
    .map(({ amountCents, paidOn }) => ({ amountCents, paidOn }));
}

/** The rows the request made or changed, checked field by field. */
function expectStoredValuesFromServer(endpoint: Endpoint, run: Run): void {
  const op = endpoint.operationId;
  const changes = changesOf(run);
  const { before, after } = run;
  const newMembers = changes.get('members')?.added ?? [];
  // A new city comes only from an application, named after the city in it (never the body's memberId).
  expect(newMembers.length, 'new cities').toBe(op === 'createApplication' ? 1 : 0);
  // MIP's finance staff decide the application in the path: its city is the one the records are for.
  const decided = before.db.applications.find((a) => a.id === run.params.applicationId)?.memberId;
  const city = op === 'createApplication' ? String(newMembers[0]?.id) : (decided ?? run.target.city);
  expect(['lakeport', 'attacker-chosen']).not.toContain(city);
  const mayorId = after.db.members.find((m) => m.id === city)?.mayorId;

  for (const [table, { added, changed }] of changes) {
    for (const row of added) {
      const label = `new ${table} row ${JSON.stringify(row).slice(0, 200)}`;
      if ('memberId' in row) expect(row.memberId, `${label}: its city is the path's`).toBe(city);
      if ('actorId' in row) expect(row.actorId, `${label}: its actor is the signed-in person`).toBe(run.me);
      if ('staffId' in row) expect(row.staffId, `${label}: its staff member is the signed-in person`).toBe(run.me);
      if ('subjectId' in row) expect(row.subjectId, `${label}: it is for the city's mayor`).toBe(mayorId);
      if ('mayorId' in row) expect(row.mayorId, `${label}: it is for the city's mayor`).toBe(mayorId);
      if ('invoiceId' in row) expect(row.invoiceId, `${label}: its invoice is the path's`).toBe(run.params.invoiceId);
      const initial = INITIAL_STATUSES[table];
      if (initial) expect(initial, `${label}: starts in its initial status`).toContain(row.status);
      if (table === 'people') expect(['city_staff', 'prospective'], `${label}: role`).toContain(row.role);
    }
    for (const { was, now } of changed) {
      const label = `changed ${table} row ${String(was.id)}`;
      for (const key of OWNERSHIP) if (key in was) expect(now[key], `${label}: ${key} stays`).toEqual(was[key]);
      if ('status' in was && endpoint.body && !CHANGES_STATUS.has(op)) {
        expect(now.status, `${label}: status stays`).toEqual(was.status);
      }
    }
  }

  // Nobody's role or city changes: not the signed-in person's, not anyone's.
  for (const person of before.db.people) {
    const now = after.db.people.find((p) => p.id === person.id);
    // Approving an application makes its applicant the city's mayor: the one role a change sets, on purpose.
    const applicant = before.db.applications.find((a) => a.id === run.params.applicationId)?.personId;
    if (op === 'approveApplication' && person.id === applicant) {
      expect([now?.role, now?.memberId], `${person.id} becomes the mayor`).toEqual(['mayor', person.memberId]);
      continue;
    }
    expect([now?.role, now?.memberId], `${person.id}'s role and city`).toEqual([person.role, person.memberId]);
  }

  // No payment and no amount comes from a body: invoices keep their totals and their paid instalments.
  for (const invoice of before.db.invoices) {
    const now = after.db.invoices.find((i) => i.id === invoice.id);
    const total = (i: typeof invoice) => i.instalments.reduce((sum, x) => sum + x.amountCents, 0);
    expect(now?.amountCents, `${invoice.id} amount`).toBe(invoice.amountCents);
    expect(now && total(now), `${invoice.id} instalments add up to the same`).toBe(total(invoice));
    // Recording a check pays the payments its amount adds up to: the schedule decides which.
    if (op === 'recordInvoicePayment') continue;
    expect(paidInstalments(after.db, invoice.id), `${invoice.id} payments`).toEqual(
      paidInstalments(before.db, invoice.id),
    );
  }
  for (const row of changes.get('invoices')?.added ?? []) {
    expect(paidInstalments(after.db, String(row.id)), 'a new invoice is unpaid').toEqual([]);
  }
  for (const row of changes.get('checkoutSessions')?.added ?? []) {
    const invoice = before.db.invoices.find((i) => i.id === row.invoiceId);
    const nextDue = invoice?.instalments.find((i) => i.paidOn === null);
    expect(row.amountCents, 'a checkout charges the instalment due, not the body amount').toBe(nextDue?.amountCents);
    expect(row.completedAt).toBeNull();
  }

  // The memo allowance moves by exactly the request: one more used for a new request, one given
  // back for withdrawing one MIP had not started on or for MIP declining one, else none (whatever
  // `allowanceUsed` says).
  const memoDelta: Partial<Record<string, number>> = {
    createMemoRequest: 1,
    withdrawMemoRequest: -1,
    declineMemoRequest: -1,
  };
  for (const [member, used] of before.memosUsed) {
    const expected = used + (member === city ? (memoDelta[op] ?? 0) : 0);
    expect(after.memosUsed.get(member), `${member}'s memos used`).toBe(expected);
  }

  // The hostile values are nowhere: not stored, not answered.
  const stored = [...after.tables.values()].join('\n');
  const answered = JSON.stringify(run.answer.body);
  for (const marker of MARKERS) {
    expect(stored.includes(marker), `"${marker}" stored`).toBe(false);
    expect(answered.includes(marker), `"${marker}" answered`).toBe(false);
  }
  expect(({} as Row).role, 'Object.prototype polluted').toBeUndefined();
  expect(({} as Row).isAdmin, 'Object.prototype polluted').toBeUndefined();
}

/** Rejected (4xx, nothing stored) or ignored (the same answer and database as the valid request). */
async function expectRejectedOrIgnored(endpoint: Endpoint): Promise<void> {
  const control = await send(endpoint, false);
  expect(control.answer.status, `the valid request must succeed: ${seen(control)}`).toBe(successOf(endpoint));
  const hostile = await send(endpoint, true);
  const { status } = hostile.answer;

  if (status >= 400 && status < 500) {
    expect(differingTables(hostile.before, hostile.after), `rejected, yet stored: ${seen(hostile)}`).toEqual([]);
    return;
  }
  expect(status, `neither rejected nor answered like the valid request: ${seen(hostile)}`).toBe(control.answer.status);
  expect(hostile.answer.headers.get('Idempotent-Replayed'), 'a fresh request, not a replay').toBeNull();
  expect(normalise(JSON.stringify(hostile.answer.body)), 'the answer is the valid request’s').toBe(
    normalise(JSON.stringify(control.answer.body)),
  );
  const differing = differingTables(control.after, hostile.after);
  for (const table of differing) {
    // Shows the first difference field by field.
    expect(JSON.parse(hostile.after.tables.get(table) ?? 'null'), `${table} after the hostile request`).toEqual(
      JSON.parse(control.after.tables.get(table) ?? 'null'),
    );
  }
  expect(differing, 'tables that differ from the valid request’s').toEqual([]);
  expectStoredValuesFromServer(endpoint, hostile);
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
      return allowed && !refusedWith ? [] : [`${e.operationId}: ${actor}`];
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

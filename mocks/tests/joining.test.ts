// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dues } from '../../src/api/contracts/dues';
import type { Application, ApplicationBodyInput } from '../../src/api/contracts/joining';
import type { Overview } from '../../src/api/contracts/members';
import type { Session } from '../../src/api/contracts/session';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { call, errorCode, signIn, startPreview, useSeedDate, type ApiAnswer, type ErrorAnswer } from './api';
import { useHttpListener } from './http-listener';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

let keys = 0;
const freshKey = (): string => `apply-key-${String((keys += 1))}`;

const BODY: ApplicationBodyInput = {
  city: 'Oak Ridge',
  state: 'TN',
  population: 31_400,
  mayorName: 'Pat Quinn',
  email: 'Pat.Quinn@oakridge.example',
  termStartedOn: '2025-01-06',
  billingContactName: 'Oak Ridge Finance Office',
  billingContactEmail: 'finance@oakridge.example',
  password: 'a long demo password',
};

function apply(body: Partial<ApplicationBodyInput> = {}, key: string | null = freshKey()) {
  return call<Application>('POST', '/applications', {
    body: { ...BODY, ...body },
    headers: key ? { 'Idempotency-Key': key } : {},
  });
}

const fieldErrorsOf = (answer: ApiAnswer) => (answer.body as ErrorAnswer).error.fieldErrors ?? {};

describe('POST /applications', () => {
  it('creates a prospective city, its mayor’s account and the application, and signs the mayor in', async () => {
    const answer = await apply();
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      id: 'app-oak-ridge',
      memberId: 'oak-ridge',
      status: 'received',
      submittedAt: '2026-11-26T15:00:00.000Z',
      decidedAt: null,
      city: 'Oak Ridge',
      state: 'TN',
      population: 31_400,
      feeCents: 150_000,
      mayorName: 'Pat Quinn',
      email: 'Pat.Quinn@oakridge.example',
      termStartedOn: '2025-01-06',
      billingContactName: 'Oak Ridge Finance Office',
      billingContactEmail: 'finance@oakridge.example',
      questions: [],
      declineReason: null,
      welcomeMessage: null,
    });
    expect(answer.headers.get('Set-Cookie')).toMatch(/^mip_session=[0-9a-f]{64};.*HttpOnly/);
    const session = await call<Session>('GET', '/session');
    expect(session.body).toMatchObject({
      person: { name: 'Pat Quinn', role: 'prospective', title: 'Mayor' },
      ownMemberId: 'oak-ridge',
      grants: [],
    });
  });

  it('gives the new account everything a prospective mayor has: overview, welcome data, the free Winter Meeting', async () => {
    await apply();
    const overview = await call<Overview>('GET', '/members/oak-ridge/overview');
    expect(overview.status).toBe(200);
    expect(overview.body.member).toMatchObject({
      city: 'Oak Ridge',
      population: 31_400,
      mayor: { name: 'Pat Quinn', termStartedOn: '2025-01-06' },
      membership: { status: 'prospective' },
    });
    expect(overview.body.actions.map((a) => a.id)).toContain('membership-application');
    expect((await call<Application>('GET', '/members/oak-ridge/application')).body.status).toBe('received');
    expect((await call('GET', '/meetings?memberId=oak-ridge&when=upcoming&kind=winter&pageSize=1')).status).toBe(200);
    expect((await call('GET', '/members/oak-ridge/registrations')).status).toBe(200);
    expect((await call<Dues>('GET', '/members/oak-ridge/dues')).body).toMatchObject({
      currentInvoice: null,
      tier: { feeCents: 150_000 },
    });
    const registration = await call<{ items: { status: string }[] }>('POST', '/members/oak-ridge/registrations', {
      body: {
        meetingId: 'winter-2027',
        attendees: [{ kind: 'mayor', name: 'Pat Quinn', title: 'Mayor', email: 'pat.quinn@oakridge.example' }],
      },
      headers: { 'Idempotency-Key': freshKey() },
    });
    expect([registration.status, registration.body.items[0]?.status]).toEqual([201, 'confirmed']);
    expect((await call('GET', '/members/oak-ridge/memo-allowance')).status).toBe(200);
  });

  it('lets the new mayor sign in again later with the e-mail in any case and the password', async () => {
    await apply();
    await call('DELETE', '/session');
    const again = await call('POST', '/session', {
      body: { email: 'pat.quinn@OAKRIDGE.example', password: BODY.password },
    });
    expect(again.status).toBe(201);
  });

  it('refuses an e-mail that already has an account (409 email_taken, on the field)', async () => {
    const answer = await apply({ email: 'ANA.ORTIZ@riverton.example' });
    expect([answer.status, errorCode(answer)]).toEqual([409, 'email_taken']);
    expect(fieldErrorsOf(answer)).toHaveProperty('email');
    expect(getDb().members.some((m) => m.id === 'oak-ridge')).toBe(false);
  });

  it('refuses a city that already has an account in the same state (409 city_exists), not a namesake', async () => {
    const taken = await apply({ city: '  riverton ', state: 'WI' });
    expect([taken.status, errorCode(taken)]).toEqual([409, 'city_exists']);
    expect(fieldErrorsOf(taken)).toHaveProperty('city');
    expect(errorCode(await apply({ city: 'Millbrook', state: 'NY', email: 'x@millbrook-ny.example' }))).toBe(
      'city_exists',
    );
    const namesake = await apply({ city: 'Riverton', state: 'WY', email: 'mayor@riverton-wy.example' });
    expect([namesake.status, namesake.body.memberId]).toEqual([201, 'riverton-2']);
  });

  it('wants a term start between 1950 and two years from today (422)', async () => {
    for (const termStartedOn of ['1949-12-31', '2028-11-27']) {
      const answer = await apply({ termStartedOn });
      expect([answer.status, errorCode(answer)], termStartedOn).toEqual([422, 'validation_failed']);
      expect(fieldErrorsOf(answer), termStartedOn).toHaveProperty('termStartedOn');
    }
    expect((await apply({ termStartedOn: '2028-11-26' })).status).toBe(201);
  });

  it('validates with the contract’s schema (422) and needs an Idempotency-Key (400)', async () => {
    const bad = await apply({ population: 0, password: 'short', state: 'ZZ' as 'TN' });
    expect(bad.status).toBe(422);
    expect(Object.keys(fieldErrorsOf(bad)).sort()).toEqual(['password', 'population', 'state']);
    expect(errorCode(await apply({}, null))).toBe('idempotency_key_required');
  });

  it('replays a retry with the same key: one account, signed in again', async () => {
    const first = await apply({}, 'apply-once');
    await call('DELETE', '/session');
    const again = await apply({}, 'apply-once');
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect((await call<Session>('GET', '/session')).body.ownMemberId).toBe('oak-ridge');
    // Also when the retry already carries the new account's cookie.
    expect((await apply({}, 'apply-once')).body).toEqual(first.body);
    expect(getDb().members.filter((m) => m.city === 'Oak Ridge')).toHaveLength(1);
    expect(getDb().people.filter((p) => p.name === 'Pat Quinn')).toHaveLength(1);
    const reused = await apply({ population: 40_000 }, 'apply-once');
    expect([reused.status, errorCode(reused)]).toEqual([422, 'idempotency_key_reused']);
  });

  it('replaces whoever was signed in, and is refused in a preview', async () => {
    await signIn('ana');
    await apply();
    expect((await call<Session>('GET', '/session')).body.person.name).toBe('Pat Quinn');
    await signIn('morgan');
    await startPreview('riverton');
    const previewing = await apply({ email: 'other@oakridge.example', city: 'Elm Ridge' });
    expect([previewing.status, errorCode(previewing)]).toEqual([403, 'preview_read_only']);
  });
});

describe('GET /dues-tiers/quote', () => {
  const quote = (query: string) => call<{ feeCents: number }>('GET', `/dues-tiers/quote${query}`);

  it('quotes the fee for a population', async () => {
    const answer = await quote('?population=45000');
    expect([answer.status, answer.body.feeCents]).toEqual([200, 150_000]);
  });

  it.each([
    ['an empty population', '?population=', "Enter your city's population"],
    ['no population', '', "Enter your city's population"],
    ['a population of 0', '?population=0', "Enter your city's population: it can't be 0"],
    ['a population that is not a number', '?population=lots', 'Enter the population as a whole number, like 45,000'],
  ])('refuses %s with words on the field (422), never as zero', async (_what, query, message) => {
    const answer = await quote(query);
    expect([answer.status, errorCode(answer)]).toEqual([422, 'validation_failed']);
    expect(fieldErrorsOf(answer)).toEqual({ population: [message] });
  });

  it('refuses a population of 0 on an application too (422)', async () => {
    const answer = await apply({ population: 0 });
    expect(answer.status).toBe(422);
    expect(fieldErrorsOf(answer)).toEqual({ population: ["Enter your city's population: it can't be 0"] });
  });
});

describe('GET /members/{memberId}/application', () => {
  it('shows Millbrook’s application to Lee Chen and to MIP staff previewing Millbrook', async () => {
    await signIn('lee');
    const answer = await call<Application>('GET', '/members/millbrook/application');
    expect(answer.body).toMatchObject({
      id: 'app-millbrook',
      status: 'received',
      city: 'Millbrook',
      state: 'NY',
      population: 45_000,
      feeCents: 150_000,
      mayorName: 'Lee Chen',
      email: 'lee.chen@millbrook.example',
      submittedAt: '2026-11-20T14:05:00.000Z',
    });
    await signIn('morgan');
    await startPreview('millbrook');
    expect((await call('GET', '/members/millbrook/application')).status).toBe(200);
  });

  it('hides it from other cities (404), delegates (403), and answers 404 for a city with none', async () => {
    await signIn('ana');
    expect((await call('GET', '/members/millbrook/application')).status).toBe(404);
    expect((await call('GET', '/members/riverton/application')).status).toBe(404);
    await signIn('jordan');
    expect(errorCode(await call('GET', '/members/riverton/application'))).toBe('mayor_only');
  });
});

describe('applications over HTTP, at once', () => {
  const { send } = useHttpListener();

  const post = (key: string, email = BODY.email) =>
    send('/applications', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify({ ...BODY, email }),
    });

  it('creates one account for simultaneous retries with the same key', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => post('apply-at-once')));
    for (const a of answers) expect([201, 409]).toContain(a.status);
    expect(getDb().applications.filter((a) => a.city === 'Oak Ridge')).toHaveLength(1);
  });

  it('creates one account for simultaneous submits of one e-mail with different keys', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, (_, n) => post(`apply-${String(n)}`)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(getDb().people.filter((p) => p.email === BODY.email)).toHaveLength(1);
  });
});

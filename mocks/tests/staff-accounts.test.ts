// @vitest-environment node
// API-level tests need no DOM. A black-box suite: it runs on every runtime (tests/black-box).
// MIP's staff accounts, kept by its admins (issue 19): invite a colleague with areas, change the
// areas, deactivate an account; the Hub always keeps an active admin.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { endpoints } from '../../src/api/contracts/endpoints';
import type { StaffAccount } from '../../src/api/contracts/staff-accounts';
import { call, EMAILS, errorCode, resetApi, setApiClock, signIn, type ApiAnswer, type ErrorAnswer } from './api';
import { signInWith } from './api-records';

beforeEach(() => resetApi());
afterEach(() => setApiClock(null));

const ELENA = 'elena.park@mayorsinnovation.example';
const NADIA = 'nadia.brooks@mayorsinnovation.example';
const INVITE = {
  name: 'Priya Raman',
  email: 'priya.raman@mayorsinnovation.example',
  title: 'Programs Associate',
  areas: ['programs'],
};

const fieldErrors = (answer: ApiAnswer) => (answer.body as ErrorAnswer).error.fieldErrors ?? {};
const list = () => call<{ items: StaffAccount[] }>('GET', '/staff/accounts');
const invite = (body: unknown, key: string) =>
  call<StaffAccount>('POST', '/staff/accounts', { body, headers: { 'Idempotency-Key': key } });
const setAreas = (personId: string, areas: string[]) =>
  call<StaffAccount>('POST', `/staff/accounts/${personId}/areas`, { body: { areas } });
const deactivate = (personId: string) =>
  call<StaffAccount>('POST', `/staff/accounts/${personId}/deactivation`, { body: {} });

describe("MIP's staff accounts, as an admin keeps them (Elena Park)", () => {
  it('lists every colleague with their areas, by name', async () => {
    await signInWith(ELENA);
    const accounts = await list();
    expect(accounts.status).toBe(200);
    expect(safeParse(endpoints.listStaffAccounts.response, accounts.body).success).toBe(true);
    expect(accounts.body.items.map((a) => [a.name, a.areas, a.status])).toEqual([
      ['Elena Park', ['admin'], 'active'],
      ['Morgan Hale', ['programs', 'policy'], 'active'],
      ['Nadia Brooks', ['policy'], 'active'],
      ['Theo Grant', ['finance'], 'active'],
    ]);
  });

  it('invites a colleague once per key, with their areas in the order the Hub names them', async () => {
    await signInWith(ELENA);
    const made = await invite({ ...INVITE, areas: ['policy', 'programs', 'policy'] }, 'invite-priya');
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: 'Priya Raman', areas: ['programs', 'policy'], status: 'active' });
    const again = await invite({ ...INVITE, areas: ['policy', 'programs', 'policy'] }, 'invite-priya');
    expect([again.status, again.body.id]).toEqual([201, made.body.id]);
    expect((await list()).body.items.filter((a) => a.name === 'Priya Raman')).toHaveLength(1);
    // Invited, not signed in yet: nobody knows a password for the account.
    const guess = await call('POST', '/session', { body: { email: INVITE.email, password: 'demo' } });
    expect(guess.status).toBe(401);
  });

  it('says at the field when an e-mail is in use or no area is chosen', async () => {
    await signInWith(ELENA);
    const taken = await invite({ ...INVITE, email: EMAILS.theo.toUpperCase() }, 'invite-taken');
    expect([taken.status, Object.keys(fieldErrors(taken))]).toEqual([409, ['email']]);
    const none = await invite({ ...INVITE, areas: [] }, 'invite-none');
    expect(fieldErrors(none)).toEqual({ areas: ['Choose at least one area of work'] });
  });

  it("changes a colleague's areas: they work in the new ones at their next request", async () => {
    await signInWith(ELENA);
    const theo = await setAreas('theo-grant', ['admin', 'finance']);
    expect(theo.body.areas).toEqual(['finance', 'admin']);
    await signIn('theo');
    expect((await list()).status).toBe(200);
  });

  it('keeps an admin: the last one may not give the area up, until a colleague has it', async () => {
    await signInWith(ELENA);
    const alone = await setAreas('elena-park', ['programs']);
    expect([alone.status, errorCode(alone)]).toEqual([409, 'last_admin']);
    expect((alone.body as unknown as ErrorAnswer).error.message).toBe(
      "Elena Park is the Hub's last admin: make a colleague an admin before you take the admin area away.",
    );
    await setAreas('nadia-brooks', ['policy', 'admin']);
    expect((await setAreas('elena-park', ['programs'])).status).toBe(200);
    expect(errorCode(await list())).toBe('outside_staff_area');
  });

  it("deactivates a colleague: signed out, can't sign in, and no longer given memos", async () => {
    await signIn('morgan');
    await signInWith(ELENA);
    const morgan = await deactivate('morgan-hale');
    expect(morgan.body.status).toBe('deactivated');
    expect(morgan.body.deactivatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await deactivate('morgan-hale')).body.deactivatedAt).toBe(morgan.body.deactivatedAt);
    const signInAgain = await call('POST', '/session', { body: { email: EMAILS.morgan, password: 'demo' } });
    expect([signInAgain.status, errorCode(signInAgain)]).toEqual([401, 'invalid_credentials']);
    await signInWith(ELENA);
    const accounts = (await list()).body.items;
    expect(accounts.at(-1)).toMatchObject({ name: 'Morgan Hale', status: 'deactivated' });
    await signInWith(NADIA);
    const memo = await call<{ assignable: { name: string }[] }>('GET', '/staff/memo-requests/memo-riverton-adu');
    expect(memo.body.assignable.map((p) => p.name)).toEqual(['Nadia Brooks']);
  });

  it("refuses one's own deactivation, an account that is not MIP staff, and anyone but an admin", async () => {
    await signInWith(ELENA);
    expect(errorCode(await deactivate('elena-park'))).toBe('own_account');
    expect((await deactivate('ana-ortiz')).status).toBe(404);
    expect((await setAreas('no-one', ['policy'])).status).toBe(404);
    await signIn('theo');
    expect(errorCode(await list())).toBe('outside_staff_area');
    expect(errorCode(await deactivate('morgan-hale'))).toBe('outside_staff_area');
    await signIn('ana');
    expect(errorCode(await invite(INVITE, 'invite-ana'))).toBe('staff_only');
  });
});

// @vitest-environment node
// API-level tests need no DOM. A black-box suite: it runs on every runtime (tests/black-box).
// The first sign-in of an account MIP's staff made (issue 19, decision 039): the welcome e-mail's
// link sets a password once, within 14 days; staff see the e-mail without the link and can send
// a new one until the person has set their password.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { endpoints } from '../../src/api/contracts/endpoints';
import type { Session } from '../../src/api/contracts/session';
import type { StaffAccount } from '../../src/api/contracts/staff-accounts';
import type { StaffCity } from '../../src/api/contracts/staff-cities';
import type { Outbox } from '../../src/api/contracts/staff-outbox';
import type { WelcomeLink } from '../../src/api/contracts/welcome-links';
import {
  advanceApiClock,
  call,
  errorCode,
  mailboxOf,
  resetApi,
  setApiClock,
  signIn,
  welcomeTokenOf,
  type ApiAnswer,
  type ErrorAnswer,
} from './api';
import { signInWith, signOut } from './api-records';

beforeEach(() => resetApi());
afterEach(() => setApiClock(null));

const ELENA = 'elena.park@mayorsinnovation.example';
const PRIYA = {
  name: 'Priya Raman',
  email: 'priya.raman@mayorsinnovation.example',
  title: 'Programs Associate',
  areas: ['programs'],
};
const ROSA = { name: 'Rosa Delgado', email: 'rosa.delgado@riverton.example', termStartedOn: '2026-11-02' };
const PASSWORD = 'river-bend-lantern';
const DAY_MS = 24 * 60 * 60 * 1000;

const readLink = (token: string) => call<WelcomeLink>('GET', `/welcome-links/${token}`);
const useLink = (token: string, password = PASSWORD) =>
  call<Session>('POST', `/welcome-links/${token}`, { body: { password } });
const messageOf = (answer: ApiAnswer) => (answer.body as ErrorAnswer).error.message;
const priyaAccount = async () =>
  (await call<{ items: StaffAccount[] }>('GET', '/staff/accounts')).body.items.find((a) => a.name === PRIYA.name);

async function elenaInvitesPriya(): Promise<StaffAccount> {
  await signInWith(ELENA);
  const made = await call<StaffAccount>('POST', '/staff/accounts', {
    body: PRIYA,
    headers: { 'Idempotency-Key': 'invite-priya' },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body;
}

async function theoRecordsRosa(): Promise<StaffCity> {
  await signIn('theo');
  const before = await call<StaffCity>('GET', '/staff/cities/riverton');
  const answer = await call<StaffCity>('POST', '/staff/cities/riverton/mayor', {
    body: ROSA,
    headers: { 'If-Match': `"${String(before.body.version)}"` },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body;
}

describe("an invited colleague's first sign-in", () => {
  it('queues a welcome e-mail whose link only its person reads; staff see it without the link', async () => {
    const priya = await elenaInvitesPriya();
    expect(priya.invitation).toMatchObject({ expired: false });
    expect(Date.parse(priya.invitation?.expiresAt ?? '') - Date.parse(priya.invitation?.sentAt ?? '')).toBe(
      14 * DAY_MS,
    );
    const [email] = await mailboxOf(PRIYA.email);
    expect(email?.subject).toBe('Your MIP Member Hub staff account');
    const token = await welcomeTokenOf(PRIYA.email);
    expect(token.length).toBeGreaterThanOrEqual(43);

    const outbox = await call<Outbox>('GET', '/staff/outbox');
    expect(safeParse(endpoints.listStaffOutbox.response, outbox.body).success).toBe(true);
    const seen = outbox.body.items.find((item) => item.to.email === PRIYA.email);
    expect(seen).toMatchObject({ recordKind: 'account', recordId: priya.id, memberId: null, city: null });
    expect(seen?.body).toContain('[the link is in the e-mail only]');
    expect(seen?.body).not.toContain(token);
  });

  it('shows whose account it is, sets the password once and signs the person in', async () => {
    await elenaInvitesPriya();
    const token = await welcomeTokenOf(PRIYA.email);
    await signOut();
    const link = await readLink(token);
    expect(link.status).toBe(200);
    expect(safeParse(endpoints.getWelcomeLink.response, link.body).success).toBe(true);
    expect(link.body).toMatchObject({ name: PRIYA.name, email: PRIYA.email });

    const short = await useLink(token, 'short');
    expect([short.status, (short.body as unknown as ErrorAnswer).error.fieldErrors]).toEqual([
      422,
      { password: ['Choose a password of at least 10 characters'] },
    ]);
    const used = await useLink(token);
    expect(used.status).toBe(201);
    expect(used.body.person).toMatchObject({ name: PRIYA.name, role: 'mip_staff', staffAreas: ['programs'] });
    expect((await call<Session>('GET', '/session')).body.person.email).toBe(PRIYA.email);

    // The link works once; the password is the one chosen.
    const again = await useLink(token, 'another-password-1');
    expect([again.status, errorCode(again)]).toEqual([404, 'welcome_link_not_found']);
    expect((await readLink(token)).status).toBe(404);
    await signOut();
    await signInWith(PRIYA.email, PASSWORD);
    await signInWith(ELENA);
    expect((await priyaAccount())?.invitation).toBeNull();
  });

  it('expires after 14 days; a link sent again works and ends the older one', async () => {
    await elenaInvitesPriya();
    const first = await welcomeTokenOf(PRIYA.email);
    await advanceApiClock(14 * DAY_MS + 60_000);
    const expired = await readLink(first);
    expect([expired.status, errorCode(expired)]).toEqual([410, 'welcome_link_expired']);
    expect(messageOf(expired)).toBe('This link has expired: links work for 14 days. Ask MIP to send you a new one.');
    expect((await useLink(first)).status).toBe(410);

    await signInWith(ELENA);
    const priya = await priyaAccount();
    expect(priya?.invitation?.expired).toBe(true);
    const resent = await call<StaffAccount>('POST', `/staff/accounts/${priya?.id ?? ''}/welcome-link`, {
      body: {},
      headers: { 'Idempotency-Key': 'resend-priya' },
    });
    expect([resent.status, resent.body.invitation?.expired]).toEqual([200, false]);
    const second = await welcomeTokenOf(PRIYA.email);
    expect(second).not.toBe(first);
    expect((await mailboxOf(PRIYA.email)).length).toBe(2);
    await signOut();
    expect((await readLink(first)).status).toBe(404);
    expect((await useLink(second)).status).toBe(201);
  });

  it('refuses to send a link again once the password is set, and to anyone but an admin', async () => {
    const priya = await elenaInvitesPriya();
    const resend = () =>
      call('POST', `/staff/accounts/${priya.id}/welcome-link`, { body: {}, headers: { 'Idempotency-Key': 'again' } });
    await signIn('theo');
    expect(errorCode(await resend())).toBe('outside_staff_area');
    await useLink(await welcomeTokenOf(PRIYA.email));
    await signInWith(ELENA);
    const refused = await resend();
    expect([refused.status, errorCode(refused)]).toEqual([409, 'already_set_up']);
    expect(messageOf(refused)).toBe(
      'Priya Raman has already set a password and signs in with it: there is no link to send again.',
    );
    // An account that never had a link (the seed's) has nothing to send again either.
    const theo = await call('POST', '/staff/accounts/theo-grant/welcome-link', {
      body: {},
      headers: { 'Idempotency-Key': 'theo' },
    });
    expect(errorCode(theo)).toBe('already_set_up');
  });

  it('stops working when the account is deactivated', async () => {
    const priya = await elenaInvitesPriya();
    const token = await welcomeTokenOf(PRIYA.email);
    await call('POST', `/staff/accounts/${priya.id}/deactivation`, { body: {} });
    expect((await readLink(token)).status).toBe(404);
    expect((await priyaAccount())?.invitation).toBeNull();
  });

  it('limits guessing: the sixth try of an unknown link from one address is refused for a while', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await readLink('guessed-token')).status).toBe(404);
    const limited = await readLink('guessed-token');
    expect([limited.status, errorCode(limited)]).toEqual([429, 'too_many_sign_in_attempts']);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
  });
});

describe("a city's new mayor's first sign-in", () => {
  it('welcomes the mayor by their city; the city record shows the invitation until they set a password', async () => {
    const riverton = await theoRecordsRosa();
    expect(riverton.mayor.invitation).toMatchObject({ expired: false });
    const [email] = await mailboxOf(ROSA.email);
    expect(email?.subject).toBe('Welcome to the MIP Member Hub');
    expect(email?.body).toContain('MIP recorded you as the mayor of Riverton');

    const resent = await call<StaffCity>('POST', '/staff/cities/riverton/mayor/welcome-link', {
      body: {},
      headers: { 'Idempotency-Key': 'resend-rosa' },
    });
    expect(resent.status).toBe(200);
    expect(resent.body.actions.at(-1)).toMatchObject({
      action: "Sent Mayor Rosa Delgado's welcome link again",
      by: { name: 'Theo Grant' },
    });

    await signOut();
    const used = await useLink(await welcomeTokenOf(ROSA.email));
    expect([used.status, used.body.ownMemberId]).toEqual([201, 'riverton']);
    await signIn('theo');
    expect((await call<StaffCity>('GET', '/staff/cities/riverton')).body.mayor.invitation).toBeNull();
  });

  it('ends the link of a mayor who leaves the city before using it, and is for finance and admin', async () => {
    await theoRecordsRosa();
    const token = await welcomeTokenOf(ROSA.email);
    await signIn('morgan');
    const refused = await call('POST', '/staff/cities/riverton/mayor/welcome-link', {
      body: {},
      headers: { 'Idempotency-Key': 'morgan' },
    });
    expect(errorCode(refused)).toBe('outside_staff_area');
    await signIn('theo');
    const before = await call<StaffCity>('GET', '/staff/cities/riverton');
    await call('POST', '/staff/cities/riverton/mayor', {
      body: { name: 'Sam Ito', email: 'sam.ito@riverton.example', termStartedOn: '2026-11-20' },
      headers: { 'If-Match': `"${String(before.body.version)}"` },
    });
    expect((await readLink(token)).status).toBe(404);
  });
});

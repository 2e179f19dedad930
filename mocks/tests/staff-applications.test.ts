// @vitest-environment node
// API-level tests need no DOM: MIP's finance staff deciding membership applications, black-box over HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dues } from '../../src/api/contracts/dues';
import type { Application } from '../../src/api/contracts/joining';
import type { Overview } from '../../src/api/contracts/members';
import type { Session } from '../../src/api/contracts/session';
import type { StaffApplication } from '../../src/api/contracts/staff-applications';
import type { Inbox } from '../../src/api/contracts/staff-work';
import { clock } from '../clock';
import { call, errorCode, signIn, startPreview, useSeedDate, type ApiAnswer } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

const APP = 'app-millbrook';
const staffPath = (change = ''): string => `/staff/applications/${APP}${change}`;
const read = (): Promise<ApiAnswer<StaffApplication>> => call<StaffApplication>('GET', staffPath());

function change(
  what: 'approve' | 'decline' | 'ask',
  body: unknown,
  ifMatch?: number | string,
): Promise<ApiAnswer<StaffApplication>> {
  const headers: Record<string, string> =
    ifMatch === undefined ? {} : { 'If-Match': typeof ifMatch === 'number' ? `"${String(ifMatch)}"` : ifMatch };
  return call<StaffApplication>('POST', staffPath(`/${what}`), { body, headers });
}

const answer = (text: string): Promise<ApiAnswer<Application>> =>
  call<Application>('POST', '/members/millbrook/application/answers', { body: { answer: text } });

const QUESTION = 'Has your council voted to fund the membership in this fiscal year?';
const ANSWER = 'Yes: the council approved the line item on March 3, in the general fund.';
const REASON = 'MIP takes cities of 10,000 or more; please write to us once you have a council vote.';

async function applicationsInInbox(): Promise<Inbox['items']> {
  const inbox = await call<Inbox>('GET', '/staff/inbox?kind=application&pageSize=100');
  expect(inbox.status).toBe(200);
  return inbox.body.items.filter((i) => i.id === APP);
}

describe('MIP finance staff read an application', () => {
  it('shows what the city wrote, the tier and fee at its population, and the record', async () => {
    await signIn('theo');
    const answer = await read();
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      id: APP,
      memberId: 'millbrook',
      city: 'Millbrook',
      state: 'NY',
      population: 45_000,
      status: 'received',
      feeCents: 150_000,
      tier: { minPopulation: 30_000, maxPopulation: 49_999, feeCents: 150_000 },
      applicant: { id: 'lee-chen', name: 'Lee Chen' },
      questions: [],
      actions: [],
      version: 0,
    });
  });

  it('refuses Morgan (programs and policy, 403), members and the applicant (403), and anonymous callers (401)', async () => {
    expect((await read()).status).toBe(401);
    await signIn('morgan');
    const morgan = await read();
    expect(morgan.status).toBe(403);
    expect(errorCode(morgan)).toBe('outside_staff_area');
    expect((await change('approve', {})).status).toBe(403);
    await signIn('ana');
    expect((await read()).status).toBe(403);
    await signIn('lee');
    expect((await read()).status).toBe(403);
    expect((await change('approve', {})).status).toBe(403);
  });

  it('answers 404 for an application that does not exist', async () => {
    await signIn('theo');
    expect((await call('GET', '/staff/applications/app-nowhere')).status).toBe(404);
  });
});

describe('approving makes the city a member', () => {
  it('Lee signs in to a member hub: mayor of Millbrook, membership active, an invoice of $1,500.00 at the tier', async () => {
    await signIn('theo');
    const approved = await change('approve', { message: 'Welcome to MIP! Your packet is on its way.' }, 0);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(approved.body.decidedAt).not.toBeNull();
    expect(approved.body.version).toBe(1);
    expect(approved.body.actions.map((a) => [a.by.id, a.action, a.detail])).toEqual([
      ['theo-grant', 'Approved: the city is a member', 'Welcome to MIP! Your packet is on its way.'],
    ]);

    const session: Session = await signIn('lee');
    expect(session.person.role).toBe('mayor');
    expect(session.ownMemberId).toBe('millbrook');

    const overview = await call<Overview>('GET', '/members/millbrook/overview');
    expect(overview.status).toBe(200);
    expect(overview.body.member.membership.status).toBe('active');
    expect(overview.body.member.membership.yearLabel).not.toBeNull();

    const dues = await call<Dues>('GET', '/members/millbrook/dues');
    expect(dues.status).toBe(200);
    expect(dues.body.tier.feeCents).toBe(150_000);
    expect(dues.body.currentInvoice).toMatchObject({ amountCents: 150_000 });
    expect(dues.body.currentInvoice?.membershipYearLabel).toBe(overview.body.member.membership.yearLabel);

    // The member's application says so, with MIP's welcome.
    const own = await call<Application>('GET', '/members/millbrook/application');
    expect(own.body).toMatchObject({
      status: 'approved',
      welcomeMessage: 'Welcome to MIP! Your packet is on its way.',
    });

    // A member benefit is open to the new member (prospective cities get 403 members_only).
    expect((await call('GET', '/members/millbrook/memo-allowance')).status).toBe(200);
  });

  it('leaves the inbox once decided', async () => {
    await signIn('theo');
    expect(await applicationsInInbox()).toHaveLength(1);
    expect((await change('approve', {})).status).toBe(200);
    expect(await applicationsInInbox()).toHaveLength(0);
  });

  it('refuses to approve twice, or to approve a declined application, with words (409)', async () => {
    await signIn('theo');
    expect((await change('approve', {})).status).toBe(200);
    const again = await change('approve', {});
    expect(again.status).toBe(409);
    expect(errorCode(again)).toBe('application_approved');
    expect((again.body as unknown as { error: { message: string } }).error.message).toMatch(/already approved/);
    expect((await change('decline', { reason: REASON })).status).toBe(409);
    expect((await change('ask', { question: QUESTION })).status).toBe(409);

    useSeedDate();
    await signIn('theo');
    expect((await change('decline', { reason: REASON })).status).toBe(200);
    const approveDeclined = await change('approve', {});
    expect(approveDeclined.status).toBe(409);
    expect(errorCode(approveDeclined)).toBe('application_declined');
  });

  it('refuses a stale If-Match (412) and takes the current one', async () => {
    await signIn('theo');
    expect((await change('ask', { question: QUESTION }, 0)).status).toBe(200);
    const stale = await change('approve', {}, 0);
    expect(stale.status).toBe(412);
    expect(errorCode(stale)).toBe('changed_meanwhile');
    expect((await read()).body.status).toBe('information_requested');
    expect((await change('approve', {}, 1)).status).toBe(200);
  });

  it('refuses changes while previewing (read-only), but reading is allowed', async () => {
    await signIn('theo');
    expect((await startPreview('millbrook')).status).toBe(201);
    expect((await read()).status).toBe(200);
    expect((await change('approve', {})).status).toBe(403);
  });

  it('refuses a welcome that is too short (422)', async () => {
    await signIn('theo');
    const short = await change('approve', { message: 'Hi' });
    expect(short.status).toBe(422);
  });
});

describe('asking for more information', () => {
  it('waits for the applicant, whose answer brings it back to the inbox', async () => {
    await signIn('theo');
    const asked = await change('ask', { question: QUESTION });
    expect(asked.status).toBe(200);
    expect(asked.body.status).toBe('information_requested');
    expect(await applicationsInInbox()).toHaveLength(0);
    // One question waits at a time.
    const twice = await change('ask', { question: QUESTION });
    expect(twice.status).toBe(409);
    expect(errorCode(twice)).toBe('question_waiting');

    await signIn('lee');
    const mine = await call<Application>('GET', '/members/millbrook/application');
    expect(mine.body.status).toBe('information_requested');
    expect(mine.body.questions).toEqual([expect.objectContaining({ question: QUESTION, answer: null })]);
    const overview = await call<Overview>('GET', '/members/millbrook/overview');
    expect(overview.body.actions.map((a) => a.id)).toContain('membership-application-question');

    const answered = await answer(ANSWER);
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body.status).toBe('answered');
    expect(answered.body.questions[0]).toMatchObject({ question: QUESTION, answer: ANSWER });
    // Nothing waits any more.
    const again = await answer(ANSWER);
    expect(again.status).toBe(409);
    expect(errorCode(again)).toBe('no_question_waiting');

    await signIn('theo');
    const items = await applicationsInInbox();
    expect(items).toHaveLength(1);
    expect(items[0]?.stage).toBe('in_progress');
    const staff = await read();
    expect(staff.body.questions[0]).toMatchObject({ answer: ANSWER });
    expect(staff.body.actions.map((a) => a.action)).toEqual(['Asked for more information', 'The applicant answered']);
    // MIP may ask again once answered.
    expect((await change('ask', { question: 'And who signs the membership agreement for the city?' })).status).toBe(
      200,
    );
  });

  it('lets only the applicant answer: not MIP staff, not another mayor, not anonymous callers', async () => {
    await signIn('theo');
    expect((await change('ask', { question: QUESTION })).status).toBe(200);
    // MIP staff reach a city's hub only in a preview, which is read-only.
    expect((await answer(ANSWER)).status).toBe(404);
    expect((await startPreview('millbrook')).status).toBe(201);
    expect((await answer(ANSWER)).status).toBe(403);
    await call('DELETE', '/staff/previews/current');
    await signIn('ana');
    expect((await answer(ANSWER)).status).toBe(404);
    await call('DELETE', '/session');
    expect((await answer(ANSWER)).status).toBe(401);
    await signIn('lee');
    expect((await answer('')).status).toBe(422);
    expect((await answer(ANSWER)).status).toBe(200);
  });

  it('refuses an answer when MIP asked nothing (409)', async () => {
    await signIn('lee');
    const answered = await answer(ANSWER);
    expect(answered.status).toBe(409);
    expect(errorCode(answered)).toBe('no_question_waiting');
  });
});

describe('declining', () => {
  it('shows the reason to the applicant, who stays prospective', async () => {
    await signIn('theo');
    const declined = await change('decline', { reason: REASON });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: REASON });
    expect((await change('decline', { reason: REASON })).status).toBe(409);

    const session = await signIn('lee');
    expect(session.person.role).toBe('prospective');
    const mine = await call<Application>('GET', '/members/millbrook/application');
    expect(mine.body).toMatchObject({ status: 'declined', declineReason: REASON });
  });

  it('needs a reason of at least 10 characters (422)', async () => {
    await signIn('theo');
    expect((await change('decline', { reason: 'No.' })).status).toBe(422);
  });
});

// @vitest-environment node
// API-level tests need no DOM: the outbox of e-mails about request updates, black-box over HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssistanceRequest } from '../../src/api/contracts/dues';
import type { Invoice } from '../../src/api/contracts/dues';
import type { Registration } from '../../src/api/contracts/meetings';
import type { MemoRequestDetail } from '../../src/api/contracts/memos';
import type { Outbox, OutboxEmail } from '../../src/api/contracts/staff-outbox';
import { clock } from '../clock';
import { call, errorCode, signIn, useSeedDate, type DemoAccount } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

let keys = 0;
/** A memo as MIP writes it: at least 200 characters. */
const MEMO_TEXT = [
  'Summary. Cities of your size that regulated short-term rentals did best with a simple registry,',
  'a cap per owner and a fee that pays for enforcement. Start with registration before any cap, and',
  'publish the enforcement numbers every quarter.',
].join(' ');
const key = () => ({ 'Idempotency-Key': `outbox-${String((keys += 1))}` });

/** The whole outbox, newest first, read as Morgan (any MIP staff may read it) or Theo (finance). */
async function outbox(query = '?pageSize=100', as: DemoAccount = 'morgan'): Promise<OutboxEmail[]> {
  await signIn(as);
  const answer = await call<Outbox>('GET', `/staff/outbox${query}`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.items;
}

const about = (emails: OutboxEmail[], recordId: string) => emails.filter((e) => e.recordId === recordId);
const recipients = (emails: OutboxEmail[]) => emails.map((e) => e.to.personId).sort();

/** A memo request from Riverton, sent by Ana herself or by Jordan for her. */
async function requestMemo(by: DemoAccount): Promise<string> {
  await signIn(by);
  const answer = await call<MemoRequestDetail>('POST', '/members/riverton/memo-requests', {
    body: {
      title: 'Regulating short-term rentals',
      policyAreaId: 'housing',
      question: 'How have cities of our size regulated short-term rentals, and what did enforcement cost?',
      background: 'Council votes on a draft ordinance in February.',
      desiredDate: '2027-01-15',
    },
    headers: key(),
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.id;
}

async function memoChange(id: string, what: string, body: unknown): Promise<void> {
  await signIn('morgan');
  const answer = await call('POST', `/staff/memo-requests/${id}/${what}`, { body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
}

async function requestUpdatesOff(account: DemoAccount, personId: string): Promise<void> {
  await signIn(account);
  const answer = await call('PUT', `/people/${personId}/email-preferences`, {
    body: { newsletter: true, meetingAnnouncements: true, trackNews: false, requestUpdates: false },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
}

describe('e-mails about memo requests', () => {
  it('Morgan delivers a memo Ana requested: one e-mail to Ana, with where to read it', async () => {
    const id = await requestMemo('ana');
    await memoChange(id, 'deliver', { text: MEMO_TEXT });
    const emails = about(await outbox(), id);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      to: { personId: 'ana-ortiz', name: 'Ana Ortiz', email: 'ana.ortiz@riverton.example' },
      subject: 'MIP delivered your memo: Regulating short-term rentals',
      recordKind: 'memo_request',
      memberId: 'riverton',
      city: 'Riverton',
      sentAt: null,
    });
    expect(emails[0]?.body).toContain(`Read it in the Member Hub: /m/riverton/memos/${id}`);
  });

  it('a memo Jordan requested for Ana: both get each update, once each', async () => {
    const id = await requestMemo('jordan');
    const message = 'We will compare three peer cities and send the scope by Friday.';
    await memoChange(id, 'progress', { status: 'scoping', message });
    const emails = about(await outbox(), id);
    expect(recipients(emails)).toEqual(['ana-ortiz', 'jordan-lee']);
    expect(emails[0]?.body).toContain(message);
  });

  it('a person who turned request updates off gets none; the other still does', async () => {
    await requestUpdatesOff('ana', 'ana-ortiz');
    const id = await requestMemo('jordan');
    const reason = 'MIP wrote a memo on this in March; we sent it to your office again.';
    await memoChange(id, 'decline', { reason });
    const emails = about(await outbox(), id);
    expect(recipients(emails)).toEqual(['jordan-lee']);
    expect(emails[0]).toMatchObject({ subject: 'MIP declined your memo request: Regulating short-term rentals' });
    expect(emails[0]?.body).toContain(reason);
  });

  it('internal notes and assignments queue nothing', async () => {
    const id = await requestMemo('jordan');
    await memoChange(id, 'assign', { assigneeId: 'nadia-brooks' });
    await memoChange(id, 'notes', { text: 'INTERNAL-ONLY: the mayor called twice.' });
    const emails = await outbox();
    expect(about(emails, id)).toEqual([]);
    expect(JSON.stringify(emails)).not.toContain('INTERNAL-ONLY');
  });
});

describe('e-mails about other decisions', () => {
  it('travel support: Morgan approves Ana’s request and Ana is told the amount', async () => {
    await signIn('ana');
    const rsvp = await call<{ items: Registration[] }>('POST', '/members/riverton/registrations', {
      headers: key(),
      body: {
        meetingId: 'housing-affordability-convening',
        attendees: [
          {
            kind: 'mayor',
            name: 'Ana Ortiz',
            title: 'Mayor',
            email: 'ana.ortiz@riverton.example',
            travelSupport: { estimatedCostCents: 85_000, note: 'Flight from Riverton and two nights' },
          },
        ],
      },
    });
    expect(rsvp.status, JSON.stringify(rsvp.body)).toBe(201);
    const id = rsvp.body.items[0]?.id ?? '';
    await signIn('morgan');
    const approved = await call('POST', `/staff/travel-support/${id}/approve`, {
      body: { amountCents: 60_000, message: 'Book the flight; the hotel is on MIP.' },
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const emails = about(await outbox(), id);
    expect(recipients(emails)).toEqual(['ana-ortiz']);
    expect(emails[0]).toMatchObject({ recordKind: 'travel_support' });
    expect(emails[0]?.subject).toMatch(/^MIP approved travel support: /);
    expect(emails[0]?.body).toContain('$600.00');
  });

  it('financial assistance: Theo declines Ana’s request and Ana is told why; only finance reads it', async () => {
    await signIn('ana');
    const asked = await call<AssistanceRequest>('POST', '/members/riverton/assistance-requests', {
      body: { reason: 'The storm repairs took the reserve fund; we can pay half this year.', canPayCents: 200_000 },
      headers: key(),
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    await signIn('theo');
    const reason = 'Riverton paid half already; the schedule can stretch if you ask for a plan.';
    const declined = await call('POST', `/staff/assistance-requests/${asked.body.id}/decline`, { body: { reason } });
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    const emails = about(await outbox('?pageSize=100', 'theo'), asked.body.id);
    expect(recipients(emails)).toEqual(['ana-ortiz']);
    // Confidential to finance: Morgan (programs, policy) doesn't see it in the outbox.
    expect(about(await outbox(), asked.body.id)).toEqual([]);
    expect(emails[0]).toMatchObject({ recordKind: 'assistance_request' });
    expect(emails[0]?.body).toContain(reason);
  });

  it('invoices: Theo sends the invoice Ana asked for; the mayor is told, not the billing contact', async () => {
    await signIn('ana');
    const requested = await call<Invoice>('POST', '/members/riverton/invoice-requests', {
      body: {
        contactName: 'Riverton Finance Department',
        contactEmail: 'finance@riverton.example',
        addressLine1: 'City Hall, Room 210',
        city: 'Riverton',
        state: 'WI',
        postalCode: '53703',
        purchaseOrderNumber: 'PO 2026-118',
      },
      headers: key(),
    });
    expect(requested.status, JSON.stringify(requested.body)).toBe(201);
    await signIn('theo');
    const sent = await call('POST', `/staff/invoices/${requested.body.id}/issue`, {
      body: { purchaseOrderNumber: 'PO 2026-118' },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const emails = about(await outbox(), requested.body.id);
    expect(emails.map((e) => e.to.email)).toEqual(['ana.ortiz@riverton.example']);
    expect(emails[0]).toMatchObject({ recordKind: 'invoice', subject: `MIP sent invoice ${requested.body.number}` });
  });

  it('applications: Theo asks Millbrook’s applicant a question, then approves; Lee gets both', async () => {
    await signIn('theo');
    const question = 'Has your council voted to fund the membership in this fiscal year?';
    expect((await call('POST', '/staff/applications/app-millbrook/ask', { body: { question } })).status).toBe(200);
    expect((await call('POST', '/staff/applications/app-millbrook/approve', { body: {} })).status).toBe(200);
    const emails = about(await outbox(), 'app-millbrook');
    expect(recipients(emails)).toEqual(['lee-chen', 'lee-chen']);
    // Newest first: the approval, then the question.
    expect(emails.map((e) => e.subject)).toEqual([
      'Welcome to MIP: Millbrook is a member',
      "MIP has a question about Millbrook's application",
    ]);
    expect(emails[1]?.body).toContain(question);
  });
});

describe('GET /staff/outbox', () => {
  it('is for MIP staff only: members get 403', async () => {
    for (const account of ['ana', 'jordan', 'lee'] as const) {
      await signIn(account);
      const answer = await call('GET', '/staff/outbox');
      expect([account, answer.status, errorCode(answer)]).toEqual([account, 403, 'staff_only']);
    }
  });

  it('pages newest first and filters by city', async () => {
    const first = await requestMemo('ana');
    await memoChange(first, 'deliver', { text: MEMO_TEXT });
    const second = await requestMemo('ana');
    await memoChange(second, 'decline', { reason: 'MIP answered this question last month already.' });
    const page = await outbox('?pageSize=1');
    expect(page.map((e) => e.recordId)).toEqual([second]);
    expect((await outbox('?city=riverton&pageSize=100')).map((e) => e.recordId)).toEqual([second, first]);
    expect(await outbox('?city=lakeport')).toEqual([]);
  });
});

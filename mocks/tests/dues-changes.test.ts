// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AssistanceRequest,
  AssistanceRequestBody,
  Dues,
  Invoice,
  InvoiceRequestBodyInput,
} from '../../src/api/contracts/dues';
import { clock } from '../clock';
import { getDb } from '../db/db';
import type { MemberRow } from '../db/rows/people';
import { membershipOf } from './seed-records';
import {
  call,
  errorCode,
  RIVERTON_INVOICE_REQUEST,
  signIn,
  startPreview,
  useSeedDate,
  type ApiAnswer,
  type ErrorAnswer,
} from './api';
import { useHttpListener } from './http-listener';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

let keys = 0;
const freshKey = (): string => `dues-key-${String((keys += 1))}`;

const REASON = 'The state cut our shared revenue this year and the council froze every membership fee.';

function requestInvoice(memberId: string, body: Partial<InvoiceRequestBodyInput> = {}, key = freshKey()) {
  return call<Invoice>('POST', `/members/${memberId}/invoice-requests`, {
    body: { ...RIVERTON_INVOICE_REQUEST, ...body },
    headers: { 'Idempotency-Key': key },
  });
}

function setPlan(memberId: string, instalments: number): Promise<ApiAnswer<Dues>> {
  return call<Dues>('PUT', `/members/${memberId}/payment-plan`, { body: { instalments } });
}

function askForHelp(memberId: string, body: Partial<AssistanceRequestBody> = {}, key = freshKey()) {
  return call<AssistanceRequest>('POST', `/members/${memberId}/assistance-requests`, {
    body: { reason: REASON, canPayCents: 100_000, ...body },
    headers: { 'Idempotency-Key': key },
  });
}

/** Signs in as the mayor of the seed's first city in the given standing (a generated one). */
async function signInAsMayorOf(status: string): Promise<MemberRow> {
  const member = getDb().members.find((m) => m.kind === 'member' && membershipOf(m).status === status);
  const mayor = getDb().people.find((p) => p.id === member?.mayorId);
  if (!member || !mayor) throw new Error(`the seed has no ${status} city`);
  expect((await call('POST', '/session', { body: { email: mayor.email, password: 'demo' } })).status).toBe(201);
  return member;
}

describe('the dues view', () => {
  it('shows Cedar Falls’ assistance request under review, and none for Riverton', async () => {
    await signIn('dana');
    const dana = await call<Dues>('GET', '/members/cedar-falls/dues');
    expect(dana.body.assistanceRequest).toMatchObject({
      memberId: 'cedar-falls',
      membershipYearLabel: '2026–27',
      status: 'under_review',
      canPayCents: 25_000,
      submittedAt: '2026-11-12T15:20:00.000Z',
      decidedAt: null,
      attribution: { actor: { id: 'dana-whitfield' }, subject: { id: 'dana-whitfield' } },
    });
    await signIn('ana');
    expect((await call<Dues>('GET', '/members/riverton/dues')).body.assistanceRequest).toBeNull();
  });
});

describe('PUT /members/{memberId}/payment-plan', () => {
  it('counts the payment made among the plan’s, keeps the plan in force, and refuses a plan with no room', async () => {
    await signIn('ana');
    const seeded = (await call<Dues>('GET', '/members/riverton/dues')).body.currentInvoice?.instalments;
    const same = await setPlan('riverton', 2);
    expect(same.status).toBe(200);
    expect(same.body.currentInvoice?.instalments).toEqual(seeded);
    const once = await setPlan('riverton', 1);
    expect([once.status, errorCode(once)]).toEqual([422, 'validation_failed']);
    expect((once.body as unknown as ErrorAnswer).error.fieldErrors).toEqual({
      instalments: [
        '1 payment is already made and $2,000.00 is still to pay, which makes more than one payment in the year.',
      ],
    });
    const answer = await setPlan('riverton', 4);
    expect(answer.status).toBe(200);
    expect(answer.body.paymentPlan.instalments).toBe(4);
    const invoice = answer.body.currentInvoice;
    expect(invoice?.instalments).toEqual([
      { number: 1, dueOn: '2026-09-30', amountCents: 200_000, status: 'paid', paidOn: '2026-07-27' },
      { number: 2, dueOn: '2026-12-31', amountCents: 66_667, status: 'due', paidOn: null },
      { number: 3, dueOn: '2027-03-31', amountCents: 66_667, status: 'due', paidOn: null },
      { number: 4, dueOn: '2027-06-30', amountCents: 66_666, status: 'due', paidOn: null },
    ]);
    expect(invoice?.instalments.reduce((sum, i) => sum + i.amountCents, 0)).toBe(400_000);
    const twice = await setPlan('riverton', 2);
    expect(twice.body.currentInvoice?.instalments.map((i) => [i.dueOn, i.amountCents, i.paidOn])).toEqual([
      ['2026-12-31', 200_000, '2026-07-27'],
      ['2027-06-30', 200_000, null],
    ]);
  });

  it('lets a delegate with the dues scope change it, not one without', async () => {
    await signIn('jordan');
    expect((await setPlan('riverton', 2)).status).toBe(200);
    const dana = await setPlan('cedar-falls', 2);
    expect([dana.status, errorCode(dana)]).toEqual([403, 'delegate_scope']);
  });

  it('refuses while a payment is overdue, once paid, and without an invoice (409)', async () => {
    await signIn('dana');
    const overdue = await setPlan('cedar-falls', 4);
    expect([overdue.status, errorCode(overdue)]).toEqual([409, 'invoice_overdue']);
    expect((overdue.body as unknown as ErrorAnswer).error.message).toBe(
      'A payment of $750.00 was due on Sep 30, 2026. Pay the overdue payment first, or ask MIP for financial assistance.',
    );
    await signIn('marcus');
    expect(errorCode(await setPlan('lakeport', 2))).toBe('already_paid');
    const lapsed = await signInAsMayorOf('lapsed');
    const none = await setPlan(lapsed.id, 2);
    expect([none.status, errorCode(none)]).toEqual([409, 'no_invoice']);
    expect((none.body as unknown as ErrorAnswer).error.message).toMatch(/Ask for this year's invoice first/);
    await signIn('lee');
    expect(errorCode(await setPlan('millbrook', 2))).toBe('no_invoice');
  });

  it('accepts only 1, 2 or 4 payments (422), refuses other cities (404) and previews (403)', async () => {
    await signIn('ana');
    const three = await setPlan('riverton', 3);
    expect([three.status, errorCode(three)]).toEqual([422, 'validation_failed']);
    expect((await setPlan('lakeport', 2)).status).toBe(404);
    await signIn('morgan');
    await startPreview('riverton');
    expect(errorCode(await setPlan('riverton', 2))).toBe('preview_read_only');
  });
});

describe('POST /members/{memberId}/invoice-requests', () => {
  it('puts the billing contact and purchase order on this year’s invoice', async () => {
    await signIn('ana');
    const answer = await requestInvoice('riverton');
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ id: 'inv-riverton-2026', amountCents: 400_000, status: 'open' });
    expect(answer.body.billing).toMatchObject({
      ...RIVERTON_INVOICE_REQUEST,
      addressLine2: '',
      requestedAt: '2026-11-26T15:00:00.000Z',
      attribution: { actor: { id: 'ana-ortiz' }, subject: { id: 'ana-ortiz' } },
    });
    expect(getDb().invoices.filter((i) => i.memberId === 'riverton')).toHaveLength(4);
  });

  it('says a delegate asked for it on the mayor’s behalf', async () => {
    await signIn('jordan');
    const answer = await requestInvoice('riverton');
    expect(answer.body.billing?.attribution).toMatchObject({
      actor: { id: 'jordan-lee', name: 'Jordan Lee' },
      subject: { id: 'ana-ortiz', name: 'Ana Ortiz' },
    });
    expect(errorCode(await requestInvoice('cedar-falls'))).toBe('delegate_scope');
  });

  it('creates this year’s invoice for a lapsed city: one payment due in 30 days', async () => {
    const member = await signInAsMayorOf('lapsed');
    const fee = getDb().invoices.find((i) => i.memberId === member.id)?.amountCents;
    const answer = await requestInvoice(member.id, {
      city: member.city,
      state: member.state as InvoiceRequestBodyInput['state'],
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      id: `inv-${member.id}-2026`,
      membershipYearLabel: '2026–27',
      amountCents: fee,
      issuedOn: '2026-11-26',
      dueOn: '2026-12-26',
      instalments: [{ number: 1, dueOn: '2026-12-26', amountCents: fee, status: 'due', paidOn: null }],
    });
    // Numbered next in the year's sequence.
    const lastNumber = getDb()
      .invoices.filter((i) => i.number.startsWith('MIP-2026-') && i.id !== answer.body.id)
      .map((i) => Number(i.number.slice(-4)))
      .reduce((a, b) => Math.max(a, b), 0);
    expect(answer.body.number).toBe(`MIP-2026-${String(lastNumber + 1).padStart(4, '0')}`);
    const dues = await call<Dues>('GET', `/members/${member.id}/dues`);
    expect(dues.body.currentInvoice?.id).toBe(`inv-${member.id}-2026`);
  });

  it('creates one invoice for a retried request with the same key', async () => {
    const member = await signInAsMayorOf('lapsed');
    const first = await requestInvoice(member.id, {}, 'invoice-once');
    const again = await requestInvoice(member.id, {}, 'invoice-once');
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(getDb().invoices.filter((i) => i.id === `inv-${member.id}-2026`)).toHaveLength(1);
  });

  it('refuses a paid year (409), a city not yet a member (409), bad answers (422) and previews (403)', async () => {
    await signIn('marcus');
    expect(errorCode(await requestInvoice('lakeport'))).toBe('already_paid');
    await signIn('lee');
    expect(errorCode(await requestInvoice('millbrook'))).toBe('application_pending');
    await signIn('ana');
    const bad = await requestInvoice('riverton', { postalCode: '5370', state: 'XX' as 'WI' });
    expect(bad.status).toBe(422);
    expect(Object.keys((bad.body as unknown as ErrorAnswer).error.fieldErrors ?? {}).sort()).toEqual([
      'postalCode',
      'state',
    ]);
    await signIn('morgan');
    await startPreview('riverton');
    expect(errorCode(await requestInvoice('riverton'))).toBe('preview_read_only');
  });
});

describe('POST /members/{memberId}/assistance-requests', () => {
  it('sends a confidential request that the dues view then shows', async () => {
    await signIn('ana');
    const answer = await askForHelp('riverton');
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      memberId: 'riverton',
      membershipYearLabel: '2026–27',
      status: 'submitted',
      reason: REASON,
      canPayCents: 100_000,
      submittedAt: '2026-11-26T15:00:00.000Z',
      decidedAt: null,
      decisionNote: null,
      attribution: { actor: { id: 'ana-ortiz' }, subject: { id: 'ana-ortiz' } },
    });
    const dues = await call<Dues>('GET', '/members/riverton/dues');
    expect(dues.body.assistanceRequest).toEqual(answer.body);
  });

  it('keeps one open request a year (409 assistance_open)', async () => {
    await signIn('dana');
    const dana = await askForHelp('cedar-falls', { canPayCents: 0 });
    expect([dana.status, errorCode(dana)]).toEqual([409, 'assistance_open']);
    await signIn('ana');
    expect((await askForHelp('riverton')).status).toBe(201);
    expect(errorCode(await askForHelp('riverton'))).toBe('assistance_open');
  });

  it('wants less than the whole fee (422)', async () => {
    await signIn('ana');
    const all = await askForHelp('riverton', { canPayCents: 400_000 });
    expect(all.status).toBe(422);
    expect((all.body as unknown as ErrorAnswer).error.fieldErrors?.canPayCents).toEqual([
      'That covers the whole fee of $4,000.00: choose a payment schedule instead',
    ]);
    expect((await askForHelp('riverton', { reason: 'Too short' })).status).toBe(422);
  });

  it('records a delegate acting for the mayor, and refuses delegates without the dues scope', async () => {
    await signIn('jordan');
    const answer = await askForHelp('riverton');
    expect(answer.body.attribution).toMatchObject({ actor: { id: 'jordan-lee' }, subject: { id: 'ana-ortiz' } });
    expect(errorCode(await askForHelp('cedar-falls'))).toBe('delegate_scope');
    await signIn('marcus');
    expect((await askForHelp('riverton')).status).toBe(404);
    await signIn('morgan');
    await startPreview('riverton');
    expect(errorCode(await askForHelp('riverton'))).toBe('preview_read_only');
  });

  it('replays a retry with the same key: one request', async () => {
    await signIn('ana');
    const first = await askForHelp('riverton', {}, 'help-once');
    const again = await askForHelp('riverton', {}, 'help-once');
    expect([again.status, again.body.id]).toEqual([201, first.body.id]);
    expect(getDb().assistanceRequests.filter((r) => r.memberId === 'riverton')).toHaveLength(1);
  });
});

describe('assistance requests over HTTP, at once', () => {
  const { send, cookieOf } = useHttpListener();

  const post = (cookie: string, key: string) =>
    send('/members/riverton/assistance-requests', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'Idempotency-Key': key },
      body: JSON.stringify({ reason: REASON, canPayCents: 100_000 }),
    });

  it('creates one request for simultaneous retries with the same key', async () => {
    const cookie = await cookieOf('ana.ortiz@riverton.example');
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(cookie, 'help-at-once')));
    for (const a of answers) expect([201, 409]).toContain(a.status);
    expect(getDb().assistanceRequests.filter((r) => r.memberId === 'riverton')).toHaveLength(1);
  });

  it('lets only one of several simultaneous requests through, whatever their keys', async () => {
    const cookie = await cookieOf('ana.ortiz@riverton.example');
    const answers = await Promise.all(Array.from({ length: 5 }, (_, n) => post(cookie, `help-${String(n)}`)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(4);
    expect(getDb().assistanceRequests.filter((r) => r.memberId === 'riverton')).toHaveLength(1);
  });
});

// @vitest-environment node
// API-level tests need no DOM: MIP's finance staff deciding requests for help with dues, black-box over HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssistanceRequest, Dues } from '../../src/api/contracts/dues';
import type { StaffAssistanceRequest } from '../../src/api/contracts/staff-assistance';
import type { Inbox } from '../../src/api/contracts/staff-work';
import { clock } from '../clock';
import { call, errorCode, signIn, startPreview, useSeedDate, type ApiAnswer, type ErrorAnswer } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

/** Seeded: Cedar Falls ($750 a year, nothing paid, overdue) asked for help two weeks ago; MIP is looking at it. */
const CEDAR_FALLS = 'assist-cedar-falls-2026';
const REASON = 'The council cut every budget this year; MIP wants Cedar Falls to stay a member.';

const staffPath = (id: string, change = ''): string => `/staff/assistance-requests/${id}${change}`;
const read = (id: string): Promise<ApiAnswer<StaffAssistanceRequest>> =>
  call<StaffAssistanceRequest>('GET', staffPath(id));

function decide(
  id: string,
  what: 'approve' | 'decline',
  body: unknown,
  ifMatch?: number,
): Promise<ApiAnswer<StaffAssistanceRequest>> {
  const headers: Record<string, string> = ifMatch === undefined ? {} : { 'If-Match': `"${String(ifMatch)}"` };
  return call<StaffAssistanceRequest>('POST', staffPath(id, `/${what}`), { body, headers });
}

async function duesOf(city: string): Promise<Dues> {
  const answer = await call<Dues>('GET', `/members/${city}/dues`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body;
}

/** Ana asks for help with Riverton's dues ($4,000, $2,000 of it paid in July). */
async function rivertonAsks(): Promise<string> {
  await signIn('ana');
  const answer = await call<AssistanceRequest>('POST', '/members/riverton/assistance-requests', {
    body: { reason: 'The storm repairs took the reserve fund; we can pay half this year.', canPayCents: 200_000 },
    headers: { 'Idempotency-Key': 'staff-assistance-riverton' },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.id;
}

async function inboxIds(): Promise<string[]> {
  const answer = await call<Inbox>('GET', '/staff/inbox?kind=assistance_request&pageSize=100');
  expect(answer.status).toBe(200);
  return answer.body.items.map((i) => i.id);
}

const messageOf = (answer: ApiAnswer): string => (answer.body as ErrorAnswer).error.message;
const fieldErrorsOf = (answer: ApiAnswer) => (answer.body as ErrorAnswer).error.fieldErrors;

describe('a request for financial assistance, decided by MIP’s finance staff', () => {
  it('shows finance the city, its tier and invoice, the request and who asked', async () => {
    await signIn('theo');
    const { status, body } = await read(CEDAR_FALLS);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: CEDAR_FALLS,
      memberId: 'cedar-falls',
      city: 'Cedar Falls',
      population: 8_400,
      tier: { feeCents: 75_000 },
      membershipYearLabel: '2026–27',
      invoice: { amountCents: 75_000, paidCents: 0, status: 'overdue' },
      status: 'under_review',
      canPayCents: 25_000,
      attribution: { actor: { name: 'Dana Whitfield' }, subject: { name: 'Dana Whitfield' } },
      decidedAt: null,
      decision: null,
      actions: [],
      version: 0,
    });
    expect(await inboxIds()).toContain(CEDAR_FALLS);
  });

  it('reduces the fee: the invoice takes the new amount, and the mayor reads the decision and the figures', async () => {
    await signIn('theo');
    const answer = await decide(CEDAR_FALLS, 'approve', { kind: 'reduced', amountCents: 25_000, reason: REASON }, 0);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'approved',
      invoice: { amountCents: 25_000, paidCents: 0, instalments: [{ amountCents: 25_000 }] },
      decision: { outcome: 'reduced', previousAmountCents: 75_000, amountCents: 25_000, reason: REASON },
      version: 1,
    });
    expect(answer.body.actions.map((a) => [a.action, a.detail, a.by.name])).toEqual([
      ['Approved a reduced amount', REASON, 'Theo Grant'],
    ]);
    expect(await inboxIds()).not.toContain(CEDAR_FALLS);

    await signIn('dana');
    const dues = await duesOf('cedar-falls');
    expect(dues.currentInvoice).toMatchObject({ amountCents: 25_000, paidCents: 0 });
    expect(dues.currentInvoice?.instalments.map((i) => i.amountCents)).toEqual([25_000]);
    expect(dues.assistanceRequest?.status).toBe('approved');
    expect(dues.assistanceRequest?.decidedAt).toBe('2026-11-26T15:00:00.000Z');
    expect(dues.assistanceRequest?.decisionNote).toBe(
      `MIP reduced the 2026–27 dues from $750.00 to $250.00.\n\n${REASON}`,
    );
    // What only MIP sees stays with MIP.
    expect(JSON.stringify(dues)).not.toContain('Approved a reduced amount');
    expect(dues.assistanceRequest).not.toHaveProperty('decision');
    expect(dues.assistanceRequest).not.toHaveProperty('version');
  });

  it('waives the fee: the invoice owes nothing and reads as paid, and the membership packet follows', async () => {
    await signIn('theo');
    const answer = await decide(CEDAR_FALLS, 'approve', { kind: 'waiver', reason: REASON });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.decision).toMatchObject({ outcome: 'waiver', previousAmountCents: 75_000, amountCents: 0 });

    await signIn('dana');
    const dues = await duesOf('cedar-falls');
    expect(dues.currentInvoice).toMatchObject({ amountCents: 0, paidCents: 0, status: 'paid' });
    expect(dues.packet.status).toBe('preparing');
    expect(dues.assistanceRequest?.decisionNote).toBe(`MIP waived the 2026–27 dues of $750.00.\n\n${REASON}`);
  });

  it('spreads what is still owed over monthly payments; the payment made stays', async () => {
    const id = await rivertonAsks();
    await signIn('theo');
    const answer = await decide(id, 'approve', {
      kind: 'longer_schedule',
      payments: 6,
      firstDueOn: '2026-12-31',
      reason: REASON,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.decision).toMatchObject({ outcome: 'longer_schedule', payments: 6, firstDueOn: '2026-12-31' });

    await signIn('ana');
    const invoice = (await duesOf('riverton')).currentInvoice;
    expect(invoice).toMatchObject({ amountCents: 400_000, paidCents: 200_000, status: 'open' });
    expect(invoice?.instalments.map((i) => [i.number, i.dueOn, i.amountCents, i.status])).toEqual([
      [1, '2026-12-31', 200_000, 'paid'],
      [2, '2026-12-31', 33_334, 'due'],
      [3, '2027-01-31', 33_334, 'due'],
      [4, '2027-02-28', 33_333, 'due'],
      [5, '2027-03-31', 33_333, 'due'],
      [6, '2027-04-30', 33_333, 'due'],
      [7, '2027-05-31', 33_333, 'due'],
    ]);
    // The schedule MIP set stands: the city can't choose 1, 2 or 4 payments over it.
    const plan = await call('PUT', '/members/riverton/payment-plan', { body: { instalments: 2 } });
    expect([plan.status, errorCode(plan)]).toEqual([409, 'schedule_set_by_mip']);
    expect(messageOf(plan)).toBe(
      "MIP set this year's payment schedule with your financial assistance on Nov 26, 2026. To change it, ask MIP.",
    );
    expect((await duesOf('riverton')).assistanceRequest?.decisionNote).toBe(
      `MIP spread the $2,000.00 still owed on the 2026–27 dues over 6 monthly payments, the first due Dec 31, 2026.\n\n${REASON}`,
    );
  });

  it('reduces a fee partly paid: the payment made counts, and a reduction to what was paid settles the year', async () => {
    const id = await rivertonAsks();
    await signIn('theo');
    const tooLow = await decide(id, 'approve', { kind: 'reduced', amountCents: 150_000, reason: REASON });
    expect([tooLow.status, errorCode(tooLow)]).toEqual([422, 'validation_failed']);
    expect(fieldErrorsOf(tooLow)?.amountCents).toEqual([
      'The city has already paid $2,000.00: enter at least that much, or waive what is still owed',
    ]);
    const notLess = await decide(id, 'approve', { kind: 'reduced', amountCents: 400_000, reason: REASON });
    expect(fieldErrorsOf(notLess)?.amountCents).toEqual(["Enter less than the year's fee of $4,000.00"]);

    const settled = await decide(id, 'approve', { kind: 'reduced', amountCents: 200_000, reason: REASON });
    expect(settled.status, JSON.stringify(settled.body)).toBe(200);
    expect(settled.body.invoice).toMatchObject({ amountCents: 200_000, paidCents: 200_000, status: 'paid' });
    expect(settled.body.invoice?.instalments).toHaveLength(1);
  });

  it('declines with a reason the mayor reads; the invoice stays as it is', async () => {
    await signIn('theo');
    const answer = await decide(CEDAR_FALLS, 'decline', { reason: REASON });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ status: 'declined', decision: { outcome: 'declined', reason: REASON } });
    expect(answer.body.actions.map((a) => a.action)).toEqual(['Declined']);

    await signIn('dana');
    const dues = await duesOf('cedar-falls');
    expect(dues.currentInvoice).toMatchObject({ amountCents: 75_000, status: 'overdue' });
    expect(dues.assistanceRequest).toMatchObject({ status: 'declined', decisionNote: REASON });
  });
});

describe('what a request may and may not go through', () => {
  it('refuses deciding a decided request, with the words of when', async () => {
    await signIn('theo');
    expect((await decide(CEDAR_FALLS, 'decline', { reason: REASON })).status).toBe(200);
    for (const [what, body] of [
      ['approve', { kind: 'waiver', reason: REASON }],
      ['decline', { reason: REASON }],
    ] as const) {
      const again = await decide(CEDAR_FALLS, what, body);
      expect([again.status, errorCode(again)]).toEqual([409, 'assistance_decided']);
      expect(messageOf(again)).toBe("This request was already declined on Nov 26, 2026, so it can't be decided again.");
    }
  });

  it('lets the first of two staff deciding on the same version win; the second gets 412 and changes nothing', async () => {
    await signIn('theo');
    const { body } = await read(CEDAR_FALLS);
    const first = await decide(CEDAR_FALLS, 'approve', { kind: 'waiver', reason: REASON }, body.version);
    expect(first.status).toBe(200);
    const second = await decide(CEDAR_FALLS, 'decline', { reason: REASON }, body.version);
    expect([second.status, errorCode(second)]).toEqual([412, 'changed_meanwhile']);
    expect((await read(CEDAR_FALLS)).body).toMatchObject({ status: 'approved', version: 1 });
  });

  it('refuses a year paid in full, and a longer schedule starting in the past or too far off', async () => {
    await signIn('theo');
    const past = await decide(CEDAR_FALLS, 'approve', {
      kind: 'longer_schedule',
      payments: 4,
      firstDueOn: '2026-11-25',
      reason: REASON,
    });
    expect(fieldErrorsOf(past)?.firstDueOn).toEqual(["The first payment can't be due before today"]);
    const far = await decide(CEDAR_FALLS, 'approve', {
      kind: 'longer_schedule',
      payments: 4,
      firstDueOn: '2028-01-01',
      reason: REASON,
    });
    expect(fieldErrorsOf(far)?.firstDueOn).toEqual(['Start the schedule by Nov 26, 2027']);

    // Riverton asks; before MIP decides, the city pays the rest of the year.
    const id = await rivertonAsks();
    const dues = await duesOf('riverton');
    const checkout = await call<{ id: string }>(
      'POST',
      `/invoices/${dues.currentInvoice?.id ?? ''}/checkout-sessions`,
      {
        body: { pay: 'balance', returnUrl: 'http://localhost:3000/members/riverton/dues' },
        headers: { 'Idempotency-Key': 'staff-assistance-pay' },
      },
    );
    expect(checkout.status, JSON.stringify(checkout.body)).toBe(201);
    const paid = await call('POST', `/__mock/checkout-sessions/${checkout.body.id}`, { body: { outcome: 'paid' } });
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    await signIn('theo');
    const refused = await decide(id, 'approve', { kind: 'waiver', reason: REASON });
    expect([refused.status, errorCode(refused)]).toEqual([409, 'already_paid']);
    expect((await read(id)).body).toMatchObject({ status: 'submitted', version: 0 });
  });

  it('refuses what the contract refuses, naming the field', async () => {
    await signIn('theo');
    const cases: [unknown, string][] = [
      [{ kind: 'reduced', amountCents: 0, reason: REASON }, 'amountCents'],
      [{ kind: 'reduced', amountCents: 10_000, reason: 'Too short' }, 'reason'],
      [{ kind: 'longer_schedule', payments: 13, firstDueOn: '2027-01-31', reason: REASON }, 'payments'],
      [{ kind: 'longer_schedule', payments: 1, firstDueOn: '2027-01-31', reason: REASON }, 'payments'],
      [{ kind: 'longer_schedule', payments: 4, firstDueOn: 'soon', reason: REASON }, 'firstDueOn'],
    ];
    for (const [body, field] of cases) {
      const answer = await decide(CEDAR_FALLS, 'approve', body);
      expect([answer.status, errorCode(answer)], JSON.stringify(body)).toEqual([422, 'validation_failed']);
      expect(Object.keys(fieldErrorsOf(answer) ?? {}), JSON.stringify(answer.body)).toContain(field);
    }
    const noKind = await decide(CEDAR_FALLS, 'approve', { reason: REASON });
    expect(noKind.status).toBe(422);
    expect((await read(CEDAR_FALLS)).body).toMatchObject({ status: 'under_review', version: 0 });
  });

  it('answers 404 for a request that does not exist', async () => {
    await signIn('theo');
    const answer = await read('assist-nowhere');
    expect([answer.status, errorCode(answer)]).toEqual([404, 'not_found']);
  });
});

describe('who may decide requests for financial assistance (confidential to finance)', () => {
  it('refuses MIP staff outside finance, members and delegates, and anyone signed out', async () => {
    const tries = async () => [
      await read(CEDAR_FALLS),
      await decide(CEDAR_FALLS, 'approve', { kind: 'waiver', reason: REASON }),
      await decide(CEDAR_FALLS, 'decline', { reason: REASON }),
    ];
    await call('DELETE', '/session');
    for (const answer of await tries()) expect(answer.status).toBe(401);
    await signIn('morgan');
    for (const answer of await tries()) {
      expect([answer.status, errorCode(answer)]).toEqual([403, 'outside_staff_area']);
      expect(messageOf(answer)).toBe('Only MIP staff who work in finance can do this.');
    }
    for (const account of ['dana', 'ana', 'jordan'] as const) {
      await signIn(account);
      for (const answer of await tries()) expect(answer.status).toBe(403);
    }
    await signIn('theo');
    expect((await read(CEDAR_FALLS)).body).toMatchObject({ status: 'under_review', version: 0 });
  });

  it('lets finance staff previewing a city read a request, and decide nothing', async () => {
    await signIn('theo');
    expect((await startPreview('cedar-falls')).status).toBe(201);
    expect((await read(CEDAR_FALLS)).status).toBe(200);
    const refused = await decide(CEDAR_FALLS, 'approve', { kind: 'waiver', reason: REASON });
    expect([refused.status, errorCode(refused)]).toEqual([403, 'preview_read_only']);
  });
});

// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoAllowance } from '../../src/api/contracts/memos';
import type { Overview } from '../../src/api/contracts/members';
import type { Dues } from '../../src/api/contracts/dues';
import type { Registration } from '../../src/api/contracts/meetings';
import type { StaffMemberListItem } from '../../src/api/contracts/access';
import { clock } from '../clock';
import { call, signIn, useSeedDate } from './api';

afterEach(() => {
  clock.set(null);
});

describe('numbers the dashboard shows (seeded on Thu 26 Nov 2026)', () => {
  beforeEach(() => {
    useSeedDate();
  });

  it('Ana has used 1 of 3 memos; Marcus all 3', async () => {
    await signIn('ana');
    const ana = await call<MemoAllowance>('GET', '/members/riverton/memo-allowance');
    expect(ana.body).toMatchObject({
      allowed: 3,
      used: 1,
      remaining: 2,
      resetsOn: '2027-07-01',
      membershipYear: { label: '2026–27' },
    });
    await signIn('marcus');
    const marcus = await call<MemoAllowance>('GET', '/members/lakeport/memo-allowance');
    expect(marcus.body).toMatchObject({ allowed: 3, used: 3, remaining: 0 });
  });

  it('Ana is an active member through June 30 with instalment 2 due at the end of her fiscal half', async () => {
    await signIn('ana');
    const { body } = await call<Overview>('GET', '/members/riverton/overview');
    expect(body.member.membership).toEqual({
      status: 'active',
      yearLabel: '2026–27',
      throughOn: '2027-06-30',
      graceEndsOn: null,
    });
    // Riverton's two payments fall on its fiscal half ends: Dec 31 (paid early) and Jun 30.
    expect(body.actions.map((a) => a.title)).toContain('Installment 2 of $2,000.00 due in 216 days');
    expect(body.actions.some((a) => a.area === 'memos')).toBe(true);
    const dues = await call<Dues>('GET', '/members/riverton/dues');
    expect(dues.body.currentInvoice).toMatchObject({ amountCents: 400_000, paidCents: 200_000, status: 'open' });
    expect(dues.body.paymentPlan.instalments).toBe(2);
  });

  it('Dana is in grace for 90 days after the Sep 30 due date, with an urgent action', async () => {
    await signIn('dana');
    const { body } = await call<Overview>('GET', '/members/cedar-falls/overview');
    expect(body.member.membership).toMatchObject({ status: 'grace', graceEndsOn: '2026-12-29' });
    expect(body.actions[0]).toMatchObject({ severity: 'urgent', area: 'dues' });
    const dues = await call<Dues>('GET', '/members/cedar-falls/dues');
    expect(dues.body.currentInvoice).toMatchObject({ amountCents: 75_000, status: 'overdue', dueOn: '2026-09-30' });
  });

  it('Marcus has paid and is registered for the next Winter Meeting with two staff', async () => {
    await signIn('marcus');
    const { body } = await call<Overview>('GET', '/members/lakeport/overview');
    expect(body.member.membership.status).toBe('active');
    const regs = await call<{ items: Registration[] }>('GET', '/members/lakeport/registrations');
    const winter = regs.body.items.filter((r) => r.meetingId === 'winter-2027');
    expect(winter.map((r) => [r.attendee.kind, r.status])).toEqual([
      ['mayor', 'confirmed'],
      ['staff', 'confirmed'],
      ['staff', 'confirmed'],
    ]);
  });

  it('shows Jordan as the actor of registrations he made for Ana', async () => {
    await signIn('ana');
    const regs = await call<{ items: Registration[] }>('GET', '/members/riverton/registrations');
    expect(
      regs.body.items.some((r) => r.attribution.actor.id === 'jordan-lee' && r.attribution.subject.id === 'ana-ortiz'),
    ).toBe(true);
  });

  it('gives MIP staff every city with a varied membership status', async () => {
    await signIn('morgan');
    const { body } = await call<{ items: StaffMemberListItem[] }>('GET', '/staff/members');
    const statuses = body.items.map((m) => m.membershipStatus);
    expect(statuses.filter((s) => s === 'renewal_due')).toHaveLength(2);
    expect(statuses.filter((s) => s === 'lapsed')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'prospective')).toHaveLength(1);
    expect(statuses).toContain('grace');
  });
});

describe('time moves membership along', () => {
  it('Dana has lapsed when the seed date is past her grace period', async () => {
    useSeedDate(new Date('2027-02-15T15:00:00Z'));
    await signIn('dana');
    const { body } = await call<Overview>('GET', '/members/cedar-falls/overview');
    expect(body.member.membership.status).toBe('lapsed');
    // The urgent action names the invoice to pay, so the dashboard can lead to it.
    expect(body.actions[0]).toMatchObject({ id: 'membership-lapsed', about: { type: 'invoice' } });
  });

  it('Ana falls into grace when instalment 2 is missed', async () => {
    useSeedDate();
    // Instalment 2 was due Jun 30, 2027, the end of Riverton's fiscal half.
    clock.set('2027-07-20T15:00:00Z');
    await signIn('ana');
    const { body } = await call<Overview>('GET', '/members/riverton/overview');
    expect(body.member.membership).toMatchObject({ status: 'grace', graceEndsOn: '2027-09-28' });
  });
});

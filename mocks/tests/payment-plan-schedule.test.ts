// @vitest-environment node
// The payment schedule the form previews is the one the API stores, for every city and day.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewSchedule } from '../../src/features/dues/api/payment-plan-preview';
import { membershipYearOf } from '../../src/lib/membership-year';
import {
  PAYMENT_COUNTS,
  fiscalPeriodEnds,
  scheduleFor,
  scheduleProblemWords,
  splitCents,
  type PaymentCount,
} from '../../src/lib/payment-schedule';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { addDays } from '../db/dates';
import type { MemberAccess } from '../../server/rules/access';
import { duesView } from '../../server/rules/dues-view';
import { changePaymentPlan } from '../../server/rules/payment-plans';
import { HttpError } from '../lib/http-error';
import { currentInvoiceOf } from './seed-records';
import { mockStore } from '../store/mock-store';
import { SEED_DATE, useSeedDate } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

const YEAR = membershipYearOf(SEED_DATE.toISOString().slice(0, 10));
const dayOfYear = fc.integer({ min: 0, max: 364 }).map((d) => addDays(YEAR.startsOn, d));

function mayorAccess(memberId: string): MemberAccess {
  const db = getDb();
  const member = db.members.find((m) => m.id === memberId);
  const mayor = db.people.find((p) => p.id === member?.mayorId);
  if (!member || !mayor) throw new Error(`No member ${memberId} with a mayor`);
  return { member, actor: mayor, subject: mayor, via: 'self', delegation: null };
}

/** The schedule as the dues page shows it: number, date, amount and when it was paid. */
async function storedSchedule(memberId: string) {
  const { member } = mayorAccess(memberId);
  const invoice = (await mockStore.transaction((tx) => duesView(tx, member))).currentInvoice;
  return (invoice?.instalments ?? []).map(({ number, dueOn, amountCents, paidOn }) => ({
    number,
    dueOn,
    amountCents,
    paidOn,
  }));
}

describe('the payment plan previewed is the payment plan saved', () => {
  it('for every fiscal-year start, number of payments, payments made and day of the year', async () => {
    const state = fc.record({
      fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
      before: fc.constantFrom<PaymentCount | 'invoice'>(1, 2, 4, 'invoice'),
      invoiceDue: dayOfYear,
      made: fc.nat({ max: 4 }),
      today: dayOfYear,
      count: fc.constantFrom(...PAYMENT_COUNTS),
    });
    await fc.assert(
      fc.asyncProperty(state, async ({ fiscalYearStartMonth, before, invoiceDue, made, today, count }) => {
        const access = mayorAccess('riverton');
        const { member } = access;
        member.fiscalYearStart = `${String(fiscalYearStartMonth).padStart(2, '0')}-01`;
        const invoice = currentInvoiceOf(member.id, today);
        if (!invoice) throw new Error('Riverton has an invoice this year');
        // The invoice as it may stand: a plan set at the start of the year, or a new invoice's
        // single payment; the first `made` payments made by today.
        const dates = before === 'invoice' ? [invoiceDue] : fiscalPeriodEnds(before, fiscalYearStartMonth, YEAR);
        const amounts = splitCents(invoice.amountCents, dates.length);
        invoice.instalments = dates.map((dueOn, i) => ({
          number: i + 1,
          dueOn,
          amountCents: amounts[i] ?? 0,
          paidOn: i < made ? (dueOn < today ? dueOn : today) : null,
        }));
        const plan = getDb().paymentPlans.find((p) => p.memberId === member.id);
        if (plan) plan.instalments = before === 'invoice' ? 1 : before;
        clock.set(`${today}T15:00:00Z`);

        const dues = await mockStore.transaction((tx) => duesView(tx, member, today));
        // The form is not shown while a payment is overdue or once the year is paid.
        if (!dues.currentInvoice || dues.currentInvoice.status !== 'open') return;
        const preview = previewSchedule(dues, dues.currentInvoice, count, today);
        const inForce = await storedSchedule(member.id);
        let refusal: unknown = null;
        try {
          await mockStore.transaction((tx) => changePaymentPlan(tx, access, count));
        } catch (error) {
          refusal = error;
        }
        if (preview.possible) {
          expect(refusal).toBeNull();
          expect(await storedSchedule(member.id)).toEqual(preview.payments);
          expect(preview.payments).toHaveLength(count);
          if (inForce.length === count) expect(await storedSchedule(member.id)).toEqual(inForce);
        } else {
          expect(refusal).toBeInstanceOf(HttpError);
          expect((refusal as HttpError).fieldErrors).toEqual({
            instalments: [scheduleProblemWords(preview.problem, count)],
          });
          expect(await storedSchedule(member.id)).toEqual(inForce);
        }
      }),
      { numRuns: 4000 },
    );
  });
});

describe("the seed's schedules", () => {
  it('follow the same rule, on any day of the year: a plan of several payments is the plan set at its start', async () => {
    await fc.assert(
      fc.asyncProperty(dayOfYear, async (today) => {
        useSeedDate(new Date(`${today}T15:00:00Z`));
        const db = getDb();
        const several = db.invoices.filter((i) => i.membershipYearLabel === YEAR.label && i.instalments.length > 1);
        expect(several.map((i) => i.memberId)).toEqual(['riverton']);
        for (const invoice of several) {
          const member = db.members.find((m) => m.id === invoice.memberId);
          const count = db.paymentPlans.find((p) => p.memberId === invoice.memberId)?.instalments ?? 1;
          const plan = scheduleFor({
            feeCents: invoice.amountCents,
            payments: [],
            count,
            fiscalYearStartMonth: Number(member?.fiscalYearStart.slice(0, 2)),
            year: YEAR,
            today: YEAR.startsOn,
          });
          expect(plan.possible && plan.payments.map(({ dueOn, amountCents }) => ({ dueOn, amountCents }))).toEqual(
            invoice.instalments.map(({ dueOn, amountCents }) => ({ dueOn, amountCents })),
          );
          expect(invoice.instalments.every((i) => i.paidOn === null || i.paidOn <= today)).toBe(true);
        }
        // Every city's plan in force holds its invoice as it is: choosing it again changes nothing.
        for (const invoice of db.invoices.filter((i) => i.membershipYearLabel === YEAR.label)) {
          const { member } = mayorAccess(invoice.memberId);
          const dues = await mockStore.transaction((tx) => duesView(tx, member, today));
          if (dues.currentInvoice?.status !== 'open') continue;
          const preview = previewSchedule(dues, dues.currentInvoice, dues.paymentPlan.instalments, today);
          expect(preview.possible && preview.payments).toEqual(await storedSchedule(invoice.memberId));
        }
      }),
      { numRuns: 25 },
    );
  });
});

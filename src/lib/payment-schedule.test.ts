import fc from 'fast-check';
import { membershipYearStarting } from './membership-year';
import {
  PAYMENT_COUNTS,
  fiscalPeriodEnds,
  scheduleFor,
  scheduleProblemWords,
  splitCents,
  type PaymentCount,
} from './payment-schedule';

const year = membershipYearStarting(2026); // 2026-07-01 to 2027-06-30

describe('splitCents', () => {
  it('puts the leftover cents on the first payments', () => {
    expect(splitCents(10_000, 3)).toEqual([3334, 3333, 3333]);
    expect(splitCents(400_000, 4)).toEqual([100_000, 100_000, 100_000, 100_000]);
    expect(splitCents(1, 4)).toEqual([1, 0, 0, 0]);
  });

  it('always adds up exactly, with amounts at most a cent apart', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000_000 }), fc.integer({ min: 1, max: 12 }), (total, parts) => {
        const amounts = splitCents(total, parts);
        expect(amounts).toHaveLength(parts);
        expect(amounts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
        expect(amounts.every((a) => Number.isInteger(a) && a >= 0)).toBe(true);
      }),
    );
  });

  it('refuses fractions of a cent and nonsense part counts', () => {
    expect(() => splitCents(10.5, 2)).toThrow(RangeError);
    expect(() => splitCents(100, 0)).toThrow(RangeError);
  });
});

describe('fiscalPeriodEnds', () => {
  it('uses the ends of the fiscal year, its halves or its quarters inside the membership year', () => {
    // Fiscal year from January 1 (Riverton).
    expect(fiscalPeriodEnds(1, 1, year)).toEqual(['2026-12-31']);
    expect(fiscalPeriodEnds(2, 1, year)).toEqual(['2026-12-31', '2027-06-30']);
    expect(fiscalPeriodEnds(4, 1, year)).toEqual(['2026-09-30', '2026-12-31', '2027-03-31', '2027-06-30']);
    // Fiscal year from July 1: the same as the membership year.
    expect(fiscalPeriodEnds(1, 7, year)).toEqual(['2027-06-30']);
    // Fiscal year from June 1 and October 1.
    expect(fiscalPeriodEnds(2, 6, year)).toEqual(['2026-11-30', '2027-05-31']);
    expect(fiscalPeriodEnds(4, 10, year)).toEqual(['2026-09-30', '2026-12-31', '2027-03-31', '2027-06-30']);
    expect(fiscalPeriodEnds(4, 6, year)).toEqual(['2026-08-31', '2026-11-30', '2027-02-28', '2027-05-31']);
  });

  it('always gives as many dates as payments, in order, inside the membership year', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PAYMENT_COUNTS),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2000, max: 2100 }),
        (count, month, startYear) => {
          const y = membershipYearStarting(startYear);
          const ends = fiscalPeriodEnds(count, month, y);
          expect(ends).toHaveLength(count);
          expect([...ends].sort()).toEqual(ends);
          expect(ends.every((d) => d >= y.startsOn && d <= y.endsOn)).toBe(true);
        },
      ),
    );
  });
});

const paidFirst = { dueOn: '2026-12-31', amountCents: 200_000, paidOn: '2026-07-27' };
/** Riverton on Nov 26: two payments at its fiscal half ends, the first made early. */
const riverton = {
  feeCents: 400_000,
  payments: [paidFirst, { dueOn: '2027-06-30', amountCents: 200_000, paidOn: null }],
  fiscalYearStartMonth: 1,
  year,
  today: '2026-11-26',
};

describe('scheduleFor', () => {
  it('keeps the plan in force exactly as it is, whatever its dates', () => {
    expect(scheduleFor({ ...riverton, count: 2 })).toEqual({
      possible: true,
      payments: riverton.payments.map((p, i) => ({ number: i + 1, ...p })),
    });
    const offCycle = [
      { dueOn: '2026-07-31', amountCents: 200_000, paidOn: '2026-07-27' },
      { dueOn: '2026-12-19', amountCents: 200_000, paidOn: null },
    ];
    const kept = scheduleFor({ ...riverton, payments: offCycle, count: 2 });
    expect(kept.possible && kept.payments.map((p) => p.dueOn)).toEqual(['2026-07-31', '2026-12-19']);
  });

  it('counts the payment made among four, for the first quarter, and puts the other three on the quarter ends after it', () => {
    expect(scheduleFor({ ...riverton, count: 4 })).toEqual({
      possible: true,
      payments: [
        { number: 1, ...paidFirst, dueOn: '2026-09-30' },
        { number: 2, dueOn: '2026-12-31', amountCents: 66_667, paidOn: null },
        { number: 3, dueOn: '2027-03-31', amountCents: 66_667, paidOn: null },
        { number: 4, dueOn: '2027-06-30', amountCents: 66_666, paidOn: null },
      ],
    });
  });

  it('says why a plan is not possible: a payment made already, a date passed, or nothing left', () => {
    const one = scheduleFor({ ...riverton, count: 1 });
    expect(one).toEqual({ possible: false, problem: { reason: 'too_many_made', made: 1, leftCents: 200_000 } });
    expect(!one.possible && scheduleProblemWords(one.problem, 1)).toBe(
      '1 payment is already made and $2,000.00 is still to pay, which makes more than one payment in the year.',
    );
    // Nothing paid in November: the first quarter's payment would have been due Sep 30.
    const late = scheduleFor({ ...riverton, payments: [{ ...paidFirst, paidOn: null }], count: 4 });
    expect(late).toEqual({ possible: false, problem: { reason: 'dates_passed', made: 0, firstDueOn: '2026-09-30' } });
    expect(!late.possible && scheduleProblemWords(late.problem, 4)).toBe(
      'Payment 1 of 4 would have been due on Sep 30, 2026, which has passed.',
    );
    const paid = scheduleFor({ ...riverton, payments: [{ ...paidFirst, amountCents: 400_000 }], count: 2 });
    expect(paid).toEqual({ possible: false, problem: { reason: 'paid_in_full' } });
  });

  it('splits an unpaid fee evenly when every date is ahead', () => {
    const schedule = scheduleFor({
      feeCents: 125_000,
      payments: [{ dueOn: '2026-07-31', amountCents: 125_000, paidOn: null }],
      count: 4,
      fiscalYearStartMonth: 7,
      year,
      today: '2026-07-01',
    });
    expect(schedule.possible && schedule.payments.map((p) => [p.dueOn, p.amountCents])).toEqual([
      ['2026-09-30', 31_250],
      ['2026-12-31', 31_250],
      ['2027-03-31', 31_250],
      ['2027-06-30', 31_250],
    ]);
  });

  describe('for every fiscal-year start, number of payments, payments made and day of the year', () => {
    const dayOfYear = fc
      .integer({ min: 0, max: 364 })
      .map((d) => new Date(Date.UTC(2026, 6, 1) + d * 86_400_000).toISOString().slice(0, 10));
    /**
     * The invoice as it may stand: a plan of 1, 2 or 4 payments made at the start of the year, or
     * the single payment a new invoice has (due 30 days after it went out), with the first `made`
     * of them paid by `today`.
     */
    const invoiceState = fc
      .record({
        feeCents: fc.constantFrom(75_000, 125_000, 150_000, 250_000, 400_000, 800_000),
        fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
        before: fc.constantFrom<PaymentCount | 'invoice'>(1, 2, 4, 'invoice'),
        invoiceDue: dayOfYear,
        made: fc.nat({ max: 4 }),
        today: dayOfYear,
        count: fc.constantFrom(...PAYMENT_COUNTS),
      })
      .map(({ feeCents, fiscalYearStartMonth, before, invoiceDue, made, today, count }) => {
        const dates = before === 'invoice' ? [invoiceDue] : fiscalPeriodEnds(before, fiscalYearStartMonth, year);
        const amounts = splitCents(feeCents, dates.length);
        const payments = dates.map((dueOn, i) => ({
          dueOn,
          amountCents: amounts[i] ?? 0,
          paidOn: i < made ? (dueOn < today ? dueOn : today) : null,
        }));
        return { feeCents, fiscalYearStartMonth, year, today, count, payments };
      });

    it('makes exactly the payments chosen, the ones made included, adding up to the fee', () => {
      fc.assert(
        fc.property(invoiceState, (input) => {
          const schedule = scheduleFor(input);
          if (!schedule.possible) return;
          const { payments } = schedule;
          expect(payments).toHaveLength(input.count);
          expect(payments.map((p) => p.number)).toEqual(payments.map((_, i) => i + 1));
          expect(payments.reduce((sum, p) => sum + p.amountCents, 0)).toBe(input.feeCents);
          const made = input.payments.filter((p) => p.paidOn !== null);
          const madeNow = payments.filter((p) => p.paidOn !== null);
          expect(madeNow.map((p) => [p.paidOn, p.amountCents])).toEqual(made.map((p) => [p.paidOn, p.amountCents]));
          expect(payments.slice(0, made.length)).toEqual(madeNow);
          const toMake = payments.filter((p) => p.paidOn === null);
          expect(toMake.every((p) => p.dueOn >= input.today && p.amountCents > 0)).toBe(true);
          expect(toMake.map((p) => p.dueOn)).toEqual([...toMake.map((p) => p.dueOn)].sort());
        }),
        { numRuns: 5000 },
      );
    });

    it('changes nothing when the plan chosen is the one in force, and gives the same answer twice', () => {
      fc.assert(
        fc.property(invoiceState, (input) => {
          const schedule = scheduleFor(input);
          const overdue = input.payments.some((p) => p.paidOn === null && p.dueOn < input.today);
          if (input.payments.length === input.count && !overdue && schedule.possible) {
            expect(schedule.payments.map(({ number: _, ...p }) => p)).toEqual(input.payments);
          }
          if (schedule.possible) expect(scheduleFor({ ...input, payments: schedule.payments })).toEqual(schedule);
        }),
        { numRuns: 5000 },
      );
    });

    it('is not possible only for a reason that holds', () => {
      fc.assert(
        fc.property(invoiceState, (input) => {
          const schedule = scheduleFor(input);
          const made = input.payments.filter((p) => p.paidOn !== null);
          const left = input.feeCents - made.reduce((sum, p) => sum + p.amountCents, 0);
          const dateLeft = fiscalPeriodEnds(input.count, input.fiscalYearStartMonth, year)[made.length];
          const inForce =
            input.payments.length === input.count &&
            input.payments.every((p) => p.paidOn !== null || p.dueOn >= input.today);
          const possible = left > 0 && (inForce || (made.length < input.count && (dateLeft ?? '') >= input.today));
          expect(schedule.possible).toBe(possible);
          if (!schedule.possible && left > 0 && made.length < input.count) {
            expect(schedule.problem).toEqual({ reason: 'dates_passed', made: made.length, firstDueOn: dateLeft });
          }
        }),
        { numRuns: 5000 },
      );
    });
  });
});

import fc from 'fast-check';
import { membershipYearStarting } from './membership-year';
import { PAYMENT_COUNTS, fiscalPeriodEnds, scheduleFor, splitCents } from './payment-schedule';

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

describe('scheduleFor', () => {
  it("keeps Riverton's first payment and spreads the rest over the quarters ahead", () => {
    const schedule = scheduleFor({
      feeCents: 400_000,
      paid: [{ dueOn: '2026-07-31', amountCents: 200_000, paidOn: '2026-07-27' }],
      count: 4,
      fiscalYearStartMonth: 1,
      year,
      today: '2026-11-26',
    });
    expect(schedule).toEqual([
      { number: 1, dueOn: '2026-07-31', amountCents: 200_000, paidOn: '2026-07-27' },
      { number: 2, dueOn: '2026-12-31', amountCents: 66_667, paidOn: null },
      { number: 3, dueOn: '2027-03-31', amountCents: 66_667, paidOn: null },
      { number: 4, dueOn: '2027-06-30', amountCents: 66_666, paidOn: null },
    ]);
  });

  it('splits an unpaid fee evenly when every date is ahead', () => {
    const schedule = scheduleFor({
      feeCents: 125_000,
      paid: [],
      count: 4,
      fiscalYearStartMonth: 7,
      year,
      today: '2026-07-01',
    });
    expect(schedule.map((p) => [p.dueOn, p.amountCents])).toEqual([
      ['2026-09-30', 31_250],
      ['2026-12-31', 31_250],
      ['2027-03-31', 31_250],
      ['2027-06-30', 31_250],
    ]);
  });

  it('asks for the rest on the last day of the year when every date has passed', () => {
    const schedule = scheduleFor({
      feeCents: 75_000,
      paid: [],
      count: 2,
      fiscalYearStartMonth: 6,
      year,
      today: '2027-06-10',
    });
    expect(schedule).toEqual([{ number: 1, dueOn: '2027-06-30', amountCents: 75_000, paidOn: null }]);
  });

  it('has nothing left to schedule once the fee is paid', () => {
    const paid = [{ dueOn: '2026-09-30', amountCents: 75_000, paidOn: '2026-08-10' }];
    expect(
      scheduleFor({ feeCents: 75_000, paid, count: 4, fiscalYearStartMonth: 1, year, today: '2026-11-26' }),
    ).toEqual([{ number: 1, ...paid[0] }]);
  });

  it('always adds up to the fee exactly, never asks for a payment in the past, and keeps what was paid', () => {
    const date = fc
      .integer({ min: 0, max: 364 })
      .map((d) => new Date(Date.UTC(2026, 6, 1) + d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.constantFrom(75_000, 125_000, 150_000, 250_000, 300_000, 400_000, 500_000, 600_000, 700_000, 800_000),
        fc.nat({ max: 100 }),
        fc.constantFrom(...PAYMENT_COUNTS),
        fc.integer({ min: 1, max: 12 }),
        date,
        (feeCents, paidPercent, count, month, today) => {
          const paidCents = Math.floor((feeCents * paidPercent) / 100);
          const paid = paidCents > 0 ? [{ dueOn: '2026-07-31', amountCents: paidCents, paidOn: '2026-07-20' }] : [];
          const schedule = scheduleFor({ feeCents, paid, count, fiscalYearStartMonth: month, year, today });
          expect(schedule.reduce((sum, p) => sum + p.amountCents, 0)).toBe(Math.max(feeCents, paidCents));
          const ahead = schedule.filter((p) => p.paidOn === null);
          expect(ahead.length).toBeLessThanOrEqual(count);
          expect(ahead.every((p) => p.dueOn >= today && Number.isInteger(p.amountCents))).toBe(true);
          expect(schedule.filter((p) => p.paidOn !== null)).toEqual(paid.map((p, i) => ({ number: i + 1, ...p })));
          expect(schedule.map((p) => p.number)).toEqual(schedule.map((_, i) => i + 1));
        },
      ),
    );
  });
});

import type { MembershipYear } from './membership-year';

/** How many payments a city may split a year's dues into: once, twice (fiscal halves) or quarterly. */
export type PaymentCount = 1 | 2 | 4;
export const PAYMENT_COUNTS: readonly PaymentCount[] = [1, 2, 4];

export interface ScheduledPayment {
  number: number;
  dueOn: string;
  amountCents: number;
  /** Set for a payment already made; its date and amount are kept as they were. */
  paidOn: string | null;
}

export interface ScheduleInput {
  feeCents: number;
  /** Payments already made on this year's invoice (they stay as they are). */
  paid: readonly { dueOn: string; amountCents: number; paidOn: string }[];
  count: PaymentCount;
  /** The month (1–12) the city's fiscal year starts on the 1st of. */
  fiscalYearStartMonth: number;
  year: MembershipYear;
  /** YYYY-MM-DD */
  today: string;
}

/**
 * Splits a whole number of cents into `parts` amounts that add up exactly: equal, with the
 * leftover cents on the first ones (10000 / 3 → 3334, 3333, 3333).
 */
export function splitCents(totalCents: number, parts: number): number[] {
  if (!Number.isInteger(totalCents) || totalCents < 0)
    throw new RangeError(`Not a whole number of cents: ${totalCents}`);
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError(`Can't split into ${parts} parts`);
  const base = Math.floor(totalCents / parts);
  const leftover = totalCents - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < leftover ? 1 : 0));
}

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The last days of the city's fiscal periods (the year, its halves or its quarters) that fall in
 * the membership year: always `count` dates, because the membership year is twelve months too.
 * A city whose fiscal year starts January 1 pays quarterly on Sep 30, Dec 31, Mar 31 and Jun 30.
 */
export function fiscalPeriodEnds(count: PaymentCount, fiscalYearStartMonth: number, year: MembershipYear): string[] {
  if (!Number.isInteger(fiscalYearStartMonth) || fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
    throw new RangeError(`Not a month: ${fiscalYearStartMonth}`);
  }
  const step = 12 / count;
  const startYear = Number(year.startsOn.slice(0, 4));
  const startMonth = Number(year.startsOn.slice(5, 7));
  const ends: string[] = [];
  for (let i = 0; i < 12; i += 1) {
    const monthIndex = startMonth - 1 + i; // 0-based from January of startYear
    const month = (monthIndex % 12) + 1;
    const calendarYear = startYear + Math.floor(monthIndex / 12);
    // A period ends in this month when the next month starts one.
    const monthsFromFiscalStart = (month + 12 - fiscalYearStartMonth) % 12;
    if ((monthsFromFiscalStart + 1) % step === 0) ends.push(lastDayOfMonth(calendarYear, month));
  }
  return ends;
}

/**
 * The year's payments under a plan: payments already made stay; the rest of the fee is split
 * evenly over the plan's dates that are still ahead (a date already past is skipped, so choosing
 * quarterly in November means three payments left). When no date is left, the rest is due on the
 * last day of the membership year, or today if that has passed. Amounts always add up to the fee.
 */
export function scheduleFor(input: ScheduleInput): ScheduledPayment[] {
  const paid = [...input.paid].sort((a, b) => a.paidOn.localeCompare(b.paidOn));
  const paidCents = paid.reduce((sum, p) => sum + p.amountCents, 0);
  const made: ScheduledPayment[] = paid.map((p, i) => ({ number: i + 1, ...p }));
  const balance = input.feeCents - paidCents;
  if (balance <= 0) return made;
  const ahead = fiscalPeriodEnds(input.count, input.fiscalYearStartMonth, input.year).filter((d) => d >= input.today);
  const dates = ahead.length > 0 ? ahead : [input.year.endsOn >= input.today ? input.year.endsOn : input.today];
  const amounts = splitCents(balance, dates.length);
  return [
    ...made,
    ...dates.map((dueOn, i) => ({ number: made.length + i + 1, dueOn, amountCents: amounts[i] ?? 0, paidOn: null })),
  ];
}

import { countOf, formatDate, formatMoney } from './format';
import type { MembershipYear } from './membership-year';

/** How many payments a city may split a year's dues into: once, twice (fiscal halves) or quarterly. */
export type PaymentCount = 1 | 2 | 4;
export const PAYMENT_COUNTS: readonly PaymentCount[] = [1, 2, 4];

const COUNT_WORDS: Record<PaymentCount, string> = { 1: 'one payment', 2: 'two payments', 4: 'four payments' };

/** "two payments": how the plan is named in sentences. */
export function paymentCountWords(count: PaymentCount): string {
  return COUNT_WORDS[count];
}

export interface ScheduledPayment {
  number: number;
  dueOn: string;
  amountCents: number;
  /** Set for a payment already made; when it was made and its amount never change. */
  paidOn: string | null;
}

/** A payment of the invoice as it stands: made (`paidOn` set) or still to make. */
export interface InvoicePayment {
  dueOn: string;
  amountCents: number;
  paidOn: string | null;
}

export interface ScheduleInput {
  feeCents: number;
  /** The invoice's payments as they stand; the ones made stay as they are. */
  payments: readonly InvoicePayment[];
  count: PaymentCount;
  /** The month (1–12) the city's fiscal year starts on the 1st of. */
  fiscalYearStartMonth: number;
  year: MembershipYear;
  /** YYYY-MM-DD */
  today: string;
}

/** Why a plan can't hold this year's dues. */
export type ScheduleProblem =
  /** Nothing is left to pay. */
  | { reason: 'paid_in_full' }
  /** As many payments as the plan has (or more) are made, and some of the fee is still owed. */
  | { reason: 'too_many_made'; made: number; leftCents: number }
  /** The date of the first payment still to make has passed. */
  | { reason: 'dates_passed'; made: number; firstDueOn: string };

export type Schedule = { possible: true; payments: ScheduledPayment[] } | { possible: false; problem: ScheduleProblem };

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
 * The year's payments under a plan of `count` payments, the one rule of the UI's preview, the
 * API's change and the seed. "Two payments" is two payments in the membership year, payments
 * already made included: the plan's dates are the ends of the city's fiscal periods
 * (`fiscalPeriodEnds`); the payments made stand for the first of them (their amounts and the days
 * they were made unchanged, their due dates the plan's), and the rest of the fee is split evenly
 * over the dates left. The plan in force (as many payments as the
 * invoice has, adding up to the fee, none past due) stays exactly as it is, so choosing it again
 * changes nothing. Not possible once as many payments are made while some of the fee is owed, or
 * once the first date left has passed (the plan would start with a payment already late).
 */
export function scheduleFor(input: ScheduleInput): Schedule {
  const { feeCents, payments, count, today } = input;
  const made = payments.filter((p) => p.paidOn !== null);
  const madeCents = made.reduce((sum, p) => sum + p.amountCents, 0);
  const leftCents = feeCents - madeCents;
  if (leftCents <= 0) return { possible: false, problem: { reason: 'paid_in_full' } };
  const inForce =
    payments.length === count &&
    payments.reduce((sum, p) => sum + p.amountCents, 0) === feeCents &&
    payments.every((p) => p.paidOn !== null || p.dueOn >= today);
  if (inForce) return { possible: true, payments: payments.map((p, i) => scheduled(p, i + 1)) };
  if (made.length >= count) {
    return { possible: false, problem: { reason: 'too_many_made', made: made.length, leftCents } };
  }
  const planDates = fiscalPeriodEnds(count, input.fiscalYearStartMonth, input.year);
  const dates = planDates.slice(made.length);
  const firstDueOn = dates[0] ?? '';
  if (firstDueOn < today)
    return { possible: false, problem: { reason: 'dates_passed', made: made.length, firstDueOn } };
  const amounts = splitCents(leftCents, dates.length);
  const kept = [...made].sort((a, b) => (a.paidOn ?? '').localeCompare(b.paidOn ?? ''));
  return {
    possible: true,
    payments: [
      ...kept.map((p, i) => scheduled({ ...p, dueOn: planDates[i] ?? p.dueOn }, i + 1)),
      ...dates.map((dueOn, i) => ({ number: kept.length + i + 1, dueOn, amountCents: amounts[i] ?? 0, paidOn: null })),
    ],
  };
}

function scheduled({ dueOn, amountCents, paidOn }: InvoicePayment, number: number): ScheduledPayment {
  return { number, dueOn, amountCents, paidOn };
}

/** Why a plan is not possible, in the words of both the form and the API's refusal. */
export function scheduleProblemWords(problem: ScheduleProblem, count: PaymentCount): string {
  switch (problem.reason) {
    case 'paid_in_full':
      return "This year's dues are paid in full.";
    case 'too_many_made':
      return `${countOf(problem.made, 'payment is', 'payments are')} already made and ${formatMoney(problem.leftCents)} is still to pay, which makes more than ${paymentCountWords(count)} in the year.`;
    case 'dates_passed':
      return `Payment ${problem.made + 1} of ${count} would have been due on ${formatDate(problem.firstDueOn)}, which has passed.`;
  }
}

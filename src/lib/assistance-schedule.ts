import { formatDate, formatMoney } from './format';
import { splitCents, type InvoicePayment, type ScheduledPayment } from './payment-schedule';

/** How far off the first payment of a longer schedule may be. */
export const LONGER_SCHEDULE_MAX_START_DAYS = 365;

/**
 * What MIP's financial assistance does to a year's invoice (issue 17), the one rule of the finance
 * page's preview and the API's change. Payments already made always stay as they were (their
 * amounts and the days they were made); only what is still to pay changes.
 *
 * - A reduced amount: what is left of the new amount is split evenly over the payments still to
 *   make, on their dates (a city on two payments keeps its two dates).
 * - A waiver: nothing more is owed; the invoice's amount becomes what was paid (nothing, when
 *   nothing was), so the invoice reads as paid.
 * - A longer schedule: what is still owed is split evenly into monthly payments from a first date.
 */

export type AssistanceChange =
  | { kind: 'reduced'; amountCents: number }
  | { kind: 'waiver' }
  | { kind: 'longer_schedule'; payments: number; firstDueOn: string };

export interface AssistanceInput {
  /** The invoice's amount and payments as they stand. */
  amountCents: number;
  payments: readonly InvoicePayment[];
  /** YYYY-MM-DD */
  today: string;
}

export type AssistanceProblem =
  /** Nothing is left to pay on the invoice: there is nothing to help with. */
  | { reason: 'paid_in_full' }
  /** The reduced amount is not less than the fee as it stands. */
  | { reason: 'not_less'; amountCents: number }
  /** The city has already paid more than the reduced amount. */
  | { reason: 'paid_more'; paidCents: number }
  /** A longer schedule's first payment would be due before today. */
  | { reason: 'starts_in_past' }
  /** A longer schedule's first payment would be due too far off. */
  | { reason: 'starts_too_late'; latest: string };

export type AssistanceOutcome =
  | { possible: true; amountCents: number; payments: ScheduledPayment[] }
  | { possible: false; problem: AssistanceProblem };

/** The date `months` months after `isoDate`, on the same day or the month's last day when shorter. */
export function addMonths(isoDate: string, months: number): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7)) - 1 + months;
  const day = Number(isoDate.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return `${String(targetYear)}-${String(targetMonth + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** The date `days` days after `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function numbered(payments: readonly InvoicePayment[]): ScheduledPayment[] {
  return payments.map((p, i) => ({ number: i + 1, dueOn: p.dueOn, amountCents: p.amountCents, paidOn: p.paidOn }));
}

/** The invoice's amount and payments once MIP's help applies, or why it can't. */
export function assistedSchedule(input: AssistanceInput, change: AssistanceChange): AssistanceOutcome {
  const made = input.payments
    .filter((p) => p.paidOn !== null)
    .sort((a, b) => (a.paidOn ?? '').localeCompare(b.paidOn ?? ''));
  const madeCents = made.reduce((sum, p) => sum + p.amountCents, 0);
  const toMake = input.payments.filter((p) => p.paidOn === null).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  if (toMake.length === 0 || madeCents >= input.amountCents) {
    return { possible: false, problem: { reason: 'paid_in_full' } };
  }
  switch (change.kind) {
    case 'reduced': {
      if (change.amountCents >= input.amountCents) {
        return { possible: false, problem: { reason: 'not_less', amountCents: input.amountCents } };
      }
      if (madeCents > change.amountCents)
        return { possible: false, problem: { reason: 'paid_more', paidCents: madeCents } };
      if (madeCents === change.amountCents) return { possible: true, amountCents: madeCents, payments: numbered(made) };
      const amounts = splitCents(change.amountCents - madeCents, toMake.length);
      return {
        possible: true,
        amountCents: change.amountCents,
        payments: numbered([...made, ...toMake.map((p, i) => ({ ...p, amountCents: amounts[i] ?? 0 }))]),
      };
    }
    case 'waiver':
      return {
        possible: true,
        amountCents: madeCents,
        // Nothing paid and nothing owed: one payment of nothing, settled today, so the invoice reads as paid.
        payments: numbered(made.length > 0 ? made : [{ dueOn: input.today, amountCents: 0, paidOn: input.today }]),
      };
    case 'longer_schedule': {
      if (change.firstDueOn < input.today) return { possible: false, problem: { reason: 'starts_in_past' } };
      const latest = addDays(input.today, LONGER_SCHEDULE_MAX_START_DAYS);
      if (change.firstDueOn > latest) return { possible: false, problem: { reason: 'starts_too_late', latest } };
      const amounts = splitCents(input.amountCents - madeCents, change.payments);
      return {
        possible: true,
        amountCents: input.amountCents,
        payments: numbered([
          ...made,
          ...amounts.map((amountCents, i) => ({ dueOn: addMonths(change.firstDueOn, i), amountCents, paidOn: null })),
        ]),
      };
    }
  }
}

/** Why MIP's help can't apply, in the words of both the finance page and the API's refusal. */
export function assistanceProblemWords(problem: AssistanceProblem): string {
  switch (problem.reason) {
    case 'paid_in_full':
      return "This year's dues are paid in full: there is nothing left to help with.";
    case 'not_less':
      return `Enter less than the year's fee of ${formatMoney(problem.amountCents)}`;
    case 'paid_more':
      return `The city has already paid ${formatMoney(problem.paidCents)}: enter at least that much, or waive what is still owed`;
    case 'starts_in_past':
      return "The first payment can't be due before today";
    case 'starts_too_late':
      return `Start the schedule by ${formatDate(problem.latest)}`;
  }
}

/** The line the member reads above MIP's reason: what the decision did to the year's dues. */
export function assistanceDecisionWords(
  change: AssistanceChange,
  yearLabel: string,
  before: { amountCents: number; paidCents: number },
): string {
  switch (change.kind) {
    case 'reduced':
      return `MIP reduced the ${yearLabel} dues from ${formatMoney(before.amountCents)} to ${formatMoney(change.amountCents)}.`;
    case 'waiver':
      return before.paidCents > 0
        ? `MIP waived the ${formatMoney(before.amountCents - before.paidCents)} still owed on the ${yearLabel} dues.`
        : `MIP waived the ${yearLabel} dues of ${formatMoney(before.amountCents)}.`;
    case 'longer_schedule':
      return `MIP spread the ${formatMoney(before.amountCents - before.paidCents)} still owed on the ${yearLabel} dues over ${String(change.payments)} monthly payments, the first due ${formatDate(change.firstDueOn)}.`;
  }
}

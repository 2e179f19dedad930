import { describeError, isApiError } from '@/api/api-error';

/** The dues API's refusals (409s) in words that say what to do next; other failures as usual. */
export const DUES_REFUSALS = {
  invoice_overdue:
    'A payment is overdue, so the schedule can’t be changed until it is paid. Pay it by card or by invoice, or ask MIP for financial assistance.',
  already_paid: 'This year’s dues are paid in full, so there is nothing left to pay or schedule.',
  no_invoice: 'There is no invoice for this membership year yet. Request an invoice, or wait for MIP to send one.',
  nothing_owed: 'Nothing is owed on this invoice, so there is nothing to pay.',
  schedule_set_by_mip:
    'MIP set this year’s payment schedule when it approved your financial assistance. To change it, ask MIP.',
  assistance_open:
    'Your city already has a financial-assistance request with MIP for this year. MIP will answer it before another can be sent.',
} satisfies Record<string, string>;

function refusalOf(code: string): string | undefined {
  return (DUES_REFUSALS as Record<string, string | undefined>)[code];
}

export function duesErrorWords(error: unknown): string {
  if (isApiError(error)) {
    const words = refusalOf(error.code);
    if (words) return words;
  }
  return describeError(error);
}

/** Whether the refusal is about the state of the dues, which no retry will change. */
export function isDuesRefusal(error: unknown): boolean {
  return isApiError(error) && refusalOf(error.code) !== undefined;
}

import * as z from 'zod/mini';
import type { Invoice } from '@/api/contracts/dues';
import {
  assistanceApproveBodySchema,
  type AssistanceApproveBody,
  type AssistanceApproveKind,
} from '@/api/contracts/staff-assistance';
import {
  assistanceProblemWords,
  assistedSchedule,
  type AssistanceOutcome,
  type AssistanceProblem,
} from '@/lib/assistance-schedule';
import { dollarsToCents } from '@/lib/money';

/**
 * The approval as typed: how MIP helps (the kind), the fields that kind needs (a reduced amount in
 * dollars; how many monthly payments and the first one's date) and the reason the member reads.
 * Checked with the contract's own schema and the rule the API applies to the invoice
 * (src/lib/assistance-schedule.ts), so the form refuses what the API would.
 */
export interface ApproveFormValues {
  kind: AssistanceApproveKind;
  amount: string;
  payments: string;
  firstDueOn: string;
  reason: string;
}

export const APPROVE_FIELDS = ['kind', 'amount', 'payments', 'firstDueOn', 'reason'] as const;
export type ApproveField = (typeof APPROVE_FIELDS)[number];

export const BLANK_APPROVAL: ApproveFormValues = {
  kind: 'reduced',
  amount: '',
  payments: '',
  firstDueOn: '',
  reason: '',
};

/** The API's name of a field, as the form calls it (the API counts cents, the form dollars). */
export function approveFieldForApi(apiField: string): ApproveField | undefined {
  if (apiField === 'amountCents') return 'amount';
  return APPROVE_FIELDS.find((f) => f === apiField);
}

/** The body the form sends; the fields the other kinds need are left out. */
export function toApproveBody(values: ApproveFormValues): AssistanceApproveBody {
  const reason = values.reason.trim();
  switch (values.kind) {
    case 'reduced':
      return { kind: 'reduced', amountCents: dollarsToCents(values.amount) ?? Number.NaN, reason };
    case 'waiver':
      return { kind: 'waiver', reason };
    case 'longer_schedule':
      return {
        kind: 'longer_schedule',
        payments: /^\s*\d{1,3}\s*$/.test(values.payments) ? Number(values.payments) : Number.NaN,
        firstDueOn: values.firstDueOn.trim(),
        reason,
      };
  }
}

/** What the approval would make of the invoice, or why it can't; null until the fields make sense. */
export function previewApproval(invoice: Invoice, values: ApproveFormValues, today: string): AssistanceOutcome | null {
  const parsed = z.safeParse(assistanceApproveBodySchema, toApproveBody(values));
  if (!parsed.success) return null;
  const body = parsed.data;
  return assistedSchedule(
    {
      amountCents: invoice.amountCents,
      payments: invoice.instalments.map((i) => ({
        dueOn: i.dueOn,
        amountCents: i.amountCents,
        paidOn: i.status === 'paid' ? (i.paidOn ?? i.dueOn) : null,
      })),
      today,
    },
    body.kind === 'reduced'
      ? { kind: 'reduced', amountCents: body.amountCents }
      : body.kind === 'waiver'
        ? { kind: 'waiver' }
        : { kind: 'longer_schedule', payments: body.payments, firstDueOn: body.firstDueOn },
  );
}

const PROBLEM_FIELD: Record<AssistanceProblem['reason'], ApproveField> = {
  paid_in_full: 'kind',
  not_less: 'amount',
  paid_more: 'amount',
  starts_in_past: 'firstDueOn',
  starts_too_late: 'firstDueOn',
};

/** The form's check: the contract's schema on the body it would send, then the invoice's rule. */
export function approveFormSchema(invoice: Invoice | null, today: string) {
  return z
    .object({
      kind: z.enum(['reduced', 'waiver', 'longer_schedule']),
      amount: z.string(),
      payments: z.string(),
      firstDueOn: z.string(),
      reason: z.string(),
    })
    .check(
      z.superRefine((values, ctx) => {
        // An amount that is no amount of dollars at all, said in the form's words (the API sees cents).
        const notDollars =
          values.kind === 'reduced' && values.amount.trim() !== '' && dollarsToCents(values.amount) === null;
        if (notDollars) {
          ctx.addIssue({
            code: 'custom',
            message: 'Enter an amount in dollars, like 500 or 1,250.50',
            path: ['amount'],
            input: values.amount,
          });
        }
        const parsed = z.safeParse(assistanceApproveBodySchema, toApproveBody(values));
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            const field = approveFieldForApi(String(issue.path[0] ?? 'kind')) ?? 'kind';
            if (field === 'amount' && notDollars) continue;
            ctx.addIssue({ code: 'custom', message: issue.message, path: [field], input: values[field] });
          }
          return;
        }
        if (notDollars) return;
        if (!invoice) return;
        const outcome = previewApproval(invoice, values, today);
        if (outcome && !outcome.possible) {
          const field = PROBLEM_FIELD[outcome.problem.reason];
          ctx.addIssue({
            code: 'custom',
            message: assistanceProblemWords(outcome.problem),
            path: [field],
            input: values[field],
          });
        }
      }),
    );
}

import * as z from 'zod/mini';
import { paymentRecordBodySchema, type PaymentRecordBody } from '@/api/contracts/staff-invoices';
import { dollarsToCents } from '@/lib/money';

/**
 * A check or transfer as finance staff type it: the amount in dollars ("1,500.00"), checked here
 * and sent as cents; the method, date and reference as the contract has them. Which payments of
 * the schedule it pays is the API's rule (they must add up to it), answered next to the amount.
 */
export const paymentFormSchema = z.object({
  method: paymentRecordBodySchema.shape.method,
  amount: z.string().check(
    z.superRefine((text, ctx) => {
      const problem = amountProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: text });
    }),
  ),
  receivedOn: paymentRecordBodySchema.shape.receivedOn,
  reference: paymentRecordBodySchema.shape.reference,
});

export type PaymentFormValues = z.input<typeof paymentFormSchema>;

function amountProblem(text: string): string | null {
  if (text.trim() === '') return 'Enter the amount received, in dollars';
  const cents = dollarsToCents(text);
  if (cents === null) return 'Enter an amount in dollars, like 1500 or 1,500.00';
  // The contract's own rule for the cents (above $0, at most $100,000), so both say the same.
  const checked = z.safeParse(paymentRecordBodySchema.shape.amountCents, cents);
  return checked.success ? null : (checked.error.issues[0]?.message ?? 'Enter a valid amount');
}

export function toPaymentRecordBody(values: PaymentFormValues): PaymentRecordBody {
  return {
    method: values.method,
    amountCents: dollarsToCents(values.amount) ?? 0,
    receivedOn: values.receivedOn,
    reference: values.reference.trim(),
  };
}

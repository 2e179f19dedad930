import * as z from 'zod/mini';
import { assistanceRequestBodySchema, type AssistanceRequestBody } from '@/api/contracts/dues';
import { formatMoney } from '@/lib/format';
import { dollarsToCents } from '@/lib/money';

/**
 * The assistance request as typed: the contract's reason, and what the city can pay as the
 * dollars a person writes ("1,250.50"), checked here and sent as cents. Asking for help means
 * paying less than the year's dues, so the amount must be below them.
 */
export function assistanceFormSchema(duesCents: number) {
  return z.object({
    reason: assistanceRequestBodySchema.shape.reason,
    canPay: z.string().check(
      z.superRefine((text, ctx) => {
        const problem = canPayProblem(text, duesCents);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, input: text });
      }),
    ),
  });
}

export type AssistanceFormValues = z.input<ReturnType<typeof assistanceFormSchema>>;

function canPayProblem(text: string, duesCents: number): string | null {
  if (text.trim() === '') return 'Enter what the city can pay this year, in dollars; enter 0 if it can pay nothing';
  const cents = dollarsToCents(text);
  if (cents === null) return 'Enter an amount in dollars, like 500 or 1,250.50';
  if (cents >= duesCents) {
    return `Enter an amount below this year's dues of ${formatMoney(duesCents)}; if the city can pay them, it needs no assistance`;
  }
  return null;
}

export function toAssistanceRequestBody(values: AssistanceFormValues): AssistanceRequestBody {
  return { reason: values.reason.trim(), canPayCents: dollarsToCents(values.canPay) ?? 0 };
}

export const BLANK_ASSISTANCE: AssistanceFormValues = { reason: '', canPay: '' };

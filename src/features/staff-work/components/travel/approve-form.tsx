import * as z from 'zod/mini';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import { travelApproveBodySchema, type StaffTravelSupport, type TravelApproveBody } from '@/api/contracts/staff-travel';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { clearDraft, readDraft } from '@/lib/drafts';
import { formatMoney } from '@/lib/format';
import { dollarsToCents } from '@/lib/money';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

/** The amount as "850" or "1,250.50", for a field in dollars. */
export function centsToDollarsText(cents: number): string {
  return formatMoney(cents).replace(/^\$/, '').replace(/\.00$/, '');
}

/**
 * The approval as typed: the amount in dollars (the API takes cents) held to the contract's rules
 * and messages, and to the member's estimate, which the API holds it to as well.
 */
export function approveFormSchema(estimateCents: number) {
  return z
    .object({
      amount: z.string(),
      message: travelApproveBodySchema.shape.message,
    })
    .check(
      z.superRefine((values, ctx) => {
        const problem = amountProblem(values.amount, estimateCents);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['amount'], input: values.amount });
      }),
    );
}
export type ApproveFormValues = z.input<ReturnType<typeof approveFormSchema>>;

function amountProblem(text: string, estimateCents: number): string | null {
  if (text.trim() === '') return 'Enter the amount MIP covers, in dollars';
  const cents = dollarsToCents(text);
  if (cents === null) return 'Enter the amount in dollars, like 850 or 1,250.50';
  const checked = travelApproveBodySchema.shape.amountCents.safeParse(cents);
  if (!checked.success) return checked.error.issues[0]?.message ?? 'Enter the amount MIP covers, in dollars';
  if (cents > estimateCents) return `Enter at most the member's estimate of ${formatMoney(estimateCents)}`;
  return null;
}

interface ApproveFormProps {
  request: StaffTravelSupport;
  /** Sends the approval (the page's mutation, so its outcome outlives the form). */
  send: (body: TravelApproveBody) => Promise<unknown>;
  draftKey: string;
}

/** Approves the request with what MIP covers (the estimate, or less) and an optional message. */
export function ApproveForm({ request, send, draftKey }: ApproveFormProps) {
  const draft = readDraft<ApproveFormValues>(draftKey);
  const form = useForm<ApproveFormValues>({
    resolver: zodResolver(approveFormSchema(request.estimatedCostCents)),
    defaultValues: {
      amount: draft?.amount ?? centsToDollarsText(request.estimatedCostCents),
      message: draft?.message ?? '',
    },
  });
  useDraftAutosave(form, draftKey);
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: ['amount', 'message'],
    focus: 'field',
    fieldForApi: (field) => (field === 'amountCents' ? 'amount' : field === 'message' ? 'message' : undefined),
    send: async (values) => {
      const amountCents = dollarsToCents(values.amount) ?? 0;
      await send({ amountCents, message: values.message ?? '' });
      clearDraft(draftKey);
      showToast('success', `Approved ${formatMoney(amountCents)}; the member sees it now`);
    },
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="approve-heading" className="space-y-4">
      <h3 id="approve-heading" className="text-lg font-bold text-slate-900">
        Approve the request
      </h3>
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="Approve the request: not done"
        words={describeError}
      />
      <Field
        id="approve-amount"
        label="Amount MIP covers, in dollars"
        hint={`At most the member's estimate of ${formatMoney(request.estimatedCostCents)}.`}
        error={form.formState.errors.amount?.message}
      >
        {(control) => <Input {...control} {...form.register('amount')} inputMode="decimal" className="max-w-48" />}
      </Field>
      <Field
        id="approve-message"
        label="Message to the member (optional)"
        hint="They read it with the decision on the meeting page."
        error={form.formState.errors.message?.message}
      >
        {(control) => <Textarea {...control} {...form.register('message')} rows={3} />}
      </Field>
      <Button type="submit" variant="primary" pending={form.formState.isSubmitting} pendingLabel="Approving…">
        Approve the request
      </Button>
    </form>
  );
}

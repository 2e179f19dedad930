import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import type { AssistanceApproveKind, StaffAssistanceRequest } from '@/api/contracts/staff-assistance';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { assistanceProblemWords } from '@/lib/assistance-schedule';
import { clearDraft, readDraft } from '@/lib/drafts';
import { formatDate, formatMoney } from '@/lib/format';
import { isoDateOf } from '@/lib/membership-year';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { useNow } from '@/lib/use-now';
import {
  APPROVE_FIELDS,
  BLANK_APPROVAL,
  approveFieldForApi,
  approveFormSchema,
  previewApproval,
  toApproveBody,
  type ApproveField,
  type ApproveFormValues,
} from '../../api/assistance-approve-form';
import { useApproveAssistance } from '../../api/staff-assistance-mutations';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

const KIND_WORDS: Record<AssistanceApproveKind, { label: string; hint: string; done: string }> = {
  reduced: {
    label: 'A reduced amount',
    hint: 'The year’s fee becomes the amount you enter; payments made still count.',
    done: 'Approved: the invoice now shows the reduced amount',
  },
  waiver: {
    label: 'A waiver',
    hint: 'Nothing more is owed this year; payments made stay as they are.',
    done: 'Approved: the rest of the year’s fee is waived',
  },
  longer_schedule: {
    label: 'A longer schedule',
    hint: 'What is still owed is split into monthly payments, up to 12, from a first date you choose.',
    done: 'Approved: the invoice now shows the new schedule',
  },
};
const KINDS = Object.keys(KIND_WORDS) as AssistanceApproveKind[];

const fieldId = (field: ApproveField) => `approve-${field}`;

function restoreDraft(draft: Partial<ApproveFormValues> | null): ApproveFormValues {
  const text = (value: unknown, blank: string) => (typeof value === 'string' ? value : blank);
  return {
    kind: KINDS.find((k) => k === draft?.kind) ?? BLANK_APPROVAL.kind,
    amount: text(draft?.amount, BLANK_APPROVAL.amount),
    payments: text(draft?.payments, BLANK_APPROVAL.payments),
    firstDueOn: text(draft?.firstDueOn, BLANK_APPROVAL.firstDueOn),
    reason: text(draft?.reason, BLANK_APPROVAL.reason),
  };
}

/** Approves the request in one of three ways, with the fields the chosen way needs and a preview. */
export function ApproveForm({
  request,
  draftKey,
  track,
}: {
  request: StaffAssistanceRequest;
  draftKey: string;
  /** Wraps the approval sent (useOvertaken), so the page can say when a colleague's decision came first. */
  track: <T>(change: Promise<T>) => Promise<T>;
}) {
  const today = isoDateOf(new Date(useNow()));
  const { invoice } = request;
  const [schema] = useState(() => approveFormSchema(invoice, today));
  const form = useForm<ApproveFormValues>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: restoreDraft(readDraft<ApproveFormValues>(draftKey)),
  });
  useDraftAutosave(form, draftKey);
  const approve = useApproveAssistance(request);
  const values = useWatch({ control: form.control }) as ApproveFormValues;
  const kind = values.kind;
  const errors = form.formState.errors;
  const { onSubmit, focusKey, requestError, requestErrorRef, summary } = useGuardedSubmit(form, {
    fields: APPROVE_FIELDS,
    fieldForApi: approveFieldForApi,
    send: async (typed) => {
      await track(approve.mutateAsync(toApproveBody(typed)));
      clearDraft(draftKey);
      form.reset(BLANK_APPROVAL);
      showToast('success', KIND_WORDS[typed.kind].done);
    },
  });
  const visible: ApproveField[] =
    kind === 'reduced'
      ? ['kind', 'amount', 'reason']
      : kind === 'longer_schedule'
        ? ['kind', 'payments', 'firstDueOn', 'reason']
        : ['kind', 'reason'];
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="approve-heading" className="space-y-5">
      <h3 id="approve-heading" className="text-lg font-bold text-slate-900">
        Approve the request
      </h3>
      <ErrorSummary errors={summary(fieldId, visible)} focusKey={focusKey} />
      <RequestErrorAlert error={requestError} focusRef={requestErrorRef} title="Not approved" words={describeError} />
      <fieldset aria-describedby={errors.kind ? `${fieldId('kind')}-error` : undefined}>
        <legend className="font-semibold text-slate-900">How MIP helps</legend>
        {errors.kind?.message && (
          <p id={`${fieldId('kind')}-error`} className="mt-1 font-semibold text-red-700">
            {errors.kind.message}
          </p>
        )}
        <div className="mt-2 space-y-2">
          {KINDS.map((k, index) => (
            <div key={k} className="flex items-start gap-3">
              <input
                type="radio"
                id={index === 0 ? fieldId('kind') : `approve-kind-${k}`}
                value={k}
                {...form.register('kind')}
                aria-describedby={`approve-kind-${k}-hint`}
                className="mt-0.5 size-6 shrink-0 accent-accent-700"
              />
              <div>
                <label
                  htmlFor={index === 0 ? fieldId('kind') : `approve-kind-${k}`}
                  className="font-semibold text-slate-900"
                >
                  {KIND_WORDS[k].label}
                </label>
                <p id={`approve-kind-${k}-hint`} className="text-[0.9375rem] text-slate-600">
                  {KIND_WORDS[k].hint}
                </p>
              </div>
            </div>
          ))}
        </div>
      </fieldset>
      {kind === 'reduced' && (
        <Field
          id={fieldId('amount')}
          label="The year’s new fee, in dollars"
          hint={
            invoice
              ? `Now ${formatMoney(invoice.amountCents)}; ${formatMoney(invoice.paidCents)} paid so far. The city says it can pay ${formatMoney(request.canPayCents)}.`
              : undefined
          }
          error={errors.amount?.message}
        >
          {(control) => (
            <div className="flex items-center gap-2">
              <span aria-hidden="true" className="text-lg font-semibold text-slate-700">
                $
              </span>
              <Input {...control} inputMode="decimal" className="max-w-48" {...form.register('amount')} />
            </div>
          )}
        </Field>
      )}
      {kind === 'longer_schedule' && (
        <>
          <Field
            id={fieldId('payments')}
            label="Monthly payments"
            hint="From 2 to 12."
            error={errors.payments?.message}
          >
            {(control) => (
              <Input {...control} inputMode="numeric" className="max-w-24" {...form.register('payments')} />
            )}
          </Field>
          <Field
            id={fieldId('firstDueOn')}
            label="First payment due"
            hint="The others follow a month apart."
            error={errors.firstDueOn?.message}
          >
            {(control) => <Input {...control} type="date" className="max-w-56" {...form.register('firstDueOn')} />}
          </Field>
        </>
      )}
      <Field
        id={fieldId('reason')}
        label="Message to the member"
        hint="The mayor reads it with the decision, under the new figures."
        error={errors.reason?.message}
      >
        {(control) => <Textarea {...control} rows={3} {...form.register('reason')} />}
      </Field>
      {invoice && <ApprovalPreview request={request} values={values} today={today} />}
      <Button type="submit" variant="primary" pending={approve.isPending} pendingLabel="Approving…">
        Approve
      </Button>
    </form>
  );
}

/** What the invoice would become: the new amount and each payment, as the API will set them. */
function ApprovalPreview({
  request,
  values,
  today,
}: {
  request: StaffAssistanceRequest;
  values: ApproveFormValues;
  today: string;
}) {
  const { invoice } = request;
  if (!invoice) return null;
  const outcome = previewApproval(invoice, values, today);
  return (
    <section aria-labelledby="approve-preview-heading" aria-live="polite" className="rounded-md bg-slate-50 p-4">
      <h4 id="approve-preview-heading" className="font-semibold text-slate-900">
        The invoice after approval
      </h4>
      {outcome === null ? (
        <p className="mt-1 text-[0.9375rem] text-slate-700">Fill in the fields to see the new figures.</p>
      ) : !outcome.possible ? (
        <p className="mt-1 text-[0.9375rem] text-slate-700">{assistanceProblemWords(outcome.problem)}</p>
      ) : (
        <>
          <p className="mt-1 text-[0.9375rem] text-slate-800">
            {formatMoney(outcome.amountCents)} for {request.membershipYearLabel}, was {formatMoney(invoice.amountCents)}
          </p>
          <ul className="mt-2 space-y-1 text-[0.9375rem] text-slate-800">
            {outcome.payments.map((p) => (
              <li key={p.number}>
                Payment {p.number}: {formatMoney(p.amountCents)}{' '}
                {p.paidOn ? `paid ${formatDate(p.paidOn)}` : `due ${formatDate(p.dueOn)}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

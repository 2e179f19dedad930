import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { ChangeButton } from '@/components/ui/change-button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { paths } from '@/config/paths';
import { clearDraft, readDraft } from '@/lib/drafts';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { formatMoney } from '@/lib/format';
import {
  assistanceFormSchema,
  BLANK_ASSISTANCE,
  toAssistanceRequestBody,
  type AssistanceFormValues,
} from '../api/assistance-form';
import { duesErrorWords, isDuesRefusal } from '../api/dues-error-words';
import { useCreateAssistanceRequest } from '../api/dues-mutations';
import { useAttributionNote } from '@/api/queries/attribution-note';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

const FIELDS = ['reason', 'canPay'] as const;
const fieldId = (field: (typeof FIELDS)[number]) => `assistance-${field}`;

function restoreDraft(draft: Partial<AssistanceFormValues> | null): AssistanceFormValues {
  return {
    reason: typeof draft?.reason === 'string' ? draft.reason : BLANK_ASSISTANCE.reason,
    canPay: typeof draft?.canPay === 'string' ? draft.canPay : BLANK_ASSISTANCE.canPay,
  };
}

interface AssistanceFormProps {
  memberId: string;
  /** This year's dues, which the amount the city can pay must be below. */
  duesCents: number;
  draftKey: string;
}

/** A confidential request for help with this year's dues: why, and what the city can pay. */
export function AssistanceForm({ memberId, duesCents, draftKey }: AssistanceFormProps) {
  const [schema] = useState(() => assistanceFormSchema(duesCents));
  const form = useForm<AssistanceFormValues>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: restoreDraft(readDraft<AssistanceFormValues>(draftKey)),
  });
  const create = useCreateAssistanceRequest(memberId);
  const attribution = useAttributionNote(memberId);
  const navigate = useNavigate();
  const errors = form.formState.errors;

  useDraftAutosave(form, draftKey);

  const { onSubmit, focusKey, requestError, requestErrorRef, summary } = useGuardedSubmit(form, {
    fields: FIELDS,
    // The API names the amount in cents; the form asks for dollars.
    fieldForApi: (apiField) => (apiField === 'canPayCents' ? 'canPay' : apiField === 'reason' ? 'reason' : undefined),
    send: async (values) => {
      await create.mutateAsync(toAssistanceRequestBody(values));
      clearDraft(draftKey);
      showToast('success', `Your request for financial assistance was sent to MIP.${attribution}`);
      void navigate(paths.member.dues.href(memberId));
    },
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6">
      <ErrorSummary errors={summary(fieldId)} focusKey={focusKey} />
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="Your request was not sent"
        words={(error) => (
          <>
            {duesErrorWords(error)}
            {!isDuesRefusal(error) && ' Everything you typed is still here.'}
          </>
        )}
      />
      <Field
        id={fieldId('reason')}
        label="Why does the city need help with dues this year?"
        hint="A budget shortfall, an emergency, a change in revenue: whatever MIP should know. At least 20 characters."
        error={errors.reason?.message}
      >
        {(control) => <Textarea {...control} rows={7} {...form.register('reason')} />}
      </Field>
      <Field
        id={fieldId('canPay')}
        label="What can the city pay this year, in dollars?"
        hint={`This year's dues are ${formatMoney(duesCents)}. Enter 0 if the city can pay nothing.`}
        error={errors.canPay?.message}
      >
        {(control) => (
          <div className="flex items-center gap-2">
            <span aria-hidden="true" className="text-lg font-semibold text-slate-700">
              $
            </span>
            <Input {...control} inputMode="decimal" className="max-w-48" {...form.register('canPay')} />
          </div>
        )}
      </Field>
      <div className="border-t border-slate-200 pt-6">
        <ChangeButton
          type="submit"
          change={{ memberId, scope: 'dues' }}
          pending={create.isPending}
          pendingLabel="Sending…"
        >
          Send the request to MIP
        </ChangeButton>
      </div>
    </form>
  );
}

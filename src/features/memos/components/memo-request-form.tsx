import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import { policyAreaListQueryOptions } from '@/api/queries/policy-area-queries';
import { Alert } from '@/components/ui/alert';
import { ChangeButton } from '@/components/ui/change-button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { paths } from '@/config/paths';
import { clearDraft, readDraft } from '@/lib/drafts';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { useCreateMemoRequest } from '../api/memo-mutations';
import {
  memoRequestFormSchema,
  restoreDraft,
  toMemoRequestBody,
  type MemoRequestFormInput,
  type MemoRequestFormValues,
} from '../api/memo-request-form';
import { useAttributionNote } from '@/api/queries/attribution-note';

const FIELDS = ['title', 'policyAreaId', 'question', 'background', 'desiredDate'] as const;
const fieldId = (field: (typeof FIELDS)[number]) => `memo-${field}`;

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

interface MemoRequestFormProps {
  memberId: string;
  /** Where the draft lives: per person and city, in this tab. */
  draftKey: string;
}

/** The memo request: saved as a draft while typed, sent once, and cleared only when it has been received. */
export function MemoRequestForm({ memberId, draftKey }: MemoRequestFormProps) {
  const { data: areas } = useSuspenseQuery(policyAreaListQueryOptions());
  const [today] = useState(todayIso);
  const form = useForm<MemoRequestFormInput, unknown, MemoRequestFormValues>({
    resolver: zodResolver(memoRequestFormSchema(today)),
    // Focus goes to the error summary (GOV.UK), which links to each field.
    shouldFocusError: false,
    defaultValues: restoreDraft(readDraft<MemoRequestFormValues>(draftKey)),
  });
  const create = useCreateMemoRequest(memberId);
  const attribution = useAttributionNote(memberId);
  const navigate = useNavigate();
  const errors = form.formState.errors;
  const { onSubmit, focusKey, requestError, requestErrorRef, summary } = useGuardedSubmit(form, {
    fields: FIELDS,
    send: async (values) => {
      const detail = await create.mutateAsync(toMemoRequestBody(values));
      clearDraft(draftKey);
      showToast('success', `Your request “${detail.title}” was sent to MIP.${attribution}`);
      void navigate(paths.member.memo.href(memberId, detail.id));
    },
  });

  useDraftAutosave(form, draftKey);

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6">
      <ErrorSummary errors={summary(fieldId)} focusKey={focusKey} />
      {requestError !== null && (
        <div ref={requestErrorRef} tabIndex={-1}>
          <Alert tone="danger" role="alert" title="Your request was not sent">
            {describeError(requestError)} Everything you typed is still here.
          </Alert>
        </div>
      )}
      <Field
        id={fieldId('title')}
        label="Title"
        hint="A few words that name the question."
        error={errors.title?.message}
      >
        {(control) => <Input {...control} {...form.register('title')} />}
      </Field>
      <Field id={fieldId('policyAreaId')} label="Policy area" error={errors.policyAreaId?.message}>
        {(control) => (
          <Select {...control} {...form.register('policyAreaId')}>
            <option value="">Choose a policy area</option>
            {areas.items.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        id={fieldId('question')}
        label="Your question"
        hint="What you need to decide, and what would help. MIP's staff will call you to scope it."
        error={errors.question?.message}
      >
        {(control) => <Textarea {...control} rows={6} {...form.register('question')} />}
      </Field>
      <Field
        id={fieldId('background')}
        label="Background (optional)"
        hint="What your city has tried, who is involved, any local constraints."
        error={errors.background?.message}
      >
        {(control) => <Textarea {...control} rows={5} {...form.register('background')} />}
      </Field>
      <Field
        id={fieldId('desiredDate')}
        label="When would the memo help most? (optional)"
        hint="A council vote or budget hearing, for example. MIP usually needs four to six weeks."
        error={errors.desiredDate?.message}
      >
        {(control) => <Input {...control} type="date" className="max-w-56" {...form.register('desiredDate')} />}
      </Field>
      <div className="border-t border-slate-200 pt-6">
        <ChangeButton
          type="submit"
          change={{ memberId, scope: 'memos' }}
          pending={create.isPending}
          pendingLabel="Sending…"
        >
          Send request
        </ChangeButton>
      </div>
    </form>
  );
}

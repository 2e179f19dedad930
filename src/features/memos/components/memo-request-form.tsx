import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { MemoDraft } from '@/api/contracts/memos';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import { policyAreaListQueryOptions } from '@/api/queries/policy-area-queries';
import { Button } from '@/components/ui/button';
import { ChangeButton } from '@/components/ui/change-button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { paths } from '@/config/paths';
import { clearDraft, readDraft } from '@/lib/drafts';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { memoDraftQueryOptions } from '../api/memo-draft-queries';
import { useCreateMemoRequest } from '../api/memo-mutations';
import {
  BLANK_MEMO_REQUEST,
  fromMemoDraft,
  hasAnyText,
  memoRequestFormSchema,
  restoreDraft,
  toMemoRequestBody,
  type MemoRequestFormInput,
  type MemoRequestFormValues,
} from '../api/memo-request-form';
import { useAttributionNote } from '@/api/queries/attribution-note';
import { AccountDraftStatus } from './account-draft-status';
import { DiscardDraftDialog } from './discard-draft-dialog';
import { useAccountDraft } from './use-account-draft';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';
import { Options } from '@/components/ui/options';

const FIELDS = ['title', 'policyAreaId', 'question', 'background', 'desiredDate'] as const;
const fieldId = (field: (typeof FIELDS)[number]) => `memo-${field}`;

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

interface MemoRequestFormProps {
  memberId: string;
  /** Where this tab's copy of the draft lives: per person and city (drafts.ts). */
  draftKey: string;
  /** The draft the account keeps, shown when this tab has none (a new tab, after signing out). */
  accountDraft: MemoDraft | null;
  /** Why nothing can be sent now (no memos left), or null: the draft is still kept. */
  sendClosedBecause: string | null;
  /** A preview: the draft is shown as the mayor left it, and nothing can be typed or saved. */
  readOnly: boolean;
}

/** This tab's copy when it has any text (it is the newest), else the account's, else a blank form. */
function startingValues(draftKey: string, accountDraft: MemoDraft | null): MemoRequestFormValues {
  const local = restoreDraft(readDraft<MemoRequestFormValues>(draftKey));
  if (hasAnyText(local)) return local;
  return accountDraft ? fromMemoDraft(accountDraft) : BLANK_MEMO_REQUEST;
}

/**
 * The memo request: saved as a draft while typed (in this tab at once, in the account at each
 * pause), sent once, and cleared only when it has been received.
 */
export function MemoRequestForm({
  memberId,
  draftKey,
  accountDraft,
  sendClosedBecause,
  readOnly,
}: MemoRequestFormProps) {
  const { data: areas } = useSuspenseQuery(policyAreaListQueryOptions());
  const [today] = useState(todayIso);
  const [discarding, setDiscarding] = useState(false);
  const form = useForm<MemoRequestFormInput, unknown, MemoRequestFormValues>({
    resolver: zodResolver(memoRequestFormSchema(today)),
    // Focus goes to the error summary (GOV.UK), which links to each field.
    shouldFocusError: false,
    defaultValues: startingValues(draftKey, accountDraft),
  });
  const create = useCreateMemoRequest(memberId);
  const account = useAccountDraft(form, { memberId, localKey: draftKey, accountDraft, enabled: !readOnly });
  const queryClient = useQueryClient();
  const attribution = useAttributionNote(memberId);
  const navigate = useNavigate();
  const errors = form.formState.errors;
  const { onSubmit, focusKey, requestError, requestErrorRef, summary } = useGuardedSubmit(form, {
    fields: FIELDS,
    send: async (values) => {
      await account.holdForSend();
      let detail;
      try {
        detail = await create.mutateAsync(toMemoRequestBody(values));
      } catch (error) {
        account.afterSend(false);
        throw error;
      }
      account.afterSend(true);
      clearDraft(draftKey);
      queryClient.setQueryData(memoDraftQueryOptions(memberId).queryKey, null);
      showToast('success', `Your request “${detail.title}” was sent to MIP.${attribution}`);
      void navigate(paths.member.memo.href(memberId, detail.id));
    },
  });

  async function discard() {
    await account.discard();
    form.reset(BLANK_MEMO_REQUEST);
    clearDraft(draftKey);
  }

  useDraftAutosave(form, draftKey);
  const hasText = hasAnyText(restoreDraft(useWatch({ control: form.control })));

  return (
    <form
      noValidate
      // Enter in a field submits too: nothing is sent while sending is closed (no memos left).
      onSubmit={(event) => (sendClosedBecause ? event.preventDefault() : onSubmit(event))}
      // Focus leaving the form (to another page's link, to "Sign out") saves what waits for the pause.
      onBlur={(event) => {
        if (!readOnly && !event.currentTarget.contains(event.relatedTarget)) void account.saveNow();
      }}
      className="space-y-6"
    >
      <ErrorSummary errors={summary(fieldId)} focusKey={focusKey} />
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="Your request was not sent"
        words={(error) => <>{describeError(error)} Everything you typed is still here.</>}
      />
      <fieldset disabled={readOnly} className="space-y-6">
        <legend className="sr-only">Your request</legend>
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
              <Options choices={areas.items} none="Choose a policy area" />
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
      </fieldset>
      <div className="space-y-4 border-t border-slate-200 pt-6">
        <ChangeButton
          type="submit"
          change={{ memberId, scope: 'memos' }}
          notAllowedBecause={sendClosedBecause}
          pending={create.isPending}
          pendingLabel="Sending…"
        >
          Send request
        </ChangeButton>
        {!readOnly && (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <AccountDraftStatus state={account.state} onRetry={() => void account.saveNow()} />
            {hasText && (
              <Button variant="secondary" size="sm" onClick={() => setDiscarding(true)}>
                Discard draft
              </Button>
            )}
          </div>
        )}
      </div>
      <DiscardDraftDialog open={discarding} onClose={() => setDiscarding(false)} onDiscard={discard} />
    </form>
  );
}

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import { memoProgressBodySchema, type MemoProgressBody, type StaffMemoRequest } from '@/api/contracts/staff-memos';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { clearDraft, readDraft } from '@/lib/drafts';
import { memoStatusWords } from '@/lib/memo-status-words';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { useProgressMemo } from '../../api/staff-memo-mutations';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

type Step = MemoProgressBody['status'];
const STEP_WORDS: Record<Step, { label: string; hint: string }> = {
  scoping: { label: 'Scoping', hint: 'Working out with the city what the memo should answer.' },
  in_progress: { label: 'In progress', hint: 'Researching and writing the memo.' },
};

/** The next steps the request can take from where it stands; none once it is in progress. */
export function nextSteps(status: StaffMemoRequest['status']): Step[] {
  if (status === 'submitted') return ['scoping', 'in_progress'];
  if (status === 'scoping') return ['in_progress'];
  return [];
}

/** Moves the request along, with a message the member reads in their timeline. */
export function ProgressForm({ request, draftKey }: { request: StaffMemoRequest; draftKey: string }) {
  const steps = nextSteps(request.status);
  const progress = useProgressMemo(request);
  const draft = readDraft<MemoProgressBody>(draftKey);
  const form = useForm<MemoProgressBody>({
    resolver: zodResolver(memoProgressBodySchema),
    defaultValues: {
      status: draft?.status && steps.includes(draft.status) ? draft.status : (steps[0] ?? 'in_progress'),
      message: draft?.message ?? '',
    },
  });
  useDraftAutosave(form, draftKey);
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: ['status', 'message'],
    focus: 'field',
    send: async (body) => {
      await progress.mutateAsync(body);
      clearDraft(draftKey);
      form.reset({ status: nextSteps(body.status)[0] ?? 'in_progress', message: '' });
      showToast('success', `Moved to ${memoStatusWords[body.status].text.toLowerCase()}; the member sees your message`);
    },
  });
  if (steps.length === 0) return null;
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="progress-heading" className="space-y-4">
      <h3 id="progress-heading" className="text-lg font-bold text-slate-900">
        Move it along
      </h3>
      <RequestErrorAlert error={requestError} focusRef={requestErrorRef} title="Not moved" words={describeError} />
      <fieldset>
        <legend className="font-semibold text-slate-900">Next step</legend>
        <div className="mt-2 space-y-2">
          {steps.map((step) => (
            <div key={step} className="flex items-start gap-3">
              <input
                type="radio"
                id={`progress-${step}`}
                value={step}
                {...form.register('status')}
                aria-describedby={`progress-${step}-hint`}
                className="mt-0.5 size-6 shrink-0 accent-accent-700"
              />
              <div>
                <label htmlFor={`progress-${step}`} className="font-semibold text-slate-900">
                  {STEP_WORDS[step].label}
                </label>
                <p id={`progress-${step}-hint`} className="text-[0.9375rem] text-slate-600">
                  {STEP_WORDS[step].hint}
                </p>
              </div>
            </div>
          ))}
        </div>
      </fieldset>
      <Field
        id="progress-message"
        label="Message to the member"
        hint="They read it in the request's timeline, and by e-mail if they get updates."
        error={form.formState.errors.message?.message}
      >
        {(control) => <Textarea {...control} {...form.register('message')} rows={3} />}
      </Field>
      <Button type="submit" pending={progress.isPending} pendingLabel="Sending…">
        Send and move it along
      </Button>
    </form>
  );
}

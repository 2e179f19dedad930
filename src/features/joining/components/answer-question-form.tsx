import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import { applicationAnswerBodySchema, type ApplicationAnswerBody } from '@/api/contracts/joining';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { clearDraft, readDraft } from '@/lib/drafts';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { useAnswerApplicationQuestion } from '../api/application-mutations';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

/** The applicant's answer to MIP's waiting question: kept as a draft while typed, sent once. */
export function AnswerQuestionForm({ memberId, draftKey }: { memberId: string; draftKey: string }) {
  const answer = useAnswerApplicationQuestion(memberId);
  const form = useForm<ApplicationAnswerBody>({
    resolver: zodResolver(applicationAnswerBodySchema),
    defaultValues: { answer: readDraft<ApplicationAnswerBody>(draftKey)?.answer ?? '' },
  });
  useDraftAutosave(form, draftKey);
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: ['answer'],
    focus: 'field',
    fieldForApi: (field) => (field === 'answer' ? 'answer' : undefined),
    send: async (body) => {
      await answer.mutateAsync(body);
      clearDraft(draftKey);
      form.reset({ answer: '' });
      showToast('success', 'Answer sent; MIP will pick up your application again');
    },
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="answer-heading" className="space-y-3">
      <h3 id="answer-heading" className="font-bold text-slate-900">
        Answer MIP
      </h3>
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="Your answer was not sent"
        words={describeError}
      />
      <Field
        id="application-answer"
        label="Your answer"
        hint="MIP's finance staff read it with your application."
        error={form.formState.errors.answer?.message}
      >
        {(control) => <Textarea {...control} {...form.register('answer')} rows={4} />}
      </Field>
      <Button type="submit" variant="primary" pending={form.formState.isSubmitting} pendingLabel="Sending…">
        Send your answer
      </Button>
    </form>
  );
}

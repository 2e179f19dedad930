import * as z from 'zod/mini';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { clearDraft, readDraft } from '@/lib/drafts';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

interface TextActionFormProps {
  id: string;
  heading: string;
  label: string;
  hint?: string;
  rows?: number;
  /** The contract's rule for the text, so the form and the API say the same. */
  rule: z.ZodMiniType<string, string>;
  submitLabel: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** What the toast says once it worked. */
  done: string;
  send: (text: string) => Promise<unknown>;
  /** Where the text is kept as it is typed (drafts.ts), so a reload or a failure loses nothing. */
  draftKey: string;
}

/** One action on a request that takes a text (a note, a reason, the memo): written, checked, sent once. */
export function TextActionForm({
  id,
  heading,
  label,
  hint,
  rows = 4,
  rule,
  submitLabel,
  pendingLabel,
  variant = 'secondary',
  done,
  send,
  draftKey,
}: TextActionFormProps) {
  const form = useForm<{ text: string }>({
    resolver: zodResolver(z.object({ text: rule })),
    defaultValues: { text: readDraft<{ text: string }>(draftKey)?.text ?? '' },
  });
  useDraftAutosave(form, draftKey);
  const error = form.formState.errors.text?.message;
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: ['text'],
    focus: 'field',
    fieldForApi: () => 'text',
    send: async ({ text }) => {
      await send(text);
      clearDraft(draftKey);
      form.reset({ text: '' });
      showToast('success', done);
    },
  });
  const pending = form.formState.isSubmitting;
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-heading`} className="space-y-4">
      <h3 id={`${id}-heading`} className="text-lg font-bold text-slate-900">
        {heading}
      </h3>
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title={`${submitLabel}: not done`}
        words={describeError}
      />
      <Field id={id} label={label} hint={hint} error={error}>
        {(control) => <Textarea {...control} {...form.register('text')} rows={rows} />}
      </Field>
      <Button type="submit" variant={variant} pending={pending} pendingLabel={pendingLabel}>
        {submitLabel}
      </Button>
    </form>
  );
}

import * as z from 'zod/mini';
import { useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ApiError, describeError } from '@/api/api-error';
import { memoDeliverBodySchema, type MemoFileUpload } from '@/api/contracts/staff-memos';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { bytesToBase64 } from '@/lib/base64';
import { clearDraft, readDraft } from '@/lib/drafts';
import { MEMO_FILE_KINDS, MEMO_FILE_WORDS, checkMemoFile, formatFileSize } from '@/lib/memo-file';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

interface DeliverValues {
  text: string;
  /** What the file input holds (the form library reads an input's FileList); the first file is sent. */
  file: FileList | null;
}

const schema = z.object({ text: memoDeliverBodySchema.shape.text, file: z.nullable(z.custom<FileList>()) });
/** The text is kept as a draft; a chosen file can't be stored, and is chosen again after a reload. */
const textOnly = ({ text }: DeliverValues) => ({ text });
const ACCEPT = Object.values(MEMO_FILE_KINDS)
  .flatMap((kind) => [`.${kind.extension}`, kind.mediaType])
  .join(',');

/**
 * The file as the API takes it, once its bytes pass the same check the API makes (memo-file.ts). A
 * file that fails is refused here the way the API would refuse it, so the message lands on the field.
 */
async function uploadOf(file: File): Promise<MemoFileUpload> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw fileRefused(MEMO_FILE_WORDS.unreadable);
  }
  const check = checkMemoFile(bytes);
  if (!check.ok) throw fileRefused(check.message);
  return { fileName: file.name, contentBase64: bytesToBase64(bytes) };
}

const fileRefused = (message: string) =>
  new ApiError({
    status: 422,
    code: 'validation_failed',
    message: 'Some answers need correcting.',
    fieldErrors: { 'attachment.contentBase64': [message] },
  });

const fieldForApi = (apiField: string) =>
  apiField.startsWith('attachment') ? ('file' as const) : apiField === 'text' ? ('text' as const) : undefined;

interface DeliverFormProps {
  send: (body: { text: string; attachment: MemoFileUpload | null }) => Promise<unknown>;
  draftKey: string;
}

/** Delivering a memo: its text, which the member reads in the hub, and optionally the memo's file. */
export function DeliverForm({ send, draftKey }: DeliverFormProps) {
  const form = useForm<DeliverValues>({
    resolver: zodResolver(schema),
    defaultValues: { text: readDraft<{ text: string }>(draftKey)?.text ?? '', file: null },
  });
  useDraftAutosave(form, draftKey, textOnly);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const fileField = form.register('file', { onChange: () => form.clearErrors('file') });
  const chosen = useWatch({ control: form.control, name: 'file' })?.[0];
  const { errors } = form.formState;
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: ['text', 'file'],
    focus: 'field',
    fieldForApi,
    send: async ({ text, file }) => {
      const chosenFile = file?.[0];
      await send({ text, attachment: chosenFile ? await uploadOf(chosenFile) : null });
      clearDraft(draftKey);
      form.reset({ text: '', file: null });
      showToast('success', 'Memo delivered; the member can read it now');
    },
  });

  function removeFile() {
    // Setting a file input's value empties it: the form library does that for a file field.
    form.setValue('file', null, { shouldDirty: true });
    form.clearErrors('file');
    fileInput.current?.focus();
  }

  const pending = form.formState.isSubmitting;
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="memo-text-heading" className="space-y-4">
      <h3 id="memo-text-heading" className="text-lg font-bold text-slate-900">
        Deliver the memo
      </h3>
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="Deliver the memo: not done"
        words={describeError}
      />
      <Field
        id="memo-text"
        label="The memo"
        hint="Plain text: leave a blank line between paragraphs; start a line with “- ” for a list. The member reads it in their hub and can download it."
        error={errors.text?.message}
      >
        {(control) => <Textarea {...control} {...form.register('text')} rows={12} />}
      </Field>
      <Field
        id="memo-file"
        label="The memo as a file (optional)"
        hint="A PDF or a Word document (.docx), up to 10 MB. The member can download it beside the text."
        error={errors.file?.message}
      >
        {(control) => (
          <div className="flex flex-wrap items-center gap-3">
            <input
              {...control}
              {...fileField}
              ref={(element) => {
                fileField.ref(element);
                fileInput.current = element;
              }}
              type="file"
              accept={ACCEPT}
              className="block max-w-full text-base text-slate-900 file:mr-3 file:min-h-11 file:cursor-pointer file:rounded-md file:border-2 file:border-slate-500 file:bg-white file:px-3 file:font-semibold file:text-slate-900 hover:file:bg-slate-50"
            />
            {chosen && (
              <>
                <span className="text-slate-700">{formatFileSize(chosen.size)}</span>
                <Button type="button" variant="secondary" onClick={removeFile}>
                  Remove the file
                </Button>
              </>
            )}
          </div>
        )}
      </Field>
      <Button type="submit" variant="primary" pending={pending} pendingLabel="Delivering…">
        Deliver the memo
      </Button>
    </form>
  );
}

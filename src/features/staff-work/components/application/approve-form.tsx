import * as z from 'zod/mini';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import {
  applicationApproveBodySchema,
  type ApplicationApproveBody,
  type StaffApplication,
} from '@/api/contracts/staff-applications';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { clearDraft, readDraft } from '@/lib/drafts';
import { formatMoney } from '@/lib/format';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

/** The welcome is optional: left empty, nothing is sent; written, it follows the contract's rule. */
export const approveFormSchema = z.object({
  message: z.union([z.literal(''), applicationApproveBodySchema.shape.message]),
});
export type ApproveFormValues = z.input<typeof approveFormSchema>;

interface ApproveFormProps {
  application: StaffApplication;
  /** Sends the approval (the page's mutation, so its outcome outlives the form). */
  send: (body: ApplicationApproveBody) => Promise<unknown>;
  draftKey: string;
}

/** Approves the application, saying plainly what approving does, with an optional welcome. */
export function ApproveForm({ application, send, draftKey }: ApproveFormProps) {
  const form = useForm<ApproveFormValues>({
    resolver: zodResolver(approveFormSchema),
    defaultValues: { message: readDraft<ApproveFormValues>(draftKey)?.message ?? '' },
  });
  useDraftAutosave(form, draftKey);
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: ['message'],
    focus: 'field',
    fieldForApi: (field) => (field === 'message' ? 'message' : undefined),
    send: async ({ message }) => {
      const welcome = message?.trim() ?? '';
      await send(welcome === '' ? {} : { message: welcome });
      clearDraft(draftKey);
      form.reset({ message: '' });
      showToast('success', `${application.city} is now a member; its first invoice is ready`);
    },
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="approve-heading" className="space-y-4">
      <h3 id="approve-heading" className="text-lg font-bold text-slate-900">
        Approve the application
      </h3>
      <p className="text-slate-800">
        Approving makes {application.city}, {application.state} a member today: its membership year starts, its first
        invoice of {formatMoney(application.tier.feeCents)} is created, and {application.applicant.name} becomes its
        mayor.
      </p>
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="Approve the application: not done"
        words={describeError}
      />
      <Field
        id="approve-message"
        label="Welcome message (optional)"
        hint="The new member reads it on the welcome page."
        error={form.formState.errors.message?.message}
      >
        {(control) => <Textarea {...control} {...form.register('message')} rows={3} />}
      </Field>
      <Button type="submit" variant="primary" pending={form.formState.isSubmitting} pendingLabel="Approving…">
        Approve: make {application.city} a member
      </Button>
    </form>
  );
}

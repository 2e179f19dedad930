import * as z from 'zod/mini';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import { previewCreateBodySchema, type StaffMemberListItem } from '@/api/contracts/access';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { useStartPreview } from '../api/start-preview';
import { possessive } from '@/lib/possessive';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

const reasonSchema = z.pick(previewCreateBodySchema, { reason: true });
type ReasonValues = { reason: string };

interface StartPreviewDialogProps {
  member: StaffMemberListItem | null;
  onClose: () => void;
}

/** Asks MIP staff why they want to preview; the member will see the reason in their access history. */
export function StartPreviewDialog({ member, onClose }: StartPreviewDialogProps) {
  return (
    <Dialog
      open={member !== null}
      onOpenChange={(open) => !open && onClose()}
      title={member ? `Preview ${possessive(member.city)} hub` : 'Preview'}
      description="You will see the hub exactly as the mayor does, read-only, for up to 60 minutes. The member sees your name and reason in their access history."
    >
      {member && <ReasonForm member={member} onCancel={onClose} />}
    </Dialog>
  );
}

function ReasonForm({ member, onCancel }: { member: StaffMemberListItem; onCancel: () => void }) {
  const form = useForm<ReasonValues>({ resolver: zodResolver(reasonSchema), defaultValues: { reason: '' } });
  const startPreview = useStartPreview();
  const reasonError = form.formState.errors.reason?.message;
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: ['reason'],
    focus: 'field',
    send: (values) => startPreview.mutateAsync({ memberId: member.id, reason: values.reason }),
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="The preview did not start"
        words={describeError}
      />
      <Field
        id="preview-reason"
        label="Reason for this preview"
        hint="At least 10 characters, for example: “Checking the dues widget the mayor asked about”."
        error={reasonError}
      >
        {(control) => <Textarea {...control} {...form.register('reason')} rows={3} />}
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={startPreview.isPending} pendingLabel="Starting preview…">
          Start preview
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

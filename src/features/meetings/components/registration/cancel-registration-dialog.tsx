import type { Registration } from '@/api/contracts/meetings';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { showToast } from '@/components/ui/toast';
import { useCancelRegistration } from '../../api/registration-mutations';
import { useAttributionNote } from '@/api/queries/attribution-note';
import { possessive } from '@/lib/possessive';

interface CancelRegistrationDialogProps {
  memberId: string;
  registration: Registration | null;
  meetingTitle: string;
  onClose: () => void;
}

/** Asks once before cancelling: a freed seat goes to the next on the waitlist and can't be taken back. */
export function CancelRegistrationDialog({
  memberId,
  registration,
  meetingTitle,
  onClose,
}: CancelRegistrationDialogProps) {
  const cancel = useCancelRegistration(memberId);
  const attribution = useAttributionNote(memberId);
  const name = registration?.attendee.name ?? '';
  return (
    <ConfirmDialog
      open={registration !== null}
      onClose={onClose}
      title={`Cancel ${possessive(name)} registration?`}
      description={
        registration?.status === 'waitlisted'
          ? `${name} leaves the waitlist for the ${meetingTitle}.`
          : `${name} will no longer be registered for the ${meetingTitle}. If the meeting is full, the seat goes to the next person on the waitlist.`
      }
      confirmLabel="Cancel registration"
      pendingLabel="Canceling…"
      keepLabel="Keep registration"
      failureTitle="The registration was not canceled"
      onConfirm={async () => {
        if (!registration) return;
        await cancel.mutateAsync(registration.id);
        showToast('success', `${possessive(name)} registration for the ${meetingTitle} is canceled.${attribution}`);
      }}
    />
  );
}

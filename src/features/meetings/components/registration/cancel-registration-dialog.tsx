import { useState } from 'react';
import { describeError } from '@/api/api-error';
import type { Registration } from '@/api/contracts/meetings';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { showToast } from '@/components/ui/toast';
import { useCancelRegistration } from '../../api/registration-mutations';

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
  const [requestError, setRequestError] = useState<string | null>(null);
  const name = registration?.attendee.name ?? '';
  const close = () => {
    setRequestError(null);
    cancel.reset();
    onClose();
  };

  function confirm() {
    if (!registration) return;
    setRequestError(null);
    cancel.mutate(registration.id, {
      onSuccess: () => {
        showToast('success', `${name}'s registration for the ${meetingTitle} is cancelled.`);
        close();
      },
      onError: (error) => setRequestError(describeError(error)),
    });
  }

  return (
    <Dialog
      open={registration !== null}
      onOpenChange={(open) => !open && close()}
      title={`Cancel ${name}'s registration?`}
      description={
        registration?.status === 'waitlisted'
          ? `${name} leaves the waitlist for the ${meetingTitle}.`
          : `${name} will no longer be registered for the ${meetingTitle}. If the meeting is full, the seat goes to the next person on the waitlist.`
      }
    >
      <div className="space-y-5">
        {requestError && (
          <Alert tone="danger" role="alert" title="The registration was not cancelled">
            {requestError}
          </Alert>
        )}
        <div className="flex flex-wrap gap-3">
          <Button variant="danger" onClick={confirm} pending={cancel.isPending} pendingLabel="Cancelling…">
            {requestError ? 'Try again' : 'Cancel registration'}
          </Button>
          <Button variant="secondary" onClick={close}>
            Keep registration
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

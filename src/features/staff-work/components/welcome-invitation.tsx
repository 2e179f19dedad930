import { useState } from 'react';
import type { Invitation } from '@/api/contracts/staff-accounts';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { showToast } from '@/components/ui/toast';
import { formatInstantDate } from '@/lib/format';

interface WelcomeInvitationProps {
  /** "Priya Raman", "Mayor Rosa Delgado". */
  name: string;
  email: string;
  invitation: Invitation;
  /** Null while previewing a member (read-only): the state shows, the button doesn't. */
  onResend: (() => Promise<unknown>) | null;
}

/**
 * An account MIP made whose person hasn't set a password yet: when the welcome e-mail went, until
 * when its link works, and a way to send a new one (which ends the older link).
 */
export function WelcomeInvitation({ name, email, invitation, onResend }: WelcomeInvitationProps) {
  const [confirming, setConfirming] = useState(false);
  const state = invitation.expired
    ? `Not signed in yet: the welcome link expired on ${formatInstantDate(invitation.expiresAt)}.`
    : `Not signed in yet: welcome e-mail sent ${formatInstantDate(invitation.sentAt)}, its link works until ${formatInstantDate(invitation.expiresAt)}.`;
  return (
    <div className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-slate-800">
      <p>{state}</p>
      {onResend && (
        <>
          <Button
            variant="secondary"
            size="sm"
            className="mt-2"
            aria-label={`Send ${name} the welcome link again`}
            onClick={() => setConfirming(true)}
          >
            Send the link again
          </Button>
          <ConfirmDialog
            open={confirming}
            onClose={() => setConfirming(false)}
            title={`Send ${name} a new welcome link?`}
            description={`A new welcome e-mail goes to ${email}, with a link that works for 14 days. The link of the earlier e-mail stops working.`}
            confirmLabel="Send the new link"
            pendingLabel="Sending…"
            keepLabel="Don't send"
            failureTitle="The link was not sent"
            confirmVariant="primary"
            onConfirm={async () => {
              await onResend();
              showToast('success', `A new welcome link is on its way to ${email}`);
            }}
          />
        </>
      )}
    </div>
  );
}

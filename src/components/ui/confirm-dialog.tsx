import { useState } from 'react';
import { describeError } from '@/api/api-error';
import { Alert } from './alert';
import { Button } from './button';
import { Dialog } from './dialog';

interface ConfirmDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description: string;
  /** "Cancel registration", "Withdraw request": what the danger button does. */
  confirmLabel: string;
  pendingLabel: string;
  /** "Keep registration": the way out, in words, not "Cancel" (which may be the action itself). */
  keepLabel: string;
  /** "The registration was not cancelled": the title of the failure message. */
  failureTitle: string;
  /** Does the thing; the dialog closes when it resolves and says why when it rejects. */
  onConfirm: () => Promise<unknown>;
  /** `primary` for a step that replaces something rather than destroys it (a new link for an old). */
  confirmVariant?: 'danger' | 'primary';
}

/** Asks once before something that can't be undone; a failure stays in the dialog with a retry. */
export function ConfirmDialog({
  open,
  onClose,
  title,
  description,
  confirmLabel,
  pendingLabel,
  keepLabel,
  failureTitle,
  onConfirm,
  confirmVariant = 'danger',
}: ConfirmDialogProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={(next) => !next && close()} title={title} description={description}>
      <div className="space-y-5">
        {error && (
          <Alert tone="danger" role="alert" title={failureTitle}>
            {error}
          </Alert>
        )}
        <div className="flex flex-wrap gap-3">
          <Button variant={confirmVariant} onClick={() => void confirm()} pending={pending} pendingLabel={pendingLabel}>
            {error ? 'Try again' : confirmLabel}
          </Button>
          <Button variant="secondary" onClick={close}>
            {keepLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

import { ConfirmDialog } from '@/components/ui/confirm-dialog';

interface DiscardDraftDialogProps {
  open: boolean;
  onClose: () => void;
  /** Discards it in the account and empties the form; rejects when the account still has it. */
  onDiscard: () => Promise<void>;
}

/** Asks once: the draft goes from this tab and from the account, on every device. */
export function DiscardDraftDialog({ open, onClose, onDiscard }: DiscardDraftDialogProps) {
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      title="Discard this draft?"
      description="What you have typed is deleted here and from your account. This can't be undone."
      confirmLabel="Discard draft"
      pendingLabel="Discarding…"
      keepLabel="Keep draft"
      failureTitle="The draft was not discarded"
      onConfirm={onDiscard}
    />
  );
}

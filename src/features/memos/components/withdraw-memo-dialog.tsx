import type { MemoRequest } from '@/api/contracts/memos';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { showToast } from '@/components/ui/toast';
import { useWithdrawMemoRequest } from '../api/memo-mutations';
import { useAttributionNote } from '@/api/queries/attribution-note';

interface WithdrawMemoDialogProps {
  memberId: string;
  memo: MemoRequest;
  open: boolean;
  onClose: () => void;
}

/** Asks once: withdrawing can't be undone, though the memo goes back to the allowance. */
export function WithdrawMemoDialog({ memberId, memo, open, onClose }: WithdrawMemoDialogProps) {
  const withdraw = useWithdrawMemoRequest(memberId);
  const attribution = useAttributionNote(memberId);
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      title="Withdraw this request?"
      description={`MIP will not work on “${memo.title}”, and the memo goes back to this year's allowance. To ask again later, send a new request.`}
      confirmLabel="Withdraw request"
      pendingLabel="Withdrawing…"
      keepLabel="Keep request"
      failureTitle="The request was not withdrawn"
      onConfirm={async () => {
        await withdraw.mutateAsync(memo.id);
        showToast('success', `“${memo.title}” was withdrawn; the memo is back in your allowance.${attribution}`);
      }}
    />
  );
}

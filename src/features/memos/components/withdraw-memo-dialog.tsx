import { useState } from 'react';
import { describeError } from '@/api/api-error';
import type { MemoRequest } from '@/api/contracts/memos';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { showToast } from '@/components/ui/toast';
import { useWithdrawMemoRequest } from '../api/memo-mutations';

interface WithdrawMemoDialogProps {
  memberId: string;
  memo: MemoRequest;
  open: boolean;
  onClose: () => void;
}

/** Asks once: withdrawing can't be undone, though the memo goes back to the allowance. */
export function WithdrawMemoDialog({ memberId, memo, open, onClose }: WithdrawMemoDialogProps) {
  const withdraw = useWithdrawMemoRequest(memberId);
  const [requestError, setRequestError] = useState<string | null>(null);
  const close = () => {
    setRequestError(null);
    withdraw.reset();
    onClose();
  };
  function confirm() {
    setRequestError(null);
    withdraw.mutate(memo.id, {
      onSuccess: () => {
        showToast('success', `“${memo.title}” was withdrawn; the memo is back in your allowance.`);
        close();
      },
      onError: (error) => setRequestError(describeError(error)),
    });
  }
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && close()}
      title="Withdraw this request?"
      description={`MIP will not work on “${memo.title}”, and the memo goes back to this year's allowance. To ask again later, send a new request.`}
    >
      <div className="space-y-5">
        {requestError && (
          <Alert tone="danger" role="alert" title="The request was not withdrawn">
            {requestError}
          </Alert>
        )}
        <div className="flex flex-wrap gap-3">
          <Button variant="danger" onClick={confirm} pending={withdraw.isPending} pendingLabel="Withdrawing…">
            {requestError ? 'Try again' : 'Withdraw request'}
          </Button>
          <Button variant="secondary" onClick={close}>
            Keep request
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

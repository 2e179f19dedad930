import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { useIdempotencyKey } from '@/api/idempotency-key';
import type { StaffAccount, StaffAreasChange, StaffInvite } from '@/api/contracts/staff-accounts';
import { STAFF_ACCOUNTS_KEY } from './staff-account-queries';

/** Every change re-reads the accounts (the list is short) and the memo assignees staff pick from. */
function useAccountChange<B>(send: (body: B, client: ReturnType<typeof useQueryClient>) => Promise<StaffAccount>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B, { client }) => send(body, client),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: STAFF_ACCOUNTS_KEY }),
        queryClient.invalidateQueries({ queryKey: ['staff-work', 'memo-request'] }),
      ]),
  });
}

/** A colleague invited once: the same answers sent again (a retry) reuse the Idempotency-Key. */
export function useInviteStaffAccount() {
  const idempotency = useIdempotencyKey();
  const change = useAccountChange<StaffInvite>((body, client) =>
    apiRequest('inviteStaffAccount', { body, idempotencyKey: idempotency.keyFor(body), client }),
  );
  return { ...change, resetKey: idempotency.reset };
}

export const useChangeStaffAreas = (account: StaffAccount) =>
  useAccountChange<StaffAreasChange>((body, client) =>
    apiRequest('changeStaffAreas', { params: { personId: account.id }, body, client }),
  );

export const useDeactivateStaffAccount = (account: StaffAccount) =>
  useAccountChange<Record<string, never>>((body, client) =>
    apiRequest('deactivateStaffAccount', { params: { personId: account.id }, body, client }),
  );

/** A new welcome link: each intent its own key, so sending again later is a new e-mail. */
export function useResendStaffWelcome(account: StaffAccount) {
  const idempotency = useIdempotencyKey();
  return useAccountChange<Record<string, never>>(async (body, client) => {
    const updated = await apiRequest('resendStaffWelcome', {
      params: { personId: account.id },
      body,
      idempotencyKey: idempotency.keyFor(body),
      client,
    });
    idempotency.reset();
    return updated;
  });
}

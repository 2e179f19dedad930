import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { showToast } from '@/components/ui/toast';
import { describeError } from '@/api/api-error';
import { apiRequest } from '@/api/client';
import { forgetOnArrival } from '@/api/queries/forget-on-arrival';
import { rememberSignedOut } from '@/api/sign-in-redirect';
import { paths } from '@/config/paths';
import { clearAllDrafts } from '@/lib/drafts';

/**
 * Ends the session on the server, then goes to the sign-in page, which empties the cache once it
 * is on screen (see useForgetOnArrival), so no member data stays in memory for the
 * next person at this computer.
 */
export function useSignOut() {
  const navigate = useNavigate();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('signOut', { client }),
    onSuccess: async () => {
      rememberSignedOut(client);
      clearAllDrafts();
      await navigate(paths.signIn.href(), { replace: true, state: forgetOnArrival('signed-in') });
    },
    onError: (error) => {
      showToast('error', `You are still signed in. ${describeError(error)}`);
    },
  });
}

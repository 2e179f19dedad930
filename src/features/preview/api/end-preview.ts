import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { showToast } from '@/components/ui/toast';
import { describeError } from '@/api/api-error';
import { apiRequest } from '@/api/client';
import type { Session } from '@/api/contracts/session';
import { forgetOnArrival } from '@/api/queries/forget-on-arrival';
import { sessionQueryKey } from '@/api/queries/session-queries';
import { paths } from '@/config/paths';

/**
 * Ends the preview and goes back to the member list, which then forgets everything read during
 * the preview: the member's data (including what only a preview may see, like identity-track
 * memberships) should not outlive the stated reason.
 */
export function useEndPreview() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => apiRequest('endPreview', { client: queryClient }),
    onSuccess: async () => {
      // Leave the hub first, then drop the preview from the session: the other way round, the
      // hub showed "Your preview has ended" for a moment on its way out.
      await navigate(paths.staff.members.href(), { state: forgetOnArrival('preview') });
      queryClient.setQueryData<Session>(sessionQueryKey, (session) => session && { ...session, preview: null });
    },
    onError: (error) => {
      showToast('error', `The preview could not be ended. ${describeError(error)}`);
    },
  });
}

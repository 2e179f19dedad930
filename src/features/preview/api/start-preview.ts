import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiRequest } from '@/api/client';
import type { PreviewCreateBody } from '@/api/contracts/access';
import type { Session } from '@/api/contracts/session';
import { sessionQueryKey } from '@/api/queries/session-queries';
import { paths } from '@/config/paths';

/** Starts a read-only preview of a member's hub (with the stated reason) and opens it. */
export function useStartPreview() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (body: PreviewCreateBody, { client }) => apiRequest('startPreview', { body, client }),
    onSuccess: async (preview) => {
      queryClient.setQueryData<Session>(sessionQueryKey, (session) => session && { ...session, preview });
      await navigate(paths.member.dashboard.href(preview.memberId));
    },
  });
}

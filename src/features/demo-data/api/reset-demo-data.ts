import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { showToast } from '@/components/ui/toast';
import { apiUrl } from '@/api/client';
import { requestsHeld } from '@/api/requests-held';
import { forgetOnArrival } from '@/api/queries/forget-on-arrival';
import { rememberSignedOut } from '@/api/sign-in-redirect';
import { paths } from '@/config/paths';
import { clearAllDrafts } from '@/lib/drafts';

/**
 * Puts the embedded mock API back to its seed. A mock-only control, not part of the contract,
 * hence a plain fetch. Everything cached came from the old data, and the session is gone with it.
 */
async function resetDemoData(): Promise<void> {
  await requestsHeld(); // a click before the mock has started
  const response = await fetch(apiUrl('/__mock/reset'), { method: 'POST', credentials: 'include' });
  if (!response.ok) throw new Error(`The demo data could not be reset (HTTP ${response.status}).`);
}

export function useResetDemoData() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetDemoData,
    onSuccess: async () => {
      rememberSignedOut(queryClient);
      clearAllDrafts();
      // The sign-in page empties the cache on arrival: everything in it came from the old data.
      await navigate(paths.signIn.href(), { replace: true, state: forgetOnArrival('signed-in') });
      showToast('success', 'The demo data is back to its starting point. Sign in to carry on.');
    },
  });
}

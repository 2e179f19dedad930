import { redirect } from 'react-router';
import { homePathFor } from '@/features/session/api/home-path';
import { requireSession } from '@/features/session/api/require-session';
import type { ClientLoader } from '../route-module';

/**
 * "/" is not a page: it sends each person to their own home (by role, grants and preview). The
 * router imports this loader itself, so the redirect waits for no chunk (decision 043).
 */
export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request }) =>
    redirect(homePathFor(await requireSession(queryClient, request)));

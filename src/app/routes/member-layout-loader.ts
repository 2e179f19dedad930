import { redirect } from 'react-router';
import { overviewQueryOptions } from '@/api/queries/overview-queries';
import { paths } from '@/config/paths';
import { requireSession } from '@/features/session/api/require-session';
import type { ClientLoader } from '../route-module';

// Part of the first file (the router imports it): a member's hub asks for its city as soon as
// the app starts, beside the session, not after the layout's code has arrived (decision 043).
export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request, params }) => {
    const memberId = params.memberId ?? '';
    // Both requests start now; the session decides first (a 401 means "sign in", not "not found").
    const overview = queryClient.query({ ...overviewQueryOptions(memberId), staleTime: 'static' });
    overview.catch(() => undefined);
    const session = await requireSession(queryClient, request);
    if (session.person.role === 'prospective' && session.ownMemberId === memberId) throw redirect(paths.welcome.href());
    // MIP staff reach a member's hub only inside a preview of it; their own page is the member list.
    if (session.person.role === 'mip_staff' && session.preview?.memberId !== memberId)
      throw redirect(paths.staff.members.href());
    await overview; // a 403/404 from the API lands in the ErrorBoundary below
    return null;
  };

import { redirect } from 'react-router';
import { PageMain } from '@/components/layout/page-main';
import { PageHeading } from '@/components/ui/page-heading';
import { staffMembersQueryOptions } from '@/features/preview/api/staff-members-queries';
import { StaffMemberList } from '@/features/preview/components/staff-member-list';
import { homePathFor } from '@/features/session/api/home-path';
import { requireSession } from '@/features/session/api/require-session';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request }) => {
    const members = queryClient.query({ ...staffMembersQueryOptions(), staleTime: 'static' });
    members.catch(() => undefined); // awaited below, once we know this person is MIP staff
    const session = await requireSession(queryClient, request);
    if (session.person.role !== 'mip_staff') throw redirect(homePathFor(session));
    await members;
    return null;
  };

export function Component() {
  return (
    <PageMain>
      <PageHeading>Member cities</PageHeading>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">
        Preview a city's hub exactly as its mayor sees it, read-only, for up to 60 minutes. The member sees your name
        and your reason in their access history.
      </p>
      <div className="mt-8">
        <StaffMemberList />
      </div>
    </PageMain>
  );
}

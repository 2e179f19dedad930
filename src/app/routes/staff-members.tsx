import { PageHeading } from '@/components/ui/page-heading';
import { staffMembersQueryOptions } from '@/api/queries/staff-members-queries';
import { StaffMemberList } from '@/features/preview/components/staff-member-list';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader = (queryClient) => async () => {
  await queryClient.query({ ...staffMembersQueryOptions(), staleTime: 'static' });
  return null;
};

export function Component() {
  return (
    <>
      <PageHeading>Member cities</PageHeading>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">
        Preview a city's hub exactly as its mayor sees it, read-only, for up to 60 minutes. The member sees your name
        and your reason in their access history.
      </p>
      <div className="mt-8">
        <StaffMemberList />
      </div>
    </>
  );
}

import { useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '@/api/queries/session-queries';
import { PageHeading } from '@/components/ui/page-heading';
import { staffMembersQueryOptions } from '@/api/queries/staff-members-queries';
import { inboxQuery, parseInboxSearch } from '@/features/staff-work/api/inbox-search';
import { inboxQueryOptions } from '@/features/staff-work/api/inbox-queries';
import { InboxFilters } from '@/features/staff-work/components/inbox-filters';
import { InboxList } from '@/features/staff-work/components/inbox-list';
import { staffAreaWords } from '@/features/staff-work/components/work-words';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request }) => {
    const search = parseInboxSearch(new URL(request.url).searchParams);
    await Promise.all([
      queryClient.query(inboxQueryOptions(inboxQuery(search))),
      queryClient.query({ ...staffMembersQueryOptions(), staleTime: 'static' }),
    ]);
    return null;
  };

/** MIP staff's home: everything of their areas that waits for MIP, across every city. */
export function Component() {
  const [searchParams] = useSearchParams();
  const search = parseInboxSearch(searchParams);
  const areas = useSession().person.staffAreas;
  const refocus = useRef(false);
  return (
    <>
      <PageHeading documentTitle="Inbox">Work inbox</PageHeading>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">
        Everything waiting for MIP in your areas
        {areas.length > 0 && ` (${areas.map((a) => staffAreaWords[a]).join(', ')})`}, across every city, the longest
        waiting first.
      </p>
      <InboxFilters key={searchParams.toString()} search={search} areas={areas} refocusRef={refocus} />
      <InboxList search={search} />
    </>
  );
}

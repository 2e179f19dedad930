import { useSearchParams } from 'react-router';
import { policyAreaListQueryOptions } from '@/api/queries/policy-area-queries';
import { sessionQueryOptions } from '@/api/queries/session-queries';
import { PageHeading } from '@/components/ui/page-heading';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { SkeletonLines } from '@/components/ui/skeleton';
import {
  directoryListingQueryOptions,
  directoryQueryOptions,
  parseDirectorySearch,
  settingsPersonId,
} from '@/features/network/api/network-queries';
import { DirectoryResults } from '@/features/network/components/directory-results';
import { DirectorySearchForm } from '@/features/network/components/directory-search-form';
import { YourEntry } from '@/features/network/components/your-entry';
import type { ClientLoader } from '../route-module';
import { prefetch } from './prefetch';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request }) => {
    const search = parseDirectorySearch(new URL(request.url).searchParams);
    void prefetch(queryClient.query(policyAreaListQueryOptions()));
    void prefetch(
      queryClient
        .query(sessionQueryOptions())
        .then((session) => queryClient.query(directoryListingQueryOptions(settingsPersonId(session)))),
    );
    await queryClient.query(directoryQueryOptions(search));
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  const [searchParams] = useSearchParams();
  const search = parseDirectorySearch(searchParams);
  return (
    <>
      <PageHeading>Directory</PageHeading>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">
        Member mayors, senior city staff and MIP's policy experts who chose to be listed. Reach out directly.
      </p>
      <div className="mt-2 grid gap-8 lg:grid-cols-3 lg:items-start">
        <div className="lg:col-span-2">
          <DirectorySearchForm key={searchParams.toString()} memberId={memberId} search={search} />
          <DirectoryResults memberId={memberId} search={search} />
        </div>
        <div className="lg:mt-6">
          <QueryBoundary fallback={<SkeletonLines label="Loading your entry" />}>
            <YourEntry memberId={memberId} />
          </QueryBoundary>
        </div>
      </div>
    </>
  );
}

import { PageHeading } from '@/components/ui/page-heading';
import { sessionQueryOptions, viewerPersonId } from '@/api/queries/session-queries';
import { bookmarkListQueryOptions } from '@/features/briefing-books/api/briefing-books-queries';
import { LibraryTabs } from '@/features/briefing-books/components/library/library-tabs';
import { SavedBooks } from '@/features/briefing-books/components/saved-books';
import type { ClientLoader } from '../route-module';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader = (queryClient) => async () => {
  const session = await queryClient.query(sessionQueryOptions());
  await queryClient.query(bookmarkListQueryOptions(viewerPersonId(session)));
  return null;
};

export function Component() {
  const memberId = useMemberId();
  return (
    <>
      <PageHeading documentTitle="Saved books">Library</PageHeading>
      <LibraryTabs memberId={memberId} current="saved" />
      <div className="mt-6 max-w-4xl">
        <SavedBooks memberId={memberId} />
      </div>
    </>
  );
}

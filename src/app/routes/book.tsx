import { useParams } from 'react-router';
import { sessionQueryOptions, viewerPersonId } from '@/api/queries/session-queries';
import {
  bookmarkListQueryOptions,
  briefingBookQueryOptions,
} from '@/features/briefing-books/api/briefing-books-queries';
import { BookPage } from '@/features/briefing-books/components/book-page';
import type { ClientLoader } from '../route-module';
import { prefetch } from './prefetch';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    void prefetch(
      queryClient
        .query(sessionQueryOptions())
        .then((s) => queryClient.query(bookmarkListQueryOptions(viewerPersonId(s)))),
    );
    await queryClient.query(briefingBookQueryOptions(params.bookId ?? ''));
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  const { bookId = '' } = useParams();
  return <BookPage memberId={memberId} bookId={bookId} />;
}

export { BookErrorBoundary as ErrorBoundary } from './not-found-boundaries';

import { useSuspenseQuery } from '@tanstack/react-query';
import { useSession, viewerPersonId } from '@/api/queries/session-queries';
import { TextLink } from '@/components/ui/text-link';
import { Widget } from '@/components/ui/widget';
import { paths } from '@/config/paths';
import { bookmarkListQueryOptions } from '../api/briefing-books-queries';
import { BookList } from './library/book-list';
import { BookListItem } from './library/book-list-item';

/** The books this person saved (in a preview, the mayor's), most recent first. */
export function SavedBooks({ memberId, limit }: { memberId: string; limit?: number }) {
  const { data } = useSuspenseQuery(bookmarkListQueryOptions(viewerPersonId(useSession())));
  const items = limit ? data.items.slice(0, limit) : data.items;
  if (items.length === 0) {
    return (
      <p className="text-slate-700">
        Nothing saved yet. Press “Save” on a book in the{' '}
        <TextLink to={paths.member.library.href(memberId)}>library</TextLink> to keep it here.
      </p>
    );
  }
  return (
    <BookList className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {items.map((bookmark) => (
        <BookListItem key={bookmark.book.id} memberId={memberId} book={bookmark.book} />
      ))}
    </BookList>
  );
}

/** On the dashboard: the few most recently saved books. */
export function SavedBooksWidget({ memberId, className }: { memberId: string; className?: string }) {
  return (
    <Widget title="Saved for later" skeletonLines={3} className={className}>
      <SavedBooks memberId={memberId} limit={3} />
      <p className="mt-4">
        <TextLink to={paths.member.savedBooks.href(memberId)}>All saved books</TextLink>
      </p>
    </Widget>
  );
}

import { useLocation } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { BookContent } from '@/components/book-content';
import { Card } from '@/components/ui/card';
import { Fact, Facts } from '@/components/ui/facts';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { briefingBookQueryOptions } from '../api/briefing-books-queries';
import { librarySearchOpenedFrom } from '../api/library-search';
import { BookmarkButton } from './bookmark-button';

/** A briefing book or resource: its meeting, its introduction and its sections. */
export function BookPage({ memberId, bookId }: { memberId: string; bookId: string }) {
  const { data: book } = useSuspenseQuery(briefingBookQueryOptions(bookId));
  // Opened from a search: the way back is that search (its words, filters and page), not a blank one.
  const searchedFor = librarySearchOpenedFrom(useLocation().state);
  return (
    <article>
      <p>
        {searchedFor ? (
          <TextLink to={paths.member.library.href(memberId, searchedFor)}>Back to your search</TextLink>
        ) : (
          <TextLink to={paths.member.library.href(memberId)}>Search the library</TextLink>
        )}
      </p>
      <PageHeading className="mt-3">{book.title}</PageHeading>
      <p className="mt-3 flex flex-wrap items-center gap-3">
        <StatusTag>{book.kind === 'briefing_book' ? 'Briefing book' : 'Resource'}</StatusTag>
        <span className="text-slate-700">{book.policyArea.name}</span>
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:items-start">
        <div className="space-y-4 lg:col-start-3">
          <Card>
            <h2 className="sr-only">Details</h2>
            <Facts>
              {book.meetingId && book.meetingTitle && (
                <Fact term="Meeting">
                  <TextLink to={paths.member.meeting.href(memberId, book.meetingId)}>{book.meetingTitle}</TextLink>
                </Fact>
              )}
              <Fact term="Published">{formatDate(book.publishedOn)}</Fact>
              <Fact term="Policy area">{book.policyArea.name}</Fact>
            </Facts>
          </Card>
          <BookmarkButton bookId={book.id} title={book.title} />
        </div>
        <div className="space-y-8 lg:col-span-2 lg:col-start-1 lg:row-start-1">
          <BookContent book={book} />
        </div>
      </div>
    </article>
  );
}

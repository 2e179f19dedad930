import { useSuspenseQuery } from '@tanstack/react-query';
import { BookOpen } from 'lucide-react';
import { formatDate } from '@/lib/format';
import { briefingBookListQueryOptions } from '../api/briefing-books-queries';
import { BookLink } from './library/book-link';

export function meetingBriefingBookFilters(meetingId: string) {
  return { meetingId, sort: 'newest', pageSize: 5 } as const;
}

/** The briefing book prepared for a meeting, on the meeting's page (read before going). */
export function MeetingBriefingBook({ memberId, meetingId }: { memberId: string; meetingId: string }) {
  const { data } = useSuspenseQuery(briefingBookListQueryOptions(meetingBriefingBookFilters(meetingId)));
  const books = data.items.filter((b) => b.kind === 'briefing_book');
  return (
    <section aria-labelledby="briefing-book-heading">
      <h2 id="briefing-book-heading" className="text-xl font-bold text-slate-900">
        Briefing book
      </h2>
      {books.length === 0 ? (
        <p className="mt-2 text-slate-700">The briefing book for this meeting has not been published yet.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {books.map((book) => (
            <li key={book.id} className="flex gap-3 rounded-lg border border-slate-200 bg-white p-4">
              <BookOpen aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-accent-700" />
              <div className="min-w-0">
                <p className="font-semibold">
                  <BookLink memberId={memberId} bookId={book.id}>
                    {book.title}
                  </BookLink>
                </p>
                <p className="text-[0.9375rem] text-slate-600">
                  {book.policyArea.name} · published {formatDate(book.publishedOn)}
                </p>
                <p className="mt-1 text-slate-700">{book.summary}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

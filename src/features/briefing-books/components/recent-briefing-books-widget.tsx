import { useSuspenseQuery } from '@tanstack/react-query';
import { BookOpen, FileText } from 'lucide-react';
import { TextLink } from '@/components/ui/text-link';
import { Widget } from '@/components/ui/widget';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { briefingBookListQueryOptions, RECENT_BRIEFING_BOOKS } from '../api/briefing-books-queries';
import { BookLink } from './library/book-link';

/** The newest additions to the library. */
export function RecentBriefingBooksWidget({ memberId, className }: { memberId: string; className?: string }) {
  return (
    <Widget title="Recent briefing books" skeletonLines={4} className={className}>
      <RecentBriefingBooks memberId={memberId} />
      <p className="mt-4">
        <TextLink to={paths.member.library.href(memberId)}>Search the library</TextLink>
      </p>
    </Widget>
  );
}

function RecentBriefingBooks({ memberId }: { memberId: string }) {
  const { data } = useSuspenseQuery(briefingBookListQueryOptions(RECENT_BRIEFING_BOOKS));
  if (data.items.length === 0) return <p className="text-slate-700">Nothing has been published yet.</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {data.items.map((book) => {
        const Icon = book.kind === 'briefing_book' ? BookOpen : FileText;
        return (
          <li key={book.id} className="flex gap-3 py-3 first:pt-0 last:pb-0">
            <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-accent-700" />
            <div className="min-w-0">
              <p className="font-semibold">
                <BookLink memberId={memberId} bookId={book.id}>
                  {book.title}
                </BookLink>
              </p>
              <p className="text-[0.9375rem] text-slate-600">
                {book.kind === 'briefing_book' ? 'Briefing book' : 'Resource'} · {book.policyArea.name} ·{' '}
                {formatDate(book.publishedOn)}
              </p>
              {book.meetingTitle && <p className="text-sm text-slate-600">From {book.meetingTitle}</p>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

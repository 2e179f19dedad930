import { memo } from 'react';
import { BookOpen, FileText } from 'lucide-react';
import type { BriefingBookSummary } from '@/api/contracts/briefing-books';
import { formatDate } from '@/lib/format';
import { BookLink } from './book-link';
import { Highlight } from './highlight';

/**
 * One result: what it is, its title and summary with the search words marked, where it comes from.
 * Results below the fold are not laid out or painted until scrolled to (content-visibility), so a
 * new page of results costs the phone only what is on screen (issue 5's keystroke-to-results).
 */
export const BookListItem = memo(function BookListItem({
  memberId,
  book,
  terms = [],
}: {
  memberId: string;
  book: BriefingBookSummary;
  terms?: readonly string[];
}) {
  const Icon = book.kind === 'briefing_book' ? BookOpen : FileText;
  return (
    <li className="flex gap-3 p-4 [contain-intrinsic-size:auto_8rem] [content-visibility:auto]">
      <Icon aria-hidden="true" className="mt-1 size-5 shrink-0 text-accent-700" />
      <div className="min-w-0">
        <p className="text-lg font-semibold">
          <BookLink memberId={memberId} bookId={book.id}>
            <Highlight text={book.title} terms={terms} />
          </BookLink>
        </p>
        <p className="text-[0.9375rem] text-slate-600">
          {book.kind === 'briefing_book' ? 'Briefing book' : 'Resource'} · {book.policyArea.name} ·{' '}
          {formatDate(book.publishedOn)}
          {book.meetingTitle && ` · ${book.meetingTitle}`}
        </p>
        <p className="mt-1 text-slate-700">
          <Highlight text={book.summary} terms={terms} />
        </p>
      </div>
    </li>
  );
});

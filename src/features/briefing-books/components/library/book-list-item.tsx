import { memo } from 'react';
import { BookOpen, FileText } from 'lucide-react';
import type { BriefingBookSummary } from '@/api/contracts/briefing-books';
import { formatDate } from '@/lib/format';
import { textLinkClasses } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { BOOK_LINK_ATTRIBUTE } from './book-list';
import { Highlight } from './highlight';

/** "Briefing book · Transportation · Jan 12, 2026 · Winter Meeting 2026", as one text node. */
function describe(book: BriefingBookSummary): string {
  const parts = [
    book.kind === 'briefing_book' ? 'Briefing book' : 'Resource',
    book.policyArea.name,
    formatDate(book.publishedOn),
  ];
  if (book.meetingTitle) parts.push(book.meetingTitle);
  return parts.join(' · ');
}

/**
 * One result: what it is, its title and summary with the search words marked, where it comes from.
 * Only inside a `BookList`, which makes its link work in the app.
 * Results below the fold are not laid out or painted until scrolled to (content-visibility), so a
 * new page of results costs the phone only what is on screen, between a keystroke and its results.
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
          {/* A plain link: its list (BookList) opens it in the app and loads it on hover or focus. */}
          <a
            href={paths.member.book.href(memberId, book.id)}
            {...{ [BOOK_LINK_ATTRIBUTE]: book.id }}
            className={textLinkClasses}
          >
            <Highlight text={book.title} terms={terms} />
          </a>
        </p>
        <p className="text-[0.9375rem] text-slate-600">{describe(book)}</p>
        <p className="mt-1 text-slate-700">
          <Highlight text={book.summary} terms={terms} />
        </p>
      </div>
    </li>
  );
});

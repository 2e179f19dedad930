import { useLocation } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { BriefingBook } from '@/api/contracts/briefing-books';
import { Card } from '@/components/ui/card';
import { ExternalLinkList } from '@/components/ui/external-link-list';
import { Fact, Facts } from '@/components/ui/facts';
import { PageHeading } from '@/components/ui/page-heading';
import { SafeHtml } from '@/components/ui/safe-html';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { briefingBookQueryOptions } from '../api/briefing-books-queries';
import { librarySearchOpenedFrom } from '../api/library-search';
import { BookmarkButton } from './bookmark-button';

const SECTION_KIND: Record<BriefingBook['sections'][number]['kind'], string> = {
  panel: 'Panel',
  workshop: 'Workshop',
  reading_list: 'Readings',
  background: 'Background',
};

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
          <SafeHtml html={book.introductionHtml} />
          {book.sections.map((section) => (
            <section
              key={section.id}
              aria-labelledby={`section-${section.id}`}
              className="border-t border-slate-200 pt-6"
            >
              <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
                {SECTION_KIND[section.kind]}
              </p>
              <h2 id={`section-${section.id}`} className="mt-1 text-xl font-bold text-slate-900">
                {section.title}
              </h2>
              <SafeHtml html={section.bodyHtml} className="mt-3" />
              {section.speakers.length > 0 && (
                <>
                  <h3 className="mt-5 font-semibold text-slate-900">Speakers</h3>
                  <ul className="mt-2 space-y-1 text-slate-800">
                    {section.speakers.map((speaker) => (
                      <li key={speaker.name}>
                        <span className="font-medium">{speaker.name}</span>, {speaker.title}
                        {speaker.city && !speaker.title.includes(speaker.city) && ` (${speaker.city})`}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {section.readings.length > 0 && (
                <>
                  {section.kind !== 'reading_list' && <h3 className="mt-5 font-semibold text-slate-900">Readings</h3>}
                  <ExternalLinkList links={section.readings} className="mt-3 space-y-2" />
                </>
              )}
            </section>
          ))}
        </div>
      </div>
    </article>
  );
}

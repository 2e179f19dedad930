import type { BriefingBook } from '@/api/contracts/briefing-books';
import { ExternalLinkList } from '@/components/ui/external-link-list';
import { SafeHtml } from '@/components/ui/safe-html';

export const SECTION_KIND_WORDS: Record<BriefingBook['sections'][number]['kind'], string> = {
  panel: 'Panel',
  workshop: 'Workshop',
  reading_list: 'Readings',
  background: 'Background',
};

type Speaker = BriefingBook['sections'][number]['speakers'][number];

/** "Name, title (City)": the city only where the title doesn't already say it. */
function SpeakerLine({ speaker }: { speaker: Speaker }) {
  const city = speaker.city && !speaker.title.includes(speaker.city) ? ` (${speaker.city})` : '';
  return (
    <li>
      <span className="font-medium">{speaker.name}</span>
      {speaker.title && `, ${speaker.title}`}
      {city}
    </li>
  );
}

/**
 * A book's introduction and sections as members read them: the library's book page, and the
 * preview MIP's staff see before they publish, are the same markup.
 */
export function BookContent({ book }: { book: Pick<BriefingBook, 'introductionHtml' | 'sections'> }) {
  return (
    <>
      <SafeHtml html={book.introductionHtml} />
      {book.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="border-t border-slate-200 pt-6">
          <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
            {SECTION_KIND_WORDS[section.kind]}
          </p>
          <h2 id={`section-${section.id}`} className="mt-1 text-xl font-bold text-slate-900">
            {section.title}
          </h2>
          <SafeHtml html={section.bodyHtml} className="mt-3" />
          {section.speakers.length > 0 && (
            <>
              <h3 className="mt-5 font-semibold text-slate-900">Speakers</h3>
              <ul className="mt-2 space-y-1 text-slate-800">
                {section.speakers.map((speaker, i) => (
                  <SpeakerLine key={`${String(i)}-${speaker.name}`} speaker={speaker} />
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
    </>
  );
}

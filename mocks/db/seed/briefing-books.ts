import { addDays, nthWeekdayOf } from '../dates';
import { createPrng, seedFrom, type Prng } from '../prng';
import type { MeetingRow } from '../rows/meetings';
import type { BriefingBookRow, PublishedBookRow } from '../rows/benefits';
import {
  CASE_STUDY_CITIES,
  MEETING_SESSION_FORMS,
  RESOURCE_TITLE_FORMS,
  SUMMARY_CONTENTS,
  SUMMARY_OPENINGS,
  TOPICS_BY_AREA,
} from './briefing-book-phrases';
import type { SeedContext } from './seed-context';

const FIRST_YEAR = 2012;
const RESOURCES_PER_YEAR = 190;
const AREAS = Object.keys(TOPICS_BY_AREA);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fill(form: string, topic: string, rnd: Prng): string {
  return form
    .replace('{Topic}', capitalise(topic))
    .replace('{topic}', topic)
    .replace('{n}', String(rnd.int(4, 12)))
    .replace('{city}', rnd.pick(CASE_STUDY_CITIES));
}

function topicOf(rnd: Prng, area: string): string {
  return rnd.pick(TOPICS_BY_AREA[area] ?? ['city policy']);
}

function summaryFor(rnd: Prng, topic: string): string {
  return `${fill(rnd.pick(SUMMARY_OPENINGS), topic, rnd)}. ${rnd.pick(SUMMARY_CONTENTS)}`;
}

/** A random calendar date within a year, never after the seed date. */
function dateIn(rnd: Prng, year: number, today: string): string {
  const date = addDays(`${year}-01-01`, rnd.int(0, 364));
  return date > today ? addDays(today, -rnd.int(0, 20)) : date;
}

interface MeetingRef {
  id: string | null;
  key: string;
  title: string;
  startDate: string;
}

/** The meetings that have a briefing book: past ones in the table, and older gatherings before it. */
function meetingsWithBooks(ctx: SeedContext, meetings: readonly MeetingRow[]): MeetingRef[] {
  const refs: MeetingRef[] = [];
  const firstInTable = Math.min(...meetings.map((m) => Number(m.startsAt.slice(0, 4))));
  for (let year = FIRST_YEAR; year < firstInTable; year += 1) {
    for (const [kind, month] of [
      ['winter', 1],
      ['summer', 7],
    ] as const) {
      const title = `${kind === 'winter' ? 'Winter' : 'Summer'} Meeting ${year}`;
      refs.push({ id: null, key: `${kind}-${year}`, title, startDate: nthWeekdayOf(year, month, 3, 3) });
    }
  }
  for (const m of meetings) {
    if (m.briefingBookId) refs.push({ id: m.id, key: m.id, title: m.title, startDate: m.startsAt.slice(0, 10) });
  }
  return refs.filter((r) => r.startDate <= ctx.today);
}

/** A seeded book is published, with generated content, as staff have never changed it. */
function publishedSeedBook(publishedOn: string) {
  return {
    publishedOn,
    status: 'published' as const,
    content: null,
    version: 0,
    updatedAt: `${publishedOn}T14:00:00.000Z`,
  } satisfies Partial<PublishedBookRow>;
}

function meetingBooks(ctx: SeedContext, rnd: Prng, meeting: MeetingRef): PublishedBookRow[] {
  const area = rnd.pick(AREAS);
  const publishedOn = addDays(meeting.startDate, -7);
  const year = Number(publishedOn.slice(0, 4));
  const main: PublishedBookRow = {
    id: `bb-${meeting.key}`,
    kind: 'briefing_book',
    title: `${meeting.title} briefing book`,
    summary: `Panels, speakers and readings for the ${meeting.title}. ${rnd.pick(SUMMARY_CONTENTS)}`,
    policyAreaId: area,
    year,
    meetingId: meeting.id,
    meetingTitle: meeting.title,
    ...publishedSeedBook(publishedOn),
  };
  const sessions = Array.from({ length: rnd.int(4, 6) }, (_, i): PublishedBookRow => {
    const sessionArea = rnd.pick(AREAS);
    const topic = topicOf(rnd, sessionArea);
    return {
      ...main,
      id: `bb-${meeting.key}-s${i + 1}`,
      title: fill(rnd.pick(MEETING_SESSION_FORMS), topic, rnd),
      summary: summaryFor(rnd, topic),
      policyAreaId: sessionArea,
    };
  });
  return [main, ...sessions].filter(() => publishedOn <= ctx.today);
}

/**
 * MIP's draft of the next Summer or Winter Meeting's briefing book, a week old: staff preview and
 * publish it (issue 19); no member sees it until then. Its content is generated, as the seed's are.
 */
function nextMeetingDraft(ctx: SeedContext, meetings: readonly MeetingRow[]): BriefingBookRow[] {
  const next = meetings
    .filter((m) => (m.kind === 'winter' || m.kind === 'summer') && Date.parse(m.startsAt) > ctx.now.getTime())
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
  if (!next) return [];
  return [
    {
      id: `bb-${next.id}`,
      kind: 'briefing_book',
      title: `${next.title} briefing book`,
      summary: `Panels, speakers and readings for the ${next.title}. A draft MIP is still writing.`,
      policyAreaId: 'economic-development',
      year: Number(next.startsAt.slice(0, 4)),
      meetingId: next.id,
      meetingTitle: next.title,
      publishedOn: null,
      status: 'draft',
      content: null,
      version: 0,
      updatedAt: `${addDays(ctx.today, -7)}T16:30:00.000Z`,
    },
  ];
}

/**
 * About 3,000 items: each past meeting's briefing book and session briefs, plus policy resources,
 * all published; and the next meeting's briefing book, a draft.
 */
export function seedBriefingBooks(ctx: SeedContext, meetings: readonly MeetingRow[]): BriefingBookRow[] {
  return [...publishedSeedBooks(ctx, meetings), ...nextMeetingDraft(ctx, meetings)];
}

function publishedSeedBooks(ctx: SeedContext, meetings: readonly MeetingRow[]): PublishedBookRow[] {
  const rnd = ctx.prng('briefing-books');
  const rows: PublishedBookRow[] = meetingsWithBooks(ctx, meetings).flatMap((m) => meetingBooks(ctx, rnd, m));
  const lastYear = Number(ctx.today.slice(0, 4));
  for (let year = FIRST_YEAR; year <= lastYear; year += 1) {
    for (let n = 1; n <= RESOURCES_PER_YEAR; n += 1) {
      const area = AREAS[(n + year) % AREAS.length] ?? 'housing';
      const topic = topicOf(rnd, area);
      const publishedOn = dateIn(rnd, year, ctx.today);
      rows.push({
        id: `res-${year}-${String(n).padStart(3, '0')}`,
        kind: 'resource',
        title: fill(rnd.pick(RESOURCE_TITLE_FORMS), topic, rnd),
        summary: summaryFor(rnd, topic),
        policyAreaId: area,
        year: Number(publishedOn.slice(0, 4)),
        meetingId: null,
        meetingTitle: null,
        ...publishedSeedBook(publishedOn),
      });
    }
  }
  return rows;
}

/**
 * A library of exactly `size` rows for benchmarks, deterministic for (size, seed): the same mix as
 * the seed (meeting briefing books and session briefs every 8th row, resources otherwise) over the
 * years 2000 up to `lastYear`, with ids `lib-000001`… that never clash with the seed's. Not part of
 * the seeded database: a bench swaps it in (`getDb().briefingBooks = generateLibraryRows(50_000)`).
 */
export function generateLibraryRows(
  size: number,
  options: { seed?: string; lastYear?: number } = {},
): PublishedBookRow[] {
  const rnd = createPrng(seedFrom(`library:${options.seed ?? 'bench'}`));
  const lastYear = options.lastYear ?? 2026;
  const firstYear = 2000;
  const rows: PublishedBookRow[] = [];
  for (let n = 1; n <= size; n += 1) {
    const year = rnd.int(firstYear, lastYear);
    const area = rnd.pick(AREAS);
    const topic = topicOf(rnd, area);
    const publishedOn = addDays(`${year}-01-01`, rnd.int(0, 364));
    const atMeeting = n % 8 === 0;
    const meetingTitle = atMeeting ? `${rnd.chance(0.5) ? 'Winter' : 'Summer'} Meeting ${year}` : null;
    rows.push({
      id: `lib-${String(n).padStart(6, '0')}`,
      kind: atMeeting ? 'briefing_book' : 'resource',
      title: fill(rnd.pick(atMeeting ? MEETING_SESSION_FORMS : RESOURCE_TITLE_FORMS), topic, rnd),
      summary: summaryFor(rnd, topic),
      policyAreaId: area,
      year: Number(publishedOn.slice(0, 4)),
      meetingId: null,
      meetingTitle,
      ...publishedSeedBook(publishedOn),
    });
  }
  return rows;
}

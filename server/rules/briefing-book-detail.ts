import type { BriefingBook } from '../../src/api/contracts/briefing-books';
import { createPrng, seedFrom, type Prng } from '../../mocks/db/prng';
import type { BookContentRow, BriefingBookRow, PolicyAreaRow, PublishedBookRow } from '../../mocks/db/rows/benefits';
import {
  BACKGROUND_DETAILS,
  BACKGROUND_OPENINGS,
  BACKGROUND_TITLE_FORMS,
  CITY_ROLES_BY_AREA,
  CLOSINGS,
  DISCUSSION_QUESTIONS,
  FEDERAL_ROLES,
  FIRST_NAMES,
  GENERAL_SITES,
  LAST_NAMES,
  ORGANISATION_ROLES,
  PANEL_TITLE_FORMS,
  READING_LIST_TITLE_FORMS,
  READING_TITLE_FORMS,
  SITES_BY_AREA,
  SPECIFIC_READINGS_BY_AREA,
  SPEAKER_CITIES,
  WORKSHOP_BRING,
  WORKSHOP_STEPS,
  WORKSHOP_TITLE_FORMS,
  type ReadingSite,
} from '../../mocks/db/seed/briefing-book-detail-phrases';
import { TOPICS_BY_AREA } from '../../mocks/db/seed/briefing-book-phrases';
import { briefingBookView } from './briefing-search';
import { escapeHtml } from '../../mocks/lib/escape-html';

/**
 * A book's introduction and sections, generated on request from its row. The library holds
 * thousands of rows and the browser stores the whole database in IndexedDB, so sections are never
 * stored: the row's id seeds a PRNG, and its policy area, title and meeting pick the topics. Pure:
 * the same row always gives the same book.
 *
 * Rich text uses only <p>, <ul>/<li>, <strong>, <em> and <a href="https://…">; every interpolated
 * value is escaped.
 */

type Section = BriefingBook['sections'][number];
type Speaker = Section['speakers'][number];
type Reading = Section['readings'][number];

const AREAS = Object.keys(TOPICS_BY_AREA);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fills {topic} / {Topic}: plain text (escape it before putting it in HTML). */
function fill(form: string, topic: string): string {
  return form.replace('{Topic}', capitalise(topic)).replace('{topic}', topic);
}

function topicsOf(area: string): readonly string[] {
  return TOPICS_BY_AREA[area] ?? ['city policy'];
}

/** The topic the row's title names (session briefs and resources are titled after one), else a pick. */
function mainTopic(row: BriefingBookRow, rnd: Prng): string {
  const title = row.title.toLowerCase();
  const topics = topicsOf(row.policyAreaId);
  return topics.find((t) => title.includes(t.toLowerCase())) ?? rnd.pick(topics);
}

function cityName(cityState: string): string {
  return cityState.split(',')[0] ?? cityState;
}

/** Hands out speakers for one book: no name twice, no city twice. */
class SpeakerPool {
  private readonly usedNames = new Set<string>();
  private readonly usedCities = new Set<string>();

  constructor(
    private readonly rnd: Prng,
    private readonly area: string,
  ) {}

  private name(): string {
    for (;;) {
      const name = `${this.rnd.pick(FIRST_NAMES)} ${this.rnd.pick(LAST_NAMES)}`;
      if (!this.usedNames.has(name)) {
        this.usedNames.add(name);
        return name;
      }
    }
  }

  private city(): string {
    const fresh = SPEAKER_CITIES.filter((c) => !this.usedCities.has(c));
    const city = this.rnd.pick(fresh.length > 0 ? fresh : SPEAKER_CITIES);
    this.usedCities.add(city);
    return city;
  }

  mayor(): Speaker {
    const city = this.city();
    return { name: this.name(), title: `Mayor of ${city}`, city };
  }

  official(): Speaker {
    const city = this.city();
    const role = this.rnd.pick(CITY_ROLES_BY_AREA[this.area] ?? ['Deputy City Manager']);
    return { name: this.name(), title: `${role}, City of ${cityName(city)}`, city };
  }

  expert(): Speaker {
    const sites = [...(SITES_BY_AREA[this.area] ?? []), ...GENERAL_SITES].filter((s) => s.kind !== 'portal');
    const org = this.rnd.pick(sites);
    const role = this.rnd.pick(org.kind === 'federal' ? FEDERAL_ROLES : ORGANISATION_ROLES);
    return { name: this.name(), title: `${role}, ${org.source}`, city: null };
  }
}

function readingsFor(rnd: Prng, area: string, topic: string): Reading[] {
  const areaSites = SITES_BY_AREA[area] ?? [];
  const count = rnd.int(2, 4);
  // Mostly the area's own sources, one general one for breadth; never the same site twice.
  const picked: ReadingSite[] = rnd.sample(areaSites, Math.min(count - 1, areaSites.length));
  const general = GENERAL_SITES.filter((g) => !picked.some((p) => p.url === g.url));
  picked.push(...rnd.sample(general, count - picked.length));
  const forms = rnd.sample(READING_TITLE_FORMS, picked.length);
  // Titled after the topic, these have no page of their own to link to (not the site's home page).
  const readings: Reading[] = picked.map((s, i) => ({
    title: fill(forms[i] ?? 'Reading on {topic}', topic),
    url: null,
    source: s.source,
  }));
  const specific = SPECIFIC_READINGS_BY_AREA[area] ?? [];
  if (specific.length > 0 && rnd.chance(0.6)) readings[0] = { ...rnd.pick(specific) };
  return readings;
}

function list(items: readonly string[]): string {
  return `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
}

function backgroundSection(id: string, rnd: Prng, area: string, topic: string): Section {
  const site = rnd.pick([...(SITES_BY_AREA[area] ?? []), ...GENERAL_SITES]);
  const bodyHtml = [
    `<p>${escapeHtml(fill(rnd.pick(BACKGROUND_OPENINGS), topic))}</p>`,
    `<p>${rnd
      .sample(BACKGROUND_DETAILS, 2)
      .map((d) => escapeHtml(d))
      .join(' ')}</p>`,
    `<p>For national data and program guidance, start with <a href="${site.url}">${escapeHtml(site.source)}</a>.</p>`,
  ].join('');
  return {
    id,
    kind: 'background',
    title: fill(rnd.pick(BACKGROUND_TITLE_FORMS), topic),
    bodyHtml,
    speakers: [],
    readings: [],
  };
}

function panelSection(id: string, rnd: Prng, pool: SpeakerPool, topic: string): Section {
  const speakers = [pool.mayor(), pool.expert()];
  if (rnd.chance(0.6)) speakers.push(rnd.chance(0.5) ? pool.official() : pool.mayor());
  const cities = speakers.flatMap((s) => (s.city ? [cityName(s.city)] : []));
  const where = cities.length > 1 ? `${cities.slice(0, -1).join(', ')} and ${cities.at(-1) ?? ''}` : cities[0];
  const bodyHtml = [
    `<p>Mayors and practitioners compare how <strong>${escapeHtml(topic)}</strong> has worked in ${escapeHtml(where ?? 'their cities')}: what it cost, who ran it and what they would change.</p>`,
    '<p><strong>Questions for discussion</strong></p>',
    list(rnd.sample(DISCUSSION_QUESTIONS, rnd.int(2, 3))),
  ].join('');
  return { id, kind: 'panel', title: fill(rnd.pick(PANEL_TITLE_FORMS), topic), bodyHtml, speakers, readings: [] };
}

function workshopSection(id: string, rnd: Prng, pool: SpeakerPool, topic: string): Section {
  const speakers = [pool.official(), pool.expert()];
  if (rnd.chance(0.4)) speakers.push(pool.mayor());
  const bodyHtml = [
    `<p>A working session in small groups on <strong>${escapeHtml(topic)}</strong>. Bring ${escapeHtml(rnd.pick(WORKSHOP_BRING))}.</p>`,
    list(rnd.sample(WORKSHOP_STEPS, 3)),
    '<p><em>Seats are limited to mayors and one staff member per city.</em></p>',
  ].join('');
  return { id, kind: 'workshop', title: fill(rnd.pick(WORKSHOP_TITLE_FORMS), topic), bodyHtml, speakers, readings: [] };
}

function readingListSection(id: string, rnd: Prng, area: string, topic: string, forWhat: string): Section {
  return {
    id,
    kind: 'reading_list',
    title: fill(rnd.pick(READING_LIST_TITLE_FORMS), topic),
    bodyHtml: `<p>Selected by MIP policy staff for ${escapeHtml(forWhat)}. <em>Linked pages open on other sites.</em></p>`,
    speakers: [],
    readings: readingsFor(rnd, area, topic),
  };
}

/** A meeting's book: background, 1–3 panels or workshops on the book's and related topics, readings. */
function meetingSections(row: BriefingBookRow, rnd: Prng, topic: string): Section[] {
  const area = row.policyAreaId;
  const pool = new SpeakerPool(rnd, area);
  const sectionId = (n: number): string => `${row.id}-${n}`;
  const sessionTopics = [
    topic,
    ...rnd.sample(
      topicsOf(area).filter((t) => t !== topic),
      2,
    ),
  ];
  const sessions = Array.from({ length: rnd.int(1, 3) }, (_, i) => {
    // The first session is on the book's own topic; later ones may come from a neighbouring area.
    const sessionTopic = i === 0 || rnd.chance(0.6) ? (sessionTopics[i] ?? topic) : rnd.pick(topicsOf(rnd.pick(AREAS)));
    return rnd.chance(0.65)
      ? panelSection(sectionId(i + 2), rnd, pool, sessionTopic)
      : workshopSection(sectionId(i + 2), rnd, pool, sessionTopic);
  });
  return [
    backgroundSection(sectionId(1), rnd, area, topic),
    ...sessions,
    readingListSection(sectionId(sessions.length + 2), rnd, area, topic, `the ${row.meetingTitle ?? 'meeting'}`),
  ];
}

function introductionOf(row: BriefingBookRow, rnd: Prng, topic: string): string {
  const closing = `<p>${escapeHtml(rnd.pick(CLOSINGS))}</p>`;
  if (row.kind === 'briefing_book') {
    const meeting = escapeHtml(row.meetingTitle ?? 'meeting');
    return `<p>This briefing book accompanies the <strong>${meeting}</strong>. It collects the background, the sessions with their speakers, and short readings on <em>${escapeHtml(topic)}</em> and related work.</p>${closing}`;
  }
  return `<p>${escapeHtml(row.summary)}</p><p>Prepared by MIP policy staff for member mayors and their senior staff.</p>${closing}`;
}

/**
 * A book's introduction and sections: what staff wrote, or for a book of the seed they have never
 * changed, the content generated from its row.
 */
export function bookContentOf(row: BriefingBookRow): BookContentRow {
  if (row.content) return row.content;
  const rnd = createPrng(seedFrom(`briefing-book:${row.id}`));
  const topic = mainTopic(row, rnd);
  const introductionHtml = introductionOf(row, rnd, topic);
  const sections =
    row.kind === 'briefing_book'
      ? meetingSections(row, rnd, topic)
      : [
          backgroundSection(`${row.id}-1`, rnd, row.policyAreaId, topic),
          ...(rnd.chance(0.7)
            ? [readingListSection(`${row.id}-2`, rnd, row.policyAreaId, topic, 'this resource')]
            : []),
        ];
  return { introductionHtml, sections };
}

/** A book of the library as a member reads it. */
export function briefingBookDetail(row: PublishedBookRow, areas: ReadonlyMap<string, PolicyAreaRow>): BriefingBook {
  return { ...briefingBookView(row, areas), ...bookContentOf(row) };
}

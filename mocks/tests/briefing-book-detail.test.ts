// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { briefingBookSchema, type BriefingBook } from '../../src/api/contracts/briefing-books';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { isPublished, type BriefingBookRow, type PublishedBookRow } from '../db/rows/benefits';
import { buildSeed } from '../db/seed/seed-db';
import { briefingBookDetail } from '../../server/rules/briefing-book-detail';
import { call, errorCode, signIn, startPreview, useSeedDate, SEED_DATE, type DemoAccount } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

const getBook = (id: string) => call<BriefingBook>('GET', `/briefing-books/${encodeURIComponent(id)}`);

function areas(): Map<string, { id: string; name: string }> {
  return new Map(getDb().policyAreas.map((a) => [a.id, a]));
}

function published(row: BriefingBookRow | undefined, id: string): PublishedBookRow {
  if (!row || !isPublished(row)) throw new Error(`No published book ${id} in the seed`);
  return row;
}

const rowOf = (id: string): PublishedBookRow =>
  published(
    getDb().briefingBooks.find((b) => b.id === id),
    id,
  );

/** The tags and attributes the detail may use: everything else would be a generator bug. */
function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  for (const [, tag = '', attrs = ''] of html.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)) {
    if (!['p', 'ul', 'li', 'strong', 'em', 'a'].includes(tag)) problems.push(`tag <${tag}>`);
    const rest = attrs.trim();
    if (tag === 'a' && rest !== '' && !/^href="https:\/\/[^"<>\s]+"$/.test(rest)) problems.push(`link ${rest}`);
    if (tag !== 'a' && rest !== '') problems.push(`attributes on <${tag}>: ${rest}`);
  }
  return problems;
}

function allHtml(book: BriefingBook): string[] {
  return [book.introductionHtml, ...book.sections.map((s) => s.bodyHtml)];
}

describe('one briefing book', () => {
  it('needs a session', async () => {
    expect((await getBook('bb-winter-2026')).status).toBe(401);
  });

  it('is a summary plus an introduction and 3–5 sections: background, panels or workshops, readings', async () => {
    await signIn('ana');
    const { status, body } = await getBook('bb-winter-2026');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: 'bb-winter-2026',
      kind: 'briefing_book',
      meetingId: 'winter-2026',
      meetingTitle: 'Winter Meeting 2026',
      policyArea: { id: rowOf('bb-winter-2026').policyAreaId },
    });
    expect(body.introductionHtml).toContain('<strong>Winter Meeting 2026</strong>');
    const kinds = body.sections.map((s) => s.kind);
    expect(kinds.length).toBeGreaterThanOrEqual(3);
    expect(kinds.length).toBeLessThanOrEqual(5);
    expect(kinds[0]).toBe('background');
    expect(kinds.at(-1)).toBe('reading_list');
    expect(kinds.slice(1, -1).every((k) => k === 'panel' || k === 'workshop')).toBe(true);
    expect(new Set(body.sections.map((s) => s.id)).size).toBe(body.sections.length);
  });

  it('has 2–3 speakers per panel or workshop, with distinct names, and 2–4 readings', async () => {
    await signIn('ana');
    const { body } = await getBook('bb-winter-2026');
    for (const section of body.sections) {
      if (section.kind === 'panel' || section.kind === 'workshop') {
        expect(section.speakers.length, section.title).toBeGreaterThanOrEqual(2);
        expect(section.speakers.length, section.title).toBeLessThanOrEqual(3);
        for (const speaker of section.speakers) {
          expect(speaker.name).toMatch(/^\S+ \S+$/);
          expect(speaker.title.length).toBeGreaterThan(5);
          if (speaker.title.startsWith('Mayor of ')) expect(speaker.title).toBe(`Mayor of ${speaker.city ?? ''}`);
        }
      } else expect(section.speakers).toEqual([]);
      if (section.kind === 'reading_list') {
        expect(section.readings.length).toBeGreaterThanOrEqual(2);
        expect(section.readings.length).toBeLessThanOrEqual(4);
        expect(new Set(section.readings.map((r) => r.title)).size).toBe(section.readings.length);
      } else expect(section.readings).toEqual([]);
    }
    const names = body.sections.flatMap((s) => s.speakers.map((p) => p.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives a resource 1–2 sections: background, and perhaps readings', async () => {
    await signIn('marcus');
    const resources = getDb().briefingBooks.filter((b) => b.kind === 'resource');
    const counts = new Set<number>();
    for (const row of resources.slice(0, 40)) {
      const { status, body } = await getBook(row.id);
      expect(status).toBe(200);
      expect(body.meetingId).toBeNull();
      expect(body.sections[0]?.kind).toBe('background');
      expect(body.sections.slice(1).every((s) => s.kind === 'reading_list')).toBe(true);
      expect(body.sections.every((s) => s.speakers.length === 0)).toBe(true);
      counts.add(body.sections.length);
    }
    expect([...counts].sort()).toEqual([1, 2]);
  });

  it('is the same for the same row: generated from it, not stored', () => {
    const a = buildSeed(new Date(SEED_DATE));
    const b = buildSeed(new Date(SEED_DATE));
    const areaMap = areas();
    for (const id of ['bb-winter-2026', 'bb-winter-2026-s1', 'res-2024-017', 'res-2012-001']) {
      const rowA = published(
        a.briefingBooks.find((r) => r.id === id),
        id,
      );
      const rowB = published(
        b.briefingBooks.find((r) => r.id === id),
        id,
      );
      expect(briefingBookDetail(rowA, areaMap)).toEqual(briefingBookDetail(rowB, areaMap));
      expect(briefingBookDetail(rowA, areaMap)).toEqual(briefingBookDetail(structuredClone(rowA), areaMap));
    }
    // Different books read differently.
    const one = briefingBookDetail(rowOf('res-2024-017'), areaMap);
    const other = briefingBookDetail(rowOf('res-2024-018'), areaMap);
    expect(one.introductionHtml).not.toBe(other.introductionHtml);
    // Nothing of it lands in the stored database: content stays null until staff write some.
    expect(rowOf('bb-winter-2026').content).toBeNull();
  });

  it('answers the same over the API twice, and across a reset', async () => {
    await signIn('ana');
    const first = await getBook('bb-winter-2026-s2');
    expect((await getBook('bb-winter-2026-s2')).body).toEqual(first.body);
    useSeedDate();
    await signIn('dana');
    expect((await getBook('bb-winter-2026-s2')).body).toEqual(first.body);
  });

  it('uses only safe rich text and https links, for every book of the library', () => {
    const areaMap = areas();
    for (const row of getDb().briefingBooks.filter(isPublished)) {
      const book = briefingBookDetail(row, areaMap);
      expect(briefingBookSchema.safeParse(book).success, row.id).toBe(true);
      for (const html of allHtml(book)) expect(htmlProblems(html), `${row.id}: ${html}`).toEqual([]);
      for (const reading of book.sections.flatMap((s) => s.readings)) {
        if (reading.url !== null) expect(new URL(reading.url).protocol, reading.url).toBe('https:');
        expect(reading.source.length).toBeGreaterThan(2);
      }
    }
  });

  it("links a reading only to a page about it, never to a site's home page", () => {
    // "Parking reform: a guide for local leaders" opening a transit association's home page reads
    // as a broken promise: a reading with no page of its own is listed without a link.
    const areaMap = areas();
    let linked = 0;
    let unlinked = 0;
    for (const row of getDb().briefingBooks.filter(isPublished)) {
      for (const reading of briefingBookDetail(row, areaMap).sections.flatMap((s) => s.readings)) {
        if (reading.url === null) {
          unlinked += 1;
          continue;
        }
        linked += 1;
        const url = new URL(reading.url);
        expect(url.pathname, `${row.id}: ${reading.title} → ${reading.url}`).not.toBe('/');
        expect(url.pathname, `${row.id}: ${reading.title} → ${reading.url}`).not.toBe('');
      }
    }
    expect(linked).toBeGreaterThan(0);
    expect(unlinked).toBeGreaterThan(0);
  });

  it('answers 404 not_found for a book that does not exist', async () => {
    await signIn('ana');
    const missing = await getBook('bb-atlantis-1999');
    expect([missing.status, errorCode(missing)]).toEqual([404, 'not_found']);
  });

  it.each<DemoAccount>(['ana', 'jordan', 'lee', 'morgan'])('is open to every signed-in person (%s)', async (who) => {
    await signIn(who);
    expect((await getBook('res-2024-017')).status).toBe(200);
  });

  it('is readable during a staff preview', async () => {
    await signIn('morgan');
    await startPreview('riverton');
    expect((await getBook('bb-winter-2026')).status).toBe(200);
  });
});

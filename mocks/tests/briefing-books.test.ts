// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingBookSummary } from '../../src/api/contracts/briefing-books';
import { clock } from '../clock';
import { getDb } from '../db/db';
import { searchBriefingBooks } from '../../server/store/library-search';
import { call, signIn, useSeedDate } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

interface BookPage {
  items: BriefingBookSummary[];
  total: number;
  page: number;
  pageSize: number;
}

const search = (query: string): Promise<{ status: number; body: BookPage }> =>
  call<BookPage>('GET', `/briefing-books?${query}`);

describe('the briefing-book library', () => {
  it('needs a session', async () => {
    expect((await search('q=housing')).status).toBe(401);
  });

  it('pages through ~3,000 items, newest first', async () => {
    await signIn('ana');
    const { body } = await search('pageSize=50&page=2');
    expect(body.total).toBeGreaterThan(2_900);
    expect(body.items).toHaveLength(50);
    const dates = body.items.map((b) => b.publishedOn);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('matches every word of q in title or summary, case-insensitively', async () => {
    await signIn('ana');
    const { body } = await search('q=LAND%20trusts&sort=relevance&pageSize=100');
    expect(body.total).toBeGreaterThan(5);
    for (const book of body.items)
      expect(`${book.title} ${book.summary}`.toLowerCase()).toMatch(/land[\s\S]*trusts|trusts[\s\S]*land/);
  });

  it('filters by policy area, year and meeting', async () => {
    await signIn('ana');
    const area = await search('policyArea=climate-energy&year=2024&pageSize=100');
    expect(area.body.items.every((b) => b.policyArea.id === 'climate-energy' && b.year === 2024)).toBe(true);
    expect(area.body.total).toBeGreaterThan(5);
    const meeting = await search('meetingId=winter-2026');
    expect(meeting.body.items.map((b) => b.id)).toContain('bb-winter-2026');
    expect(
      meeting.body.items.every((b) => b.kind === 'briefing_book' && b.meetingTitle === 'Winter Meeting 2026'),
    ).toBe(true);
  });

  it('sorts by title and oldest', async () => {
    await signIn('ana');
    const byTitle = await search('sort=title&pageSize=20');
    const titles = byTitle.body.items.map((b) => b.title);
    expect([...titles].sort((a, b) => a.localeCompare(b))).toEqual(titles);
    const oldest = await search('sort=oldest&pageSize=1');
    expect(oldest.body.items[0]?.year).toBe(2012);
  });

  // Speed is measured by `npm run bench`, not asserted here: this machine is shared and noisy.
  it('searches a 12,000-item library', () => {
    const rows = getDb().briefingBooks;
    const big = Array.from({ length: 4 }, (_, i) => rows.map((r) => ({ ...r, id: `${r.id}-${i}` }))).flat();
    const hits = searchBriefingBooks(big, { q: 'housing trust', sort: 'relevance' });
    expect(hits.length).toBeGreaterThan(0);
  });
});

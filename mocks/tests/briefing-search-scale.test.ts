// @vitest-environment node
// Pure functions only: no API, no seed date. Timings are printed, not asserted tightly (a shared,
// noisy machine); `< 1000 ms` only catches an accidental quadratic.
import { describe, expect, it } from 'vitest';
import type { PublishedBookRow as BriefingBookRow } from '../db/rows/benefits';
import { generateLibraryRows } from '../db/seed/briefing-books';
import { searchBriefingBooks, type BriefingBookFilters } from '../../server/store/library-search';

/** The obvious implementation, to check the indexed one against. */
function naiveSearch(rows: readonly BriefingBookRow[], filters: BriefingBookFilters): string[] {
  const terms = (filters.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const scored = rows
    .filter(
      (r) =>
        (!filters.policyArea || r.policyAreaId === filters.policyArea) &&
        (filters.year === undefined || r.year === filters.year),
    )
    .map((r) => {
      const title = r.title.toLowerCase();
      const summary = r.summary.toLowerCase();
      let score = 0;
      for (const t of terms) {
        if (title.includes(t)) score += 3;
        else if (summary.includes(t)) score += 1;
        else return { r, score: -1 };
      }
      return { r, score };
    })
    .filter((x) => x.score >= 0);
  const newest = (a: BriefingBookRow, b: BriefingBookRow): number =>
    a.publishedOn === b.publishedOn ? (a.id < b.id ? -1 : 1) : a.publishedOn < b.publishedOn ? 1 : -1;
  const sorted = scored.sort((a, b) => {
    switch (filters.sort) {
      case 'relevance':
        return b.score - a.score || newest(a.r, b.r);
      case 'oldest':
        return -newest(a.r, b.r);
      case 'title':
        return a.r.title.localeCompare(b.r.title) || (a.r.id < b.r.id ? -1 : 1);
      case 'newest':
        return newest(a.r, b.r);
      case 'changed':
        return a.r.updatedAt === b.r.updatedAt ? (a.r.id < b.r.id ? -1 : 1) : a.r.updatedAt < b.r.updatedAt ? 1 : -1;
    }
  });
  return sorted.map((x) => x.r.id);
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

describe('a generated library for benchmarks', () => {
  it('has exactly N rows, unique ids, and is the same for the same N and seed', () => {
    const rows = generateLibraryRows(2_000);
    expect(rows).toHaveLength(2_000);
    expect(new Set(rows.map((r) => r.id)).size).toBe(2_000);
    expect(generateLibraryRows(2_000)).toEqual(rows);
    expect(generateLibraryRows(2_000, { seed: 'other' })).not.toEqual(rows);
    expect(rows.some((r) => r.kind === 'briefing_book') && rows.some((r) => r.kind === 'resource')).toBe(true);
  });
});

describe('searchBriefingBooks at scale', () => {
  it('answers what the obvious implementation answers, for every sort', () => {
    const rows = generateLibraryRows(3_000, { seed: 'check' });
    const cases: BriefingBookFilters[] = [
      { q: 'housing trust', sort: 'relevance' },
      { q: 'water', sort: 'relevance' },
      { q: 'city plan for', sort: 'relevance' },
      { q: 'Community SOLAR', sort: 'newest' },
      { q: 'zoning', sort: 'oldest' },
      { q: 'transit', sort: 'title' },
      { policyArea: 'health', sort: 'title' },
      { year: 2020, sort: 'relevance' },
      { sort: 'newest' },
      { sort: 'oldest' },
    ];
    for (const filters of cases)
      expect(
        searchBriefingBooks(rows, filters).map((r) => r.id),
        JSON.stringify(filters),
      ).toEqual(naiveSearch(rows, filters));
  });

  it('searches 1,000, 10,000 and 50,000 items for a two-word query (timings printed)', () => {
    const lines: string[] = [];
    for (const size of [1_000, 10_000, 50_000]) {
      const rows = generateLibraryRows(size);
      // The first search builds the index for this rows array (once per database).
      const cold = timed(() => searchBriefingBooks(rows, { q: 'housing trust', sort: 'relevance' }));
      const warm = Array.from({ length: 7 }, () =>
        timed(() => searchBriefingBooks(rows, { q: 'land trusts', sort: 'relevance' })),
      );
      const median = warm.map((t) => t.ms).sort((a, b) => a - b)[3] ?? NaN;
      expect(cold.value.length).toBeGreaterThan(0);
      expect(warm[0]?.value.length).toBeGreaterThan(0);
      expect(median).toBeLessThan(1_000);
      const page = timed(() => searchBriefingBooks(rows, { sort: 'newest' }));
      expect(page.value).toHaveLength(size);
      lines.push(
        `${String(size).padStart(6)} items: first search ${cold.ms.toFixed(1)} ms, two-word query median ${median.toFixed(1)} ms, all newest ${page.ms.toFixed(1)} ms`,
      );
    }
    console.log(`briefing-book search\n${lines.join('\n')}`);
  });
});

import type { BriefingBookSummary } from '../../src/api/contracts/briefing-books';
import type { BriefingBookRow, PolicyAreaRow } from '../db/rows/benefits';

export interface BriefingBookFilters {
  q?: string | undefined;
  policyArea?: string | undefined;
  meetingId?: string | undefined;
  year?: number | undefined;
  sort: 'relevance' | 'newest' | 'oldest' | 'title';
}

interface SearchText {
  title: string;
  summary: string;
}

/**
 * Lower-cased text per row, built once per row object. A WeakMap keeps it out of the stored
 * database and drops it when the database is replaced, so 10,000 items stay a few milliseconds.
 */
const searchText = new WeakMap<BriefingBookRow, SearchText>();

function textOf(row: BriefingBookRow): SearchText {
  let text = searchText.get(row);
  if (!text) {
    text = { title: row.title.toLowerCase(), summary: row.summary.toLowerCase() };
    searchText.set(row, text);
  }
  return text;
}

/** Every word must occur in the title or summary; title hits weigh more for relevance. */
function score(row: BriefingBookRow, terms: readonly string[]): number {
  const text = textOf(row);
  let total = 0;
  for (const term of terms) {
    const inTitle = text.title.includes(term);
    if (!inTitle && !text.summary.includes(term)) return 0;
    total += inTitle ? 3 : 1;
  }
  return total;
}

const newestFirst = (a: BriefingBookRow, b: BriefingBookRow): number =>
  b.publishedOn.localeCompare(a.publishedOn) || a.id.localeCompare(b.id);

export function searchBriefingBooks(rows: readonly BriefingBookRow[], filters: BriefingBookFilters): BriefingBookRow[] {
  const terms = (filters.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const scores = new Map<BriefingBookRow, number>();
  const hits = rows.filter((row) => {
    if (filters.policyArea && row.policyAreaId !== filters.policyArea) return false;
    if (filters.meetingId && row.meetingId !== filters.meetingId) return false;
    if (filters.year !== undefined && row.year !== filters.year) return false;
    if (terms.length === 0) return true;
    const s = score(row, terms);
    scores.set(row, s);
    return s > 0;
  });
  switch (filters.sort) {
    case 'relevance':
      return hits.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || newestFirst(a, b));
    case 'oldest':
      return hits.sort((a, b) => -newestFirst(a, b));
    case 'title':
      return hits.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
    case 'newest':
      return hits.sort(newestFirst);
  }
}

export function briefingBookView(row: BriefingBookRow, areas: ReadonlyMap<string, PolicyAreaRow>): BriefingBookSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    policyArea: areas.get(row.policyAreaId) ?? { id: row.policyAreaId, name: row.policyAreaId },
    year: row.year,
    meetingId: row.meetingId,
    meetingTitle: row.meetingTitle,
    publishedOn: row.publishedOn,
  };
}

import type { BriefingBookRow } from '../../mocks/db/rows/benefits';

/** Title order: as a reader expects (by locale), the id breaking ties. */
export function compareTitles(
  a: Pick<BriefingBookRow, 'title' | 'id'>,
  b: Pick<BriefingBookRow, 'title' | 'id'>,
): number {
  return a.title.localeCompare(b.title) || compareAscii(a.id, b.id);
}

/** One page of a search's hits, and how many there are in all. */
export interface LibraryPage {
  items: readonly Readonly<BriefingBookRow>[];
  total: number;
}

/** What a library search asks for (GET /briefing-books). */
export interface BriefingBookFilters {
  q?: string | undefined;
  policyArea?: string | undefined;
  meetingId?: string | undefined;
  year?: number | undefined;
  /** Members search the published library; staff see drafts too (absent: both). */
  status?: BriefingBookRow['status'] | undefined;
  /** `changed`: most recently changed first (the staff list). */
  sort: 'relevance' | 'newest' | 'oldest' | 'title' | 'changed';
}

/** Plain code-unit order: ISO dates and ids are ASCII, and this is far cheaper than localeCompare. */
function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A draft never published has no date: it comes after every published book (SQL's `desc nulls last`). */
const newestFirst = (a: BriefingBookRow, b: BriefingBookRow): number =>
  compareAscii(b.publishedOn ?? '', a.publishedOn ?? '') || compareAscii(a.id, b.id);

const changedFirst = (a: BriefingBookRow, b: BriefingBookRow): number =>
  compareAscii(b.updatedAt, a.updatedAt) || compareAscii(a.id, b.id);

/**
 * What a search needs, built once per rows array and kept beside it (a WeakMap: never stored,
 * dropped with the array): the rows newest first, their lower-cased text, and the title order as
 * positions. A request reads the library once as a fresh array, so it builds the index once; a
 * change of length also rebuilds. A search is then one linear pass over arrays: a two-word query
 * over 50,000 items takes a few milliseconds once the index is built.
 */
interface LibraryIndex {
  length: number;
  /** Newest first, then by id. */
  rows: readonly BriefingBookRow[];
  /** Per row (same positions): "title\nsummary", lower-cased; the title ends at `titleEnd`. */
  text?: { text: string[]; titleEnd: Int32Array };
  /** Positions in `rows`, in title order, and most recently changed first. */
  byTitle?: Int32Array;
  byChange?: Int32Array;
}

const indexes = new WeakMap<readonly BriefingBookRow[], LibraryIndex>();

function libraryIndexOf(rows: readonly BriefingBookRow[]): LibraryIndex {
  let index = indexes.get(rows);
  if (index?.length !== rows.length) {
    index = { length: rows.length, rows: [...rows].sort(newestFirst) };
    indexes.set(rows, index);
  }
  return index;
}

function textOf(index: LibraryIndex): NonNullable<LibraryIndex['text']> {
  if (!index.text) {
    const text: string[] = new Array<string>(index.rows.length);
    const titleEnd = new Int32Array(index.rows.length);
    index.rows.forEach((row, i) => {
      const title = row.title.toLowerCase();
      text[i] = `${title}\n${row.summary.toLowerCase()}`;
      titleEnd[i] = title.length;
    });
    index.text = { text, titleEnd };
  }
  return index.text;
}

function positionsBy(rows: readonly BriefingBookRow[], order: (a: BriefingBookRow, b: BriefingBookRow) => number) {
  const positions = Int32Array.from(rows.keys());
  // Int32Array#sort with a comparator sorts by it (not numerically).
  return positions.sort((a, b) => order(rows[a] as BriefingBookRow, rows[b] as BriefingBookRow));
}

function positionsOf(index: LibraryIndex, sort: BriefingBookFilters['sort']): Int32Array | null {
  if (sort === 'title') return (index.byTitle ??= positionsBy(index.rows, compareTitles));
  if (sort === 'changed') return (index.byChange ??= positionsBy(index.rows, changedFirst));
  return null;
}

/**
 * Every word must occur in the title or summary; title hits weigh more for relevance. One scan per
 * word: the first occurrence is in the title if there is one there (a word holds no newline, so it
 * can't straddle the two).
 */
function score(text: string, titleEnd: number, terms: readonly string[]): number {
  let total = 0;
  for (const term of terms) {
    const at = text.indexOf(term);
    if (at < 0) return 0;
    total += at < titleEnd ? 3 : 1;
  }
  return total;
}

function matches(row: BriefingBookRow, filters: BriefingBookFilters): boolean {
  if (filters.policyArea && row.policyAreaId !== filters.policyArea) return false;
  if (filters.meetingId && row.meetingId !== filters.meetingId) return false;
  if (filters.year !== undefined && row.year !== filters.year) return false;
  if (filters.status && row.status !== filters.status) return false;
  return true;
}

/**
 * Hits in order of score, highest first, and newest first within a score. A score is 1 or 3 per
 * word, so there are few distinct scores: one bucket each, filled in a pass, is an exact, stable
 * sort in linear time (a comparison sort of thousands of hits takes most of a broad search's time).
 */
function byScore(hits: readonly BriefingBookRow[], scores: readonly number[], words: number): BriefingBookRow[] {
  const buckets = Array.from({ length: 3 * words + 1 }, (): BriefingBookRow[] => []);
  hits.forEach((hit, h) => buckets[scores[h] as number]?.push(hit));
  return buckets.reverse().flat();
}

/** Filters and words in one pass over the index, in its order; only relevance sorts, the hits only. */
export function searchBriefingBooks(rows: readonly BriefingBookRow[], filters: BriefingBookFilters): BriefingBookRow[] {
  const terms = (filters.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const index = libraryIndexOf(rows);
  const text = terms.length > 0 ? textOf(index) : null;
  const positions = positionsOf(index, filters.sort);
  const hits: BriefingBookRow[] = [];
  const scores: number[] = [];
  for (let k = 0; k < index.rows.length; k += 1) {
    const i = positions ? (positions[k] as number) : k;
    const row = index.rows[i] as BriefingBookRow;
    if (!matches(row, filters)) continue;
    if (text) {
      const s = score(text.text[i] as string, text.titleEnd[i] as number, terms);
      if (s === 0) continue;
      scores.push(s);
    }
    hits.push(row);
  }
  switch (filters.sort) {
    case 'relevance':
      return text ? byScore(hits, scores, terms.length) : hits;
    case 'oldest':
      return hits.reverse();
    case 'newest':
    case 'title':
    case 'changed':
      return hits;
  }
}

/** A page of the search over `rows`, for a store that keeps the whole library at hand. */
export function libraryPageOf(
  rows: readonly BriefingBookRow[],
  filters: BriefingBookFilters,
  page: number,
  pageSize: number,
): LibraryPage {
  const hits = searchBriefingBooks(rows, filters);
  const start = (page - 1) * pageSize;
  return { items: hits.slice(start, start + pageSize), total: hits.length };
}

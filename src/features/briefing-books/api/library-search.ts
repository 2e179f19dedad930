import type { BriefingBookFilters } from './briefing-books-queries';

export type LibrarySort = 'relevance' | 'newest' | 'oldest' | 'title';

/** The library's choices as they live in the URL: `?q=transit&area=transportation&year=2025&page=2`. */
export interface LibrarySearch {
  q: string;
  policyArea?: string;
  meetingId?: string;
  year?: number;
  /** Relevance needs words to be relevant to; without any, newest first. */
  sort?: LibrarySort;
  page: number;
}

export const LIBRARY_PAGE_SIZE = 20;
const SORTS: readonly LibrarySort[] = ['relevance', 'newest', 'oldest', 'title'];

/** Reads the URL leniently: a value that makes no sense is ignored, not an error page. */
export function parseLibrarySearch(params: URLSearchParams): LibrarySearch {
  const year = Number(params.get('year'));
  const page = Number(params.get('page'));
  const sort = SORTS.find((s) => s === params.get('sort'));
  const area = params.get('area');
  const meeting = params.get('meeting');
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    ...(area && { policyArea: area }),
    ...(meeting && { meetingId: meeting }),
    ...(Number.isInteger(year) && year >= 2000 && year <= 2100 && { year }),
    ...(sort && { sort }),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The search string for a choice, leaving out defaults so shared links stay short. */
export function librarySearchString(search: LibrarySearch): string {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set('q', search.q.trim());
  if (search.policyArea) params.set('area', search.policyArea);
  if (search.meetingId) params.set('meeting', search.meetingId);
  if (search.year !== undefined) params.set('year', String(search.year));
  if (search.sort) params.set('sort', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * What a result's link carries to its book (router state), so the book's way back returns to the
 * search it was found by. Router state, not the book's URL: the book's address stays the one to
 * share, and the results' rows stay the same whatever the search (see `BookList`).
 */
export interface OpenedFromLibrary {
  librarySearch: string;
}

export function openedFromLibrary(search: LibrarySearch): OpenedFromLibrary {
  return { librarySearch: librarySearchString(search) };
}

/**
 * The search a book was opened from, if any, as a search string (`?q=transit&year=2025`). History
 * state can hold anything (another version of the app wrote it), so it is read like the URL.
 */
export function librarySearchOpenedFrom(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('librarySearch' in state)) return null;
  const { librarySearch } = state;
  if (typeof librarySearch !== 'string') return null;
  return librarySearchString(parseLibrarySearch(new URLSearchParams(librarySearch))) || null;
}

export function effectiveSort(search: LibrarySearch): LibrarySort {
  return search.sort ?? (search.q.trim() ? 'relevance' : 'newest');
}

/** What the API is asked for this choice. */
export function libraryFilters(search: LibrarySearch): BriefingBookFilters {
  return {
    ...(search.q.trim() && { q: search.q.trim() }),
    ...(search.policyArea && { policyArea: search.policyArea }),
    ...(search.meetingId && { meetingId: search.meetingId }),
    ...(search.year !== undefined && { year: search.year }),
    sort: effectiveSort(search),
    page: search.page,
    pageSize: LIBRARY_PAGE_SIZE,
  };
}

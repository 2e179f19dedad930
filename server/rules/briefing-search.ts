import type { BriefingBookSummary } from '../../src/api/contracts/briefing-books';
import type { BriefingBookRow, PolicyAreaRow, PublishedBookRow } from '../../mocks/db/rows/benefits';
import type { BriefingBookFilters, LibraryPage } from '../store/library-search';
import type { StoreTx } from '../store/store';

export type { BriefingBookFilters } from '../store/library-search';

/**
 * One page of the library's hits for a request's filters, best first: a search the store answers
 * (it is what a database does well; the memory store keeps an index beside its rows).
 */
export function findBriefingBooks(
  tx: StoreTx,
  filters: BriefingBookFilters & { page: number; pageSize: number },
): Promise<LibraryPage> {
  return tx.searchLibrary(filters, filters.page, filters.pageSize);
}

/** A book's line in a list, draft or published (a draft has no date yet). */
export function bookSummaryOf(
  row: BriefingBookRow,
  areas: ReadonlyMap<string, PolicyAreaRow>,
): Omit<BriefingBookSummary, 'publishedOn'> & { publishedOn: string | null } {
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

/** A book's line in the library, which lists only published books. */
export function briefingBookView(
  row: PublishedBookRow,
  areas: ReadonlyMap<string, PolicyAreaRow>,
): BriefingBookSummary {
  return { ...bookSummaryOf(row, areas), publishedOn: row.publishedOn };
}

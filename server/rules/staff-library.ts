import type { BookFields, StaffBook, StaffBookSummary } from '../../src/api/contracts/staff-library';
import type { StaffArea } from '../../src/api/contracts/staff-work';
import { sanitizeRichText } from '../../src/lib/rich-text';
import { clock } from '../../mocks/clock';
import type { BookContentRow, BriefingBookRow } from '../../mocks/db/rows/benefits';
import { HttpError, notFound } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import { requireStaffArea } from './access';
import { bookContentOf } from './briefing-book-detail';
import { bookSummaryOf } from './briefing-search';
import { today } from './invoices';
import type { ActiveSession } from './sessions';
import { policyAreaMap } from './policy-areas';

/**
 * Briefing books and resources as MIP's programs and policy staff keep them (issue 19). A book is
 * a draft until published; only published books are in the library (briefing-book-routes.ts).
 * Rich text is sanitized here, on the way in, to the tags the editor writes (src/lib/rich-text.ts),
 * and again on the way out by the page (SafeHtml).
 */

export const LIBRARY_AREAS: readonly StaffArea[] = ['programs', 'policy'];

/** The book, for MIP's programs and policy staff only; a change holds its row. */
export async function staffBookFor(
  tx: StoreTx,
  session: ActiveSession,
  bookId: string | undefined,
  forUpdate = false,
): Promise<BriefingBookRow> {
  requireStaffArea(session, LIBRARY_AREAS);
  const key = { id: bookId ?? '' };
  const row = await (forUpdate ? tx.briefingBooks.getForUpdate(key) : tx.briefingBooks.get(key));
  if (bookId === undefined || !row) throw notFound('That briefing book');
  return row;
}

export async function staffBookView(tx: StoreTx, row: BriefingBookRow): Promise<StaffBook> {
  return {
    ...bookSummaryOf(row, await policyAreaMap(tx)),
    ...bookContentOf(row),
    status: row.status,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

/** Drafts and published alike, most recently changed first; the library's own search finds them. */
export async function staffBookPage(
  tx: StoreTx,
  session: ActiveSession,
  query: { status?: BriefingBookRow['status'] | undefined; q?: string | undefined; page: number; pageSize: number },
): Promise<{ items: StaffBookSummary[]; page: number; pageSize: number; total: number }> {
  requireStaffArea(session, LIBRARY_AREAS);
  const { page, pageSize } = query;
  const found = await tx.searchLibrary({ q: query.q, status: query.status, sort: 'changed' }, page, pageSize);
  const areas = await policyAreaMap(tx);
  const items = found.items.map((row) => ({
    ...bookSummaryOf(row, areas),
    status: row.status,
    updatedAt: row.updatedAt,
  }));
  return { items, page, pageSize, total: found.total };
}

function fieldRefusal(field: string, message: string): HttpError {
  return new HttpError(422, 'validation_failed', message, { [field]: [message] });
}

/** What the editor sent, as the row keeps it: rich text sanitized, empty optional fields null. */
function contentOf(bookId: string, input: BookFields): BookContentRow {
  return {
    introductionHtml: sanitizeRichText(input.introductionHtml),
    sections: input.sections.map((section, i) => ({
      id: `${bookId}-${String(i + 1)}`,
      kind: section.kind,
      title: section.title,
      bodyHtml: sanitizeRichText(section.bodyHtml),
      speakers: section.speakers.map((s) => ({ name: s.name, title: s.title, city: s.city === '' ? null : s.city })),
      readings: section.readings.map((r) => ({ title: r.title, url: r.url, source: r.source })),
    })),
  };
}

/**
 * The fields a book's form sets, as the row keeps them. The policy area and meeting must exist; a
 * book's year is its meeting's, or for a resource without one the year it is published.
 */
async function bookFieldsOf(tx: StoreTx, bookId: string, input: BookFields, publishedOn: string | null) {
  if (!(await tx.policyAreas.get({ id: input.policyArea }))) {
    throw fieldRefusal('policyArea', 'Choose a policy area from the list');
  }
  const meeting = input.meetingId === null ? undefined : await tx.meetings.get({ id: input.meetingId });
  if (input.meetingId !== null && !meeting) throw fieldRefusal('meetingId', 'Choose a meeting from the list');
  return {
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    policyAreaId: input.policyArea,
    year: Number((meeting?.startsAt ?? publishedOn ?? today()).slice(0, 4)),
    meetingId: meeting?.id ?? null,
    meetingTitle: meeting?.title ?? null,
    content: contentOf(bookId, input),
  } satisfies Partial<BriefingBookRow>;
}

/** A new book or resource: a draft, in no one's library until it is published. */
export async function createBook(tx: StoreTx, session: ActiveSession, input: BookFields): Promise<BriefingBookRow> {
  requireStaffArea(session, LIBRARY_AREAS);
  const id = await tx.nextId('book');
  const row: BriefingBookRow = {
    id,
    ...(await bookFieldsOf(tx, id, input, null)),
    publishedOn: null,
    status: 'draft',
    version: 0,
    updatedAt: clock.now().toISOString(),
  };
  await tx.briefingBooks.insert(row);
  return row;
}

async function saved(tx: StoreTx, row: BriefingBookRow): Promise<BriefingBookRow> {
  const next = { ...row, version: row.version + 1, updatedAt: clock.now().toISOString() };
  await tx.briefingBooks.update(next);
  return next;
}

/** A change to a book; a published one shows it in the library at once. */
export async function updateBook(tx: StoreTx, row: BriefingBookRow, input: BookFields): Promise<BriefingBookRow> {
  return saved(tx, { ...row, ...(await bookFieldsOf(tx, row.id, input, row.publishedOn)) });
}

/**
 * Into the library. The first publication dates it (and a resource without a meeting takes that
 * year); publishing again after unpublishing keeps that date, so a corrected book keeps its place.
 * Publishing a published book answers it unchanged (a retry).
 */
export async function publishBook(tx: StoreTx, row: BriefingBookRow): Promise<BriefingBookRow> {
  if (row.status === 'published') return row;
  const publishedOn = row.publishedOn ?? today();
  const year = row.meetingId === null ? Number(publishedOn.slice(0, 4)) : row.year;
  return saved(tx, { ...row, status: 'published', publishedOn, year });
}

/** Out of the library, back to a draft; unpublishing a draft answers it unchanged. */
export async function unpublishBook(tx: StoreTx, row: BriefingBookRow): Promise<BriefingBookRow> {
  if (row.status === 'draft') return row;
  return saved(tx, { ...row, status: 'draft' });
}

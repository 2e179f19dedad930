import type { Bookmark } from '../../src/api/contracts/briefing-books';
import { endpoints } from '../../src/api/contracts/endpoints';
import { briefingBookDetail } from '../../server/rules/briefing-book-detail';
import { briefingBookView, findBriefingBooks } from '../../server/rules/briefing-search';
import { findMember } from '../../server/rules/people';
import type { ActiveSession } from '../../server/rules/sessions';
import type { StoreTx } from '../../server/store/store';
import { clock } from '../clock';
import { isPublished, type BookmarkRow, type PolicyAreaRow, type PublishedBookRow } from '../db/rows/benefits';
import { notFound } from '../lib/http-error';
import { route } from '../lib/route';
import { policyAreaMap } from '../../server/rules/policy-areas';

/** A book of the library: a draft is MIP's own work in progress, not found for anyone here. */
async function findBook(tx: StoreTx, bookId: string | undefined): Promise<PublishedBookRow | undefined> {
  const book = bookId === undefined ? undefined : await tx.briefingBooks.get({ id: bookId });
  return book && isPublished(book) ? book : undefined;
}

/**
 * Bookmarks are private: a person reads and changes only their own (404 for anyone else's, so a
 * list's existence never leaks). MIP staff previewing a city may read its mayor's list, because a
 * preview shows what the mayor sees; the route helper already refuses every change in a preview.
 */
async function mayReadBookmarks(tx: StoreTx, session: ActiveSession, personId: string): Promise<boolean> {
  if (session.person.id === personId) return true;
  const previewed = session.preview ? await findMember(tx, session.preview.memberId) : undefined;
  return previewed?.mayorId === personId;
}

function ownBookmarksOnly(session: ActiveSession, personId: string | undefined): string {
  if (personId === undefined || session.person.id !== personId) throw notFound('Those bookmarks');
  return personId;
}

function bookmarkView(row: BookmarkRow, book: PublishedBookRow, areas: ReadonlyMap<string, PolicyAreaRow>): Bookmark {
  return { book: briefingBookView(book, areas), savedAt: row.savedAt };
}

/** Most recently saved first; the book id breaks ties so the order is stable. */
const newestSaved = (a: BookmarkRow, b: BookmarkRow): number =>
  a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.bookId < b.bookId ? -1 : a.bookId > b.bookId ? 1 : 0;

export const briefingBookRoutes = [
  // The library is open to every signed-in person (members, delegates, prospective mayors, MIP staff).
  route(endpoints.listBriefingBooks, async ({ query, tx }) => {
    const { items, total } = await findBriefingBooks(tx, { ...query, status: 'published' });
    const areas = await policyAreaMap(tx);
    const { page, pageSize } = query;
    return { items: items.filter(isPublished).map((row) => briefingBookView(row, areas)), page, pageSize, total };
  }),

  // So is each book. Its sections are generated from the row on request, never stored.
  route(endpoints.getBriefingBook, async ({ params, tx }) => {
    const book = await findBook(tx, params.bookId);
    if (!book) throw notFound('That briefing book');
    return briefingBookDetail(book, await policyAreaMap(tx));
  }),

  route(endpoints.listBookmarks, async ({ params, session, tx }) => {
    const personId = params.personId ?? '';
    if (!(await mayReadBookmarks(tx, session, personId))) throw notFound('Those bookmarks');
    const areas = await policyAreaMap(tx);
    const rows = (await tx.bookmarks.find({ personId })).sort(newestSaved);
    // A person keeps a handful of bookmarks: each one's book is read by its key.
    const items = await Promise.all(
      rows.map(async (r) => {
        // A book withdrawn from the library (or unpublished) drops out of the list.
        const book = await findBook(tx, r.bookId);
        return book ? [bookmarkView(r, book, areas)] : [];
      }),
    );
    return { items: items.flat() };
  }),

  // Saving twice changes nothing: the first bookmark, with its time, is the answer.
  route(endpoints.addBookmark, async ({ params, session, tx }) => {
    const personId = ownBookmarksOnly(session, params.personId);
    const book = await findBook(tx, params.bookId);
    if (!book) throw notFound('That briefing book');
    const fresh: BookmarkRow = { personId, bookId: book.id, savedAt: clock.now().toISOString() };
    const row = (await tx.bookmarks.insertIfAbsent(fresh))
      ? fresh
      : ((await tx.bookmarks.get({ personId, bookId: book.id })) ?? fresh);
    return bookmarkView(row, book, await policyAreaMap(tx));
  }),

  // Removing one that isn't saved (or a book that no longer exists) changes nothing: still 204.
  route(endpoints.removeBookmark, async ({ params, session, tx }) => {
    const personId = ownBookmarksOnly(session, params.personId);
    await tx.bookmarks.delete({ personId, bookId: params.bookId ?? '' });
    return null;
  }),
];

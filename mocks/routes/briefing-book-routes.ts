import type { Bookmark } from '../../src/api/contracts/briefing-books';
import { endpoints } from '../../src/api/contracts/endpoints';
import { clock } from '../clock';
import { getDb } from '../db/db';
import type { BookmarkRow, BriefingBookRow, PolicyAreaRow } from '../db/rows/benefits';
import { briefingBookDetail } from '../lib/briefing-book-detail';
import { briefingBookView, searchBriefingBooks } from '../lib/briefing-search';
import { notFound } from '../lib/http-error';
import { paginate } from '../lib/paginate';
import { findMember } from '../lib/people';
import { route } from '../lib/route';
import type { ActiveSession } from '../../server/rules/sessions';

function policyAreas(): Map<string, PolicyAreaRow> {
  return new Map(getDb().policyAreas.map((a) => [a.id, a]));
}

function findBook(bookId: string | undefined): BriefingBookRow | undefined {
  return getDb().briefingBooks.find((b) => b.id === bookId);
}

/**
 * Bookmarks are private: a person reads and changes only their own (404 for anyone else's, so a
 * list's existence never leaks). MIP staff previewing a city may read its mayor's list, because a
 * preview shows what the mayor sees; the route helper already refuses every change in a preview.
 */
function mayReadBookmarks(session: ActiveSession, personId: string): boolean {
  if (session.person.id === personId) return true;
  const previewed = session.preview ? findMember(session.preview.memberId) : undefined;
  return previewed?.mayorId === personId;
}

function ownBookmarksOnly(session: ActiveSession, personId: string | undefined): string {
  if (personId === undefined || session.person.id !== personId) throw notFound('Those bookmarks');
  return personId;
}

function bookmarkView(row: BookmarkRow, book: BriefingBookRow, areas: ReadonlyMap<string, PolicyAreaRow>): Bookmark {
  return { book: briefingBookView(book, areas), savedAt: row.savedAt };
}

/** Most recently saved first; the book id breaks ties so the order is stable. */
const newestSaved = (a: BookmarkRow, b: BookmarkRow): number =>
  a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.bookId < b.bookId ? -1 : a.bookId > b.bookId ? 1 : 0;

export const briefingBookRoutes = [
  // The library is open to every signed-in person (members, delegates, prospective mayors, MIP staff).
  route(endpoints.listBriefingBooks, ({ query }) => {
    const db = getDb();
    const hits = searchBriefingBooks(db.briefingBooks, query);
    const page = paginate(hits, query.page, query.pageSize);
    const areas = policyAreas();
    return { ...page, items: page.items.map((row) => briefingBookView(row, areas)) };
  }),

  // So is each book. Its sections are generated from the row on request, never stored.
  route(endpoints.getBriefingBook, ({ params }) => {
    const book = findBook(params.bookId);
    if (!book) throw notFound('That briefing book');
    return briefingBookDetail(book, policyAreas());
  }),

  route(endpoints.listBookmarks, ({ params, session }) => {
    const personId = params.personId ?? '';
    if (!mayReadBookmarks(session, personId)) throw notFound('Those bookmarks');
    const db = getDb();
    const books = new Map(db.briefingBooks.map((b) => [b.id, b]));
    const areas = policyAreas();
    const items = db.bookmarks
      .filter((r) => r.personId === personId)
      .sort(newestSaved)
      .flatMap((r) => {
        // A book withdrawn from the library drops out of the list.
        const book = books.get(r.bookId);
        return book ? [bookmarkView(r, book, areas)] : [];
      });
    return { items };
  }),

  // Saving twice changes nothing: the first bookmark, with its time, is the answer.
  route(endpoints.addBookmark, ({ params, session }) => {
    const personId = ownBookmarksOnly(session, params.personId);
    const book = findBook(params.bookId);
    if (!book) throw notFound('That briefing book');
    const db = getDb();
    let row = db.bookmarks.find((r) => r.personId === personId && r.bookId === book.id);
    if (!row) {
      row = { personId, bookId: book.id, savedAt: clock.now().toISOString() };
      db.bookmarks.push(row);
    }
    return bookmarkView(row, book, policyAreas());
  }),

  // Removing one that isn't saved (or a book that no longer exists) changes nothing: still 204.
  route(endpoints.removeBookmark, ({ params, session }) => {
    const personId = ownBookmarksOnly(session, params.personId);
    const db = getDb();
    db.bookmarks = db.bookmarks.filter((r) => !(r.personId === personId && r.bookId === params.bookId));
    return null;
  }),
];

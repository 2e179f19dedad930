import { addDays } from '../dates';
import type { BookmarkRow, PublishedBookRow as BriefingBookRow } from '../rows/benefits';
import type { SeedContext } from './seed-context';

const newestFirst = (a: BriefingBookRow, b: BriefingBookRow): number =>
  a.publishedOn < b.publishedOn ? 1 : a.publishedOn > b.publishedOn ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function newest(
  books: readonly BriefingBookRow[],
  test: (book: BriefingBookRow) => boolean,
): BriefingBookRow | undefined {
  return books.filter(test).sort(newestFirst)[0];
}

const savedOn = (date: string, time: string): string => `${date}T${time}:00.000Z`;

/**
 * Saved books of the demo accounts, chosen from the seeded library so they always exist (the
 * library depends on the seed date): Ana has the latest Winter Meeting's book, an ADU resource (her
 * memo's topic) and a resource she saved yesterday; Marcus has one on crisis response (his memo's
 * topic). Everyone else has none. Every bookmark is saved after its book was published, before now.
 */
export function seedBookmarks(ctx: SeedContext, books: readonly BriefingBookRow[]): BookmarkRow[] {
  const rows: BookmarkRow[] = [];
  const save = (personId: string, book: BriefingBookRow | undefined, savedAt: (b: BriefingBookRow) => string) => {
    if (book && !rows.some((r) => r.personId === personId && r.bookId === book.id))
      rows.push({ personId, bookId: book.id, savedAt: savedAt(book) });
  };
  const resourceOn = (topic: string, publishedBy: string) =>
    newest(
      books,
      (b) => b.kind === 'resource' && b.publishedOn <= publishedBy && b.title.toLowerCase().includes(topic),
    );

  const winterBook = newest(books, (b) => b.kind === 'briefing_book' && /^bb-winter-\d{4}$/.test(b.id));
  save('ana-ortiz', winterBook, (b) => savedOn(addDays(b.publishedOn, 3), '10:30'));
  const adu = resourceOn('accessory dwelling units', addDays(ctx.today, -40));
  save('ana-ortiz', adu, () => savedOn(addDays(ctx.today, -40), '14:05'));
  const recent = newest(
    books,
    (b) => b.kind === 'resource' && b.publishedOn <= addDays(ctx.today, -2) && b.id !== adu?.id,
  );
  save('ana-ortiz', recent, () => savedOn(addDays(ctx.today, -1), '16:42'));

  const crisis = resourceOn('crisis response teams', addDays(ctx.today, -10));
  save('marcus-bell', crisis, (b) => savedOn(addDays(b.publishedOn, 1), '15:20'));
  return rows;
}

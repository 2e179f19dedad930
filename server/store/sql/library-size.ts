import { and, eq, isNotNull, isNull, notInArray, or, sql } from 'drizzle-orm';
import { generateLibraryRows } from '../../../mocks/db/seed/briefing-books';
import type { HubDatabase } from './open-database';
import { briefingBooks } from './schema/benefits';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for a book's dozen columns. */
const BATCH = 1_000;

/**
 * Test mode and benchmarks only: makes the library exactly `size` items, as the mock's control
 * does (mocks/control.ts): the meetings' published briefing books (the first `size` of them, in
 * key order) and generated ones for the rest, so searches can be measured at 50,000 items.
 */
export async function setLibrarySizeSql(db: HubDatabase, size: number): Promise<void> {
  const b = briefingBooks;
  await db.transaction(async (tx) => {
    const meetingBooks = (
      await tx
        .select({ id: b.id })
        .from(b)
        .where(and(isNotNull(b.meetingId), eq(b.status, 'published')))
        .orderBy(b.id)
    )
      .slice(0, size)
      .map((r) => r.id);
    await tx.delete(b).where(meetingBooks.length > 0 ? or(isNull(b.meetingId), notInArray(b.id, meetingBooks)) : and());
    const rows = generateLibraryRows(size - meetingBooks.length);
    for (let start = 0; start < rows.length; start += BATCH) {
      await tx.insert(b).values(rows.slice(start, start + BATCH));
    }
  });
  // Fresh statistics, as after any bulk load: the planner then picks the word index (PGlite has no
  // autovacuum to do it later).
  await db.execute(sql`analyze briefing_books`);
}

import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { BriefingBookRow } from '../../../mocks/db/rows/benefits';
import { compareTitles, type BriefingBookFilters, type LibraryPage } from '../library-search';
import type { SqlTx } from './sql-tx';
import { briefingBooks } from './schema/benefits';

const b = briefingBooks;

/** The words of a query, as the memory store splits them: lower-cased, on whitespace. */
const termsOf = (q: string | undefined) => (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);

/** A word found in the title weighs 3, in the summary 1; a book without every word isn't a hit. */
function scoreOf(terms: readonly string[]): SQL {
  const parts = terms.map(
    (t) =>
      sql`(case when strpos(lower(${b.title}), ${t}) > 0 then 3 when strpos(lower(${b.summary}), ${t}) > 0 then 1 else 0 end)`,
  );
  return parts.length > 0 ? sql.join(parts, sql` + `) : sql`0`;
}

/** `%word%` with LIKE's own characters taken literally. */
const containing = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditionsOf(filters: BriefingBookFilters, terms: readonly string[]): SQL | undefined {
  const parts: SQL[] = [];
  if (filters.policyArea) parts.push(eq(b.policyAreaId, filters.policyArea));
  if (filters.meetingId) parts.push(eq(b.meetingId, filters.meetingId));
  if (filters.year !== undefined) parts.push(eq(b.year, filters.year));
  if (filters.status) parts.push(eq(b.status, filters.status));
  // In the title or the summary: one expression, the one the trigram index holds (migration 0003).
  // A word has no whitespace, so it can't match across the space that joins the two.
  for (const t of terms) {
    parts.push(sql`(lower(${b.title}) || ' ' || lower(${b.summary})) like ${containing(t)}`);
  }
  return parts.length > 0 ? and(...parts) : undefined;
}

/**
 * The library search as one query: filtered, scored and ordered by the database, one page read.
 * The same hits in the same order as the memory store's search (library-search.ts); sorting by
 * title reads the hits' titles and sorts them as that does (by locale), then reads the page.
 */
export async function searchLibrarySql(
  tx: SqlTx,
  filters: BriefingBookFilters,
  page: number,
  pageSize: number,
  fromSql: (record: Record<string, unknown>) => BriefingBookRow,
): Promise<LibraryPage> {
  const terms = termsOf(filters.q);
  const where = conditionsOf(filters, terms);
  const offset = (page - 1) * pageSize;
  if (filters.sort === 'title') {
    const titles = await tx.select({ id: b.id, title: b.title }).from(b).where(where);
    const ids = titles
      .sort(compareTitles)
      .slice(offset, offset + pageSize)
      .map((r) => r.id);
    const rows = ids.length > 0 ? await tx.select().from(b).where(inArray(b.id, ids)) : [];
    const byId = new Map(rows.map((r) => [r.id, fromSql(r)]));
    return { items: ids.flatMap((id) => byId.get(id) ?? []), total: titles.length };
  }
  const records = await tx
    .select({ book: b, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(b)
    .where(where)
    .orderBy(...orderOf(filters.sort, terms))
    .limit(pageSize)
    .offset(offset);
  const total = records[0]?.total ?? (offset > 0 ? await countOf(tx, where) : 0);
  return { items: records.map((r) => fromSql(r.book)), total };
}

/** The memory store's orders (library-search.ts): a draft never published comes after every date. */
function orderOf(sort: BriefingBookFilters['sort'], terms: readonly string[]): SQL[] {
  const newest = [sql`${b.publishedOn} desc nulls last`, sql`${b.id} collate "C" asc`];
  switch (sort) {
    case 'oldest':
      return [sql`${b.publishedOn} asc nulls first`, sql`${b.id} collate "C" desc`];
    case 'changed':
      return [sql`${b.updatedAt} desc`, sql`${b.id} collate "C" asc`];
    case 'relevance':
      return terms.length > 0 ? [sql`${scoreOf(terms)} desc`, ...newest] : newest;
    default:
      return newest;
  }
}

/** A page past the end has no rows to carry the count: asked for on its own. */
async function countOf(tx: SqlTx, where: SQL | undefined): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(b)
    .where(where);
  return row?.n ?? 0;
}

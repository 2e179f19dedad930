import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { StoreConflict, formatId, type SeedMark, type Store, type StoreTx, type Table } from '../store';
import { TABLE_KEYS, fieldOf, type KeyOf, type TableName, type Tables, type Where } from '../tables';
import type { HubDatabase } from './open-database';
import { hubMeta } from './schema/meta';
import { isUniqueViolation, instantFromSql } from './sql-values';
import { TABLE_MAPPINGS, type TableMapping } from './table-mappings';
import { searchLibrarySql } from './library-query';
import { waitingWorkSql } from './waiting-work-query';
import type { SqlTx } from './sql-tx';
import { people } from './schema/people';
import type { BriefingBookRow } from '../../../mocks/db/rows/benefits';

type Record_ = Record<string, unknown>;

const SEED_MARK = 'seed';

/**
 * The store on PostgreSQL (PGlite or a server). Each transaction is a database transaction:
 * `getForUpdate` takes a row lock, and unique constraints refuse a second holder of a key.
 */
export function createSqlStore(db: HubDatabase): Store {
  return {
    transaction(work) {
      return db.transaction((tx) => work(sqlTx(tx)));
    },
    async seedMark() {
      const [mark] = await db.select().from(hubMeta).where(eq(hubMeta.name, SEED_MARK));
      return mark ? { seedVersion: mark.seedVersion, seededAt: instantFromSql(mark.seededAt) } : null;
    },
    async markSeeded(mark: SeedMark, sequence: number) {
      await db.transaction(async (tx) => {
        const values = { name: SEED_MARK, ...mark };
        await tx.insert(hubMeta).values(values).onConflictDoUpdate({ target: hubMeta.name, set: mark });
        // The next id is sequence + 1: setval(n, true) makes nextval answer n + 1.
        await tx.execute(sql`select setval('hub_ids', ${Math.max(sequence, 1)}, ${sequence > 0})`);
      });
    },
  };
}

/**
 * Runs the calls given to it one after another. A transaction is one connection, which runs one
 * query at a time: rules may read several things at once (Promise.all), and node-postgres
 * deprecates queueing queries on a busy client, so the store queues them itself.
 */
function oneAtATime(): <T>(work: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (work) => {
    const next = last.then(work, work);
    last = next.catch(() => undefined);
    return next;
  };
}

function queued<T extends object>(methods: T, run: ReturnType<typeof oneAtATime>): T {
  return Object.fromEntries(
    Object.entries(methods).map(([name, method]) => [
      name,
      (...args: unknown[]) => run(() => (method as (...a: unknown[]) => Promise<unknown>)(...args)),
    ]),
  ) as T;
}

function sqlTx(tx: SqlTx): StoreTx {
  const run = oneAtATime();
  const tables = Object.fromEntries(
    (Object.keys(TABLE_KEYS) as TableName[]).map((name) => [name, queued(sqlTable(tx, name), run)]),
  ) as unknown as Omit<StoreTx, 'nextId' | 'searchLibrary' | 'waitingWork' | 'personByEmail'>;
  return {
    ...tables,
    ...queued<Pick<StoreTx, 'nextId' | 'searchLibrary' | 'waitingWork' | 'personByEmail'>>(
      {
        searchLibrary: (filters, page, pageSize) =>
          searchLibrarySql(
            tx,
            filters,
            page,
            pageSize,
            (record) => TABLE_MAPPINGS.briefingBooks.fromSql(record) as BriefingBookRow,
          ),
        waitingWork: (query) => waitingWorkSql(tx, query),
        // The unique index on lower(email) (migration 0000) finds it without reading every person.
        async personByEmail(email) {
          const [person] = await readRows(tx, 'people', sql`lower(${people.email}) = ${email.toLowerCase()}`, false);
          return person;
        },
        async nextId(prefix) {
          // Both drivers answer with `rows`; bigint comes back as a string from node-postgres.
          const result = (await tx.execute(sql`select nextval('hub_ids') as id`)) as {
            rows: { id: string | number }[];
          };
          return formatId(prefix, Number(result.rows[0]?.id));
        },
      },
      run,
    ),
  };
}

/** `field = value` for each, `is null` for null: the conditions of a `where` or a key. */
function conditionOf(mapping: TableMapping, table: TableName, fields: Record_): SQL | undefined {
  const parts = Object.entries(fields).map(([field, value]) => {
    const column = mapping.columns[field];
    if (!column) throw new Error(`${table}: no column for ${field}`);
    return value === null ? isNull(column) : eq(column, value);
  });
  return parts.length > 0 ? and(...parts) : undefined;
}

function keyOf(table: TableName, row: object): Record_ {
  return Object.fromEntries(TABLE_KEYS[table].map((field) => [field, fieldOf(row, field)]));
}

/** The rows that meet `condition`, in key order (strings by code unit, as the memory store sorts). */
async function readRows<T extends TableName>(
  tx: SqlTx,
  name: T,
  condition: SQL | undefined,
  lock: boolean,
): Promise<Tables[T][]> {
  const mapping = TABLE_MAPPINGS[name];
  const order = TABLE_KEYS[name].map((field) => sql`${mapping.columns[field] as PgColumn} collate "C"`);
  const selection = { ...mapping.columns, ...mapping.extra };
  const base = tx.select(selection).from(mapping.table);
  const joined = mapping.join ? base.leftJoin(mapping.join.table, mapping.join.on) : base;
  const query = joined.where(condition).orderBy(...order);
  // Only this table's row is held: a joined table's row may be absent (the nullable side).
  const records = lock ? await query.for('update', { of: mapping.table }) : await query;
  return records.map((record) => mapping.fromSql(record) as Tables[T]);
}

function sqlTable<T extends TableName>(tx: SqlTx, name: T): Table<Tables[T], KeyOf<T>> {
  type Row = Tables[T];
  const mapping = TABLE_MAPPINGS[name];
  const read = (condition: SQL | undefined, lock: boolean) => readRows(tx, name, condition, lock);

  async function writeChildren(row: Row) {
    const children = mapping.writeChildren?.(row);
    if (!children) return;
    await tx.delete(children.table).where(children.parent);
    if (children.rows.length > 0) await tx.insert(children.table).values(children.rows);
  }

  /** Runs a write, turning a unique constraint's refusal into the store's conflict. */
  async function guarded<R>(write: () => Promise<R>): Promise<R> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error)) throw new StoreConflict(name, 'key or unique value taken');
      throw error;
    }
  }

  return {
    async get(key) {
      const [row] = await read(conditionOf(mapping, name, keyOf(name, key)), false);
      return row;
    },
    async getForUpdate(key) {
      const [row] = await read(conditionOf(mapping, name, keyOf(name, key)), true);
      return row;
    },
    find(where?: Where<Row>) {
      return read(conditionOf(mapping, name, where ?? {}), false);
    },
    async insert(row) {
      await guarded(() => tx.insert(mapping.table).values(mapping.toSql(row)));
      await writeChildren(row);
    },
    async insertIfAbsent(row) {
      const added = await tx
        .insert(mapping.table)
        .values(mapping.toSql(row))
        .onConflictDoNothing()
        .returning({ found: sql<number>`1` });
      if (added.length > 0) await writeChildren(row);
      return added.length > 0;
    },
    async update(row) {
      const changed = await guarded(() =>
        tx
          .update(mapping.table)
          .set(mapping.toSql(row))
          .where(conditionOf(mapping, name, keyOf(name, row)))
          .returning({ found: sql<number>`1` }),
      );
      if (changed.length === 0) throw new Error(`${name}: no row to update`);
      await writeChildren(row);
    },
    async delete(key) {
      const children = mapping.writeChildren?.(key);
      if (children) await tx.delete(children.table).where(children.parent);
      const gone = await tx
        .delete(mapping.table)
        .where(conditionOf(mapping, name, keyOf(name, key)))
        .returning({ found: sql<number>`1` });
      return gone.length > 0;
    },
  };
}

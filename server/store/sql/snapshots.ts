import { sql, type SQL } from 'drizzle-orm';
import type { HubDatabase } from './open-database';

/**
 * Copies of the whole database kept inside it, for the black-box suites (server/test-mode.ts):
 * saving copies every table into a schema of its own, restoring empties the changed tables and
 * copies them back in one transaction. Milliseconds, where loading the seed row by row takes
 * seconds. Test mode only: `npm run server` never calls these.
 */

const NAME = /^[a-z][a-z0-9_]{0,39}$/;
const SNAPSHOT_TABLE = 'hub_test.snapshots';

type Runner = Pick<HubDatabase, 'execute'>;

/** Both drivers answer `execute` with `rows`. */
async function rowsOf<T>(db: Runner, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

function schemaOf(name: string): string {
  if (!NAME.test(name)) throw new Error(`not a snapshot name: ${name}`);
  return `hub_test_${name}`;
}

/** Which table's rows name which (foreign keys) among the Hub's tables. */
function foreignKeys(db: Runner): Promise<{ child: string; parent: string }[]> {
  return rowsOf(
    db,
    sql`select c.relname as child, p.relname as parent
        from pg_constraint k
        join pg_class c on c.oid = k.conrelid
        join pg_class p on p.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public'`,
  );
}

interface Catalogue {
  /** The Hub's tables, each after every table its foreign keys name. */
  tables: string[];
  keys: { child: string; parent: string }[];
}

const catalogues = new WeakMap<HubDatabase, Promise<Catalogue>>();

/**
 * The Hub's tables in an order that copying them back never breaks a key, and their keys: read
 * from the catalogue (no list to keep in step with migrations) once per database, since the
 * migrations ran before any test, rather than on every reset.
 */
function catalogueOf(db: HubDatabase): Promise<Catalogue> {
  let catalogue = catalogues.get(db);
  if (!catalogue) {
    catalogue = readCatalogue(db);
    catalogues.set(db, catalogue);
  }
  return catalogue;
}

async function readCatalogue(db: Runner): Promise<Catalogue> {
  const tables = await rowsOf<{ name: string }>(
    db,
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const keys = await foreignKeys(db);
  const ordered: string[] = [];
  const placed = new Set<string>();
  const visit = (table: string, path: Set<string>) => {
    if (placed.has(table) || path.has(table)) return;
    path.add(table);
    for (const key of keys) if (key.child === table && key.parent !== table) visit(key.parent, path);
    placed.add(table);
    ordered.push(table);
  };
  for (const { name } of tables) visit(name, new Set());
  return { tables: ordered, keys };
}

/**
 * Test mode keeps note of the tables a statement changed (a trigger per table, once per statement)
 * and of the snapshot the data was last saved as or restored to, so restoring that snapshot again
 * copies back only what changed since: most tests change a few small tables.
 */
async function trackChanges(db: Runner, tables: string[]): Promise<void> {
  await db.execute(sql`create schema if not exists hub_test`);
  await db.execute(
    sql.raw(
      `create table if not exists ${SNAPSHOT_TABLE} (name text primary key, at timestamptz not null, ids bigint not null, ids_called boolean not null)`,
    ),
  );
  await db.execute(sql`create unlogged table if not exists hub_test.changed (name text primary key)`);
  await db.execute(
    sql`create table if not exists hub_test.base (only_row boolean primary key default true, name text)`,
  );
  // Checking first keeps concurrent writers of one table from queueing on the insert.
  await db.execute(
    sql.raw(`create or replace function hub_test.note_change() returns trigger language plpgsql as $$
      begin
        if not exists (select 1 from hub_test.changed where name = tg_table_name) then
          insert into hub_test.changed values (tg_table_name) on conflict do nothing;
        end if;
        return null;
      end $$`),
  );
  for (const table of tables) {
    await db.execute(
      sql.raw(
        `create or replace trigger hub_test_note_change after insert or update or delete or truncate on public."${table}" for each statement execute function hub_test.note_change()`,
      ),
    );
  }
}

async function setBase(db: Runner, name: string | null): Promise<void> {
  await db.execute(sql`delete from hub_test.changed`);
  await db.execute(
    sql`insert into hub_test.base (name) values (${name}) on conflict (only_row) do update set name = excluded.name`,
  );
}

export async function saveSnapshot(db: HubDatabase, name: string, at: Date): Promise<void> {
  const schema = schemaOf(name);
  const catalogue = await catalogueOf(db);
  await db.transaction(async (tx) => {
    const { tables } = catalogue;
    await trackChanges(tx, tables);
    await tx.execute(sql.raw(`drop schema if exists ${schema} cascade`));
    await tx.execute(sql.raw(`create schema ${schema}`));
    for (const table of tables) {
      await tx.execute(sql.raw(`create table ${schema}."${table}" as table public."${table}"`));
    }
    const [ids] = await rowsOf<{ last_value: string; is_called: boolean }>(
      tx,
      sql`select last_value, is_called from public.hub_ids`,
    );
    await tx.execute(sql`
      insert into hub_test.snapshots (name, at, ids, ids_called)
      values (${name}, ${at.toISOString()}, ${ids?.last_value ?? 1}, ${ids?.is_called ?? false})
      on conflict (name) do update set at = excluded.at, ids = excluded.ids, ids_called = excluded.ids_called`);
    await setBase(tx, name);
  });
}

/** The tables to copy back: those changed, and those whose keys name them (emptied with them). */
async function tablesToRestore(db: Runner, name: string, { tables, keys }: Catalogue): Promise<string[]> {
  const [base] = await rowsOf<{ name: string | null }>(db, sql`select name from hub_test.base`);
  if (base?.name !== name) return tables;
  const changed = new Set(
    (await rowsOf<{ name: string }>(db, sql`select name from hub_test.changed`)).map((r) => r.name),
  );
  if (changed.size === 0) return [];
  let grew = true;
  while (grew) {
    grew = false;
    for (const key of keys) {
      if (changed.has(key.parent) && !changed.has(key.child)) {
        changed.add(key.child);
        grew = true;
      }
    }
  }
  return tables.filter((t) => changed.has(t));
}

/** Puts the snapshot back; the instant it was saved at, or undefined when there is none of that name. */
export async function restoreSnapshot(db: HubDatabase, name: string): Promise<Date | undefined> {
  const schema = schemaOf(name);
  const catalogue = await catalogueOf(db);
  return db.transaction(async (tx) => {
    const exists = await rowsOf<{ found: boolean }>(
      tx,
      sql`select to_regclass('hub_test.snapshots') is not null as found`,
    );
    if (!exists[0]?.found) return undefined;
    const [saved] = await rowsOf<{ at: string | Date; ids: string; ids_called: boolean }>(
      tx,
      sql`select at, ids, ids_called from hub_test.snapshots where name = ${name}`,
    );
    if (!saved) return undefined;
    const restore = await tablesToRestore(tx, name, catalogue);
    // Children first out, parents first in: no key is broken on the way.
    for (const table of [...restore].reverse()) await tx.execute(sql.raw(`delete from public."${table}"`));
    for (const table of restore) {
      await tx.execute(sql.raw(`insert into public."${table}" select * from ${schema}."${table}"`));
    }
    await tx.execute(sql`select setval('public.hub_ids', ${saved.ids}, ${saved.ids_called})`);
    await setBase(tx, name);
    return new Date(saved.at);
  });
}

/** Every table emptied and the id sequence back at its start: a database ready for a new seed. */
export async function emptyDatabase(db: HubDatabase): Promise<void> {
  const catalogue = await catalogueOf(db);
  await db.transaction(async (tx) => {
    const { tables } = catalogue;
    await tx.execute(sql.raw(`truncate table ${tables.map((t) => `public."${t}"`).join(', ')}`));
    await tx.execute(sql`select setval('public.hub_ids', 1, false)`);
    if (
      (await rowsOf<{ found: boolean }>(tx, sql`select to_regclass('hub_test.base') is not null as found`))[0]?.found
    ) {
      await setBase(tx, null);
    }
  });
}

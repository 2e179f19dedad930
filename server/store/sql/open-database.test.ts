// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoHistoryStep } from '../../../mocks/db/rows/benefits';
import { closeDatabase, migrate, MIGRATIONS_FOLDER, openDatabase, type HubDatabase } from './open-database';
import * as schema from './schema/index';
import { pgCode } from './sql-values';
import { TEST_DATABASE_URL, freshTestDatabase } from './test-database';

/**
 * The SQL store's foundation on both drivers: embedded PGlite always, a PostgreSQL server when
 * TEST_DATABASE_URL names one. That database is emptied first (its public and drizzle schemas are
 * dropped): point it at a database kept for tests.
 */

const schemaTableNames = Object.values(schema as Record<string, unknown>)
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableName(table))
  .sort();

const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
  entries: unknown[];
};

/** Both drivers answer a raw query with `{ rows }`. */
async function rows<T>(db: HubDatabase, query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

async function publicTables(db: HubDatabase): Promise<string[]> {
  const found = await rows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return found.map((r) => r.table_name).sort();
}

async function appliedMigrations(db: HubDatabase): Promise<number> {
  const [row] = await rows<{ n: number | string }>(
    db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return Number(row?.n);
}

async function refusal(write: Promise<unknown>): Promise<string | undefined> {
  try {
    await write;
  } catch (error) {
    return pgCode(error);
  }
  return 'accepted';
}

const NOW = '2026-11-26T15:00:00.000Z';

async function addCityAndMayor(db: HubDatabase): Promise<void> {
  await db.insert(schema.members).values({
    id: 'riverton',
    city: 'Riverton',
    state: 'OH',
    population: 48_000,
    populationSource: 'US Census Bureau, 2020 Census',
    populationAsOf: '2020-04-01',
    version: 0,
    mayorId: 'ana-ortiz',
    kind: 'member',
    joinedOn: '2019-07-01',
    fiscalYearStart: '07-01',
  });
  await db.insert(schema.people).values({
    id: 'ana-ortiz',
    name: 'Ana Ortiz',
    email: 'ana.ortiz@riverton.example',
    password: 'not-a-real-hash',
    title: 'Mayor',
    role: 'mayor',
    memberId: 'riverton',
    termStartedOn: '2022-01-01',
    identifiesAsWoman: false,
    listedInDirectory: true,
    policyAreas: ['housing'],
    staffAreas: [],
  });
  await db.insert(schema.policyAreas).values({ id: 'housing', name: 'Housing' });
}

function storeSuite(open: () => Promise<HubDatabase>): void {
  let db: HubDatabase;

  // One database per driver and run: a new PGlite takes seconds to start, so tests share it.
  beforeAll(async () => {
    db = await open();
    await migrate(db);
    await addCityAndMayor(db);
  }, 120_000);

  afterAll(async () => {
    await closeDatabase(db);
  });

  it('creates every table of the schema', async () => {
    expect(schemaTableNames.length).toBeGreaterThan(20);
    expect(await publicTables(db)).toEqual(schemaTableNames);
    expect(await appliedMigrations(db)).toBe(journal.entries.length);
  });

  it('migrating again changes nothing', async () => {
    const tablesBefore = await publicTables(db);
    await migrate(db);
    expect(await appliedMigrations(db)).toBe(journal.entries.length);
    expect(await publicTables(db)).toEqual(tablesBefore);
    // The rows written before are still there.
    expect(await db.select({ id: schema.members.id }).from(schema.members)).toEqual([{ id: 'riverton' }]);
  });

  it('round-trips a jsonb column and a bytea column', async () => {
    const history: MemoHistoryStep[] = [
      { status: 'submitted', at: NOW, byId: 'ana-ortiz', message: null },
      {
        status: 'scoping',
        at: '2026-11-27T09:30:00.000Z',
        byId: 'ana-ortiz',
        message: 'Naïve “quotes”, emoji 🏛️ and \\ backslash',
      },
    ];
    await db.insert(schema.memoRequests).values({
      id: 'memo-1',
      memberId: 'riverton',
      title: 'ADU permitting',
      policyAreaId: 'housing',
      question: 'How do peer cities permit ADUs?',
      background: '',
      desiredDate: '2027-01-15',
      status: 'scoping',
      membershipYearLabel: '2026–27',
      submittedAt: NOW,
      actorId: 'ana-ortiz',
      subjectId: 'ana-ortiz',
      history,
      assigneeId: null,
      publishDeidentified: false,
      memoDeliveredAt: null,
      memoAuthorId: null,
      memoBodyHtml: null,
      internalNotes: [],
      version: 1,
    });
    // Every byte value, NUL included: what a PDF or a .docx holds.
    const content = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
    await db.insert(schema.memoFiles).values({
      memoRequestId: 'memo-1',
      fileName: 'memo.pdf',
      mediaType: 'application/pdf',
      sizeBytes: content.byteLength,
      content,
    });

    const [request] = await db.select().from(schema.memoRequests);
    expect(request?.history).toEqual(history);
    expect(request?.internalNotes).toEqual([]);
    expect(request?.desiredDate).toBe('2027-01-15');
    expect(Date.parse(request?.submittedAt ?? '')).toBe(Date.parse(NOW));

    const [file] = await db.select().from(schema.memoFiles);
    expect(file?.content).toBeInstanceOf(Uint8Array);
    expect(Array.from(file?.content ?? [])).toEqual(Array.from(content));
  });

  it('refuses a second memo draft for the same person and city, and a second account for an e-mail', async () => {
    const draft = {
      personId: 'ana-ortiz',
      memberId: 'riverton',
      title: 'Draft',
      policyAreaId: null,
      question: '',
      background: '',
      desiredDate: null,
      savedAt: NOW,
    };
    await db.insert(schema.memoDrafts).values(draft);
    expect(await refusal(db.insert(schema.memoDrafts).values({ ...draft, title: 'Another' }))).toBe('23505');

    const twin = {
      id: 'ana-ortiz-2',
      name: 'Ana Ortiz',
      email: 'Ana.Ortiz@Riverton.example',
      password: 'x',
      title: null,
      role: 'mayor' as const,
      memberId: null,
      termStartedOn: null,
      identifiesAsWoman: false,
      listedInDirectory: false,
      policyAreas: [],
      staffAreas: [],
    };
    expect(await refusal(db.insert(schema.people).values(twin))).toBe('23505');
  });

  it('refuses a second use of an Idempotency-Key by the same owner', async () => {
    const key = {
      ownerId: 'ana-ortiz',
      key: 'k-1',
      fingerprint: 'POST /x {}',
      state: 'in_flight' as const,
      createdAt: NOW,
    };
    await db.insert(schema.idempotencyKeys).values(key);
    expect(await refusal(db.insert(schema.idempotencyKeys).values(key))).toBe('23505');
    // Another owner may use the same key.
    await db.insert(schema.idempotencyKeys).values({ ...key, ownerId: 'anonymous' });
  });
}

describe('SQL store on PGlite (in memory)', () => {
  storeSuite(() => openDatabase({}));
});

describe.skipIf(TEST_DATABASE_URL === '')(
  `SQL store on PostgreSQL${TEST_DATABASE_URL === '' ? ' (skipped: set TEST_DATABASE_URL=postgres://… to a database kept for tests)' : ''}`,
  () => {
    storeSuite(async () => {
      const db = await openDatabase({ url: TEST_DATABASE_URL });
      // Start from an empty database, as a fresh deployment does.
      await db.execute(sql`drop schema if exists drizzle cascade`);
      await db.execute(sql`drop schema if exists public cascade`);
      await db.execute(sql`create schema public`);
      return db;
    });
  },
);

describe.skipIf(TEST_DATABASE_URL === '')('migrations on PostgreSQL from servers starting together', () => {
  it('applies each migration once when three servers migrate at the same time', async () => {
    const url = await freshTestDatabase('migrate');
    const servers = await Promise.all([1, 2, 3].map(() => openDatabase({ url, poolSize: 2 })));
    try {
      await Promise.all(servers.map((db) => migrate(db)));
      const [first] = servers;
      if (!first) throw new Error('three servers');
      expect(await appliedMigrations(first)).toBe(journal.entries.length);
      expect(await publicTables(first)).toEqual(schemaTableNames);
    } finally {
      await Promise.all(servers.map((db) => closeDatabase(db)));
    }
  }, 60_000);
});

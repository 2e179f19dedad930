// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../mocks/clock';
import type { MockDb } from '../../mocks/db/schema';
import { buildSeed } from '../../mocks/db/seed/seed-db';
import { createMemoryStore } from '../../mocks/store/memory-store';
import { LOAD_ORDER, TABLE_NAMES, loadSeed } from './load-seed';
import { libraryPageOf, type BriefingBookFilters } from './library-search';
import { closeDatabase, migrate, openDatabase, type HubDatabase } from './sql/open-database';
import { createSqlStore } from './sql/sql-store';
import { TEST_DATABASE_URL, freshTestDatabase } from './sql/test-database';
import { StoreConflict, type Store } from './store';
import { compareByKey, type TableName, type Tables } from './tables';
import { waitingWorkOf, type WaitingWorkQuery } from './waiting-work';

/**
 * What every store promises the rules (store.ts), proven on each: the memory store, PGlite, and a
 * PostgreSQL server when TEST_DATABASE_URL names one. Each starts from the same seed, loaded
 * through the store itself, and must give every row of it back as it was.
 */
interface Runtime {
  name: string;
  open(seed: MockDb): Promise<{ store: Store; close(): Promise<void> }>;
}

const runtimes: Runtime[] = [
  {
    name: 'memory',
    open(seed) {
      const db = structuredClone(seed);
      return Promise.resolve({ store: createMemoryStore(() => db), close: () => Promise.resolve() });
    },
  },
  {
    name: 'PGlite',
    open: (seed) => openSql(seed, openDatabase()),
  },
];
if (TEST_DATABASE_URL) {
  runtimes.push({
    name: 'PostgreSQL',
    open: async (seed) => openSql(seed, openDatabase({ url: await freshTestDatabase('store'), poolSize: 10 })),
  });
} else {
  console.info('TEST_DATABASE_URL is not set: the store is not tested on a PostgreSQL server.');
}

async function openSql(seed: MockDb, opening: Promise<HubDatabase>) {
  const db = await opening;
  await migrate(db);
  const store = createSqlStore(db);
  await loadSeed(store, seed);
  return { store, close: () => closeDatabase(db) };
}

/** A meeting's invited cities are a set: compared in id order. */
function comparable<T extends TableName>(name: T, rows: readonly Tables[T][]): unknown[] {
  const sorted = [...rows].sort(compareByKey(name));
  if (name !== 'meetings') return sorted;
  return (sorted as Tables['meetings'][]).map((m) => ({
    ...m,
    invitedMemberIds: m.invitedMemberIds && [...m.invitedMemberIds].sort(),
  }));
}

const seed = buildSeed(clock.now());

describe.each(runtimes)('the store on $name', (runtime) => {
  let store: Store;
  let opened: Awaited<ReturnType<Runtime['open']>> | undefined;

  beforeAll(async () => {
    opened = await runtime.open(seed);
    store = opened.store;
  }, 120_000);
  afterAll(() => opened?.close());

  it('loads every table of the seed and gives every row back as it was, in key order', async () => {
    expect(await store.seedMark()).toEqual({ seedVersion: seed.seedVersion, seededAt: seed.seededAt });
    await store.transaction(async (tx) => {
      for (const name of TABLE_NAMES) {
        const rows = await tx[name].find();
        expect(comparable(name, rows), name).toEqual(comparable(name, seed[name] as Tables[typeof name][]));
        expect(rows, `${name} in key order`).toEqual([...rows].sort(compareByKey(name)));
      }
    });
  });

  it('finds rows by key, by fields and by null', async () => {
    const ana = seed.people.find((p) => p.id === 'ana-ortiz');
    expect(ana).toBeDefined();
    await store.transaction(async (tx) => {
      expect(await tx.people.get({ id: ana?.id ?? '' })).toEqual(ana);
      expect(await tx.people.get({ id: 'nobody' })).toBeUndefined();
      const riverton = await tx.people.find({ memberId: ana?.memberId ?? '' });
      expect(riverton.map((p) => p.id)).toEqual(
        seed.people
          .filter((p) => p.memberId === ana?.memberId)
          .map((p) => p.id)
          .sort(),
      );
      const unassigned = await tx.memoRequests.find({ assigneeId: null, status: 'submitted' });
      expect(unassigned.map((m) => m.id).sort()).toEqual(
        seed.memoRequests
          .filter((m) => m.assigneeId === null && m.status === 'submitted')
          .map((m) => m.id)
          .sort(),
      );
      const draftKey = { personId: ana?.id ?? '', memberId: ana?.memberId ?? '' };
      expect(await tx.memoDrafts.get(draftKey)).toBeUndefined();
    });
  });

  it('adds, replaces and removes rows, with keys of one or two fields', async () => {
    const person = seed.people[0];
    const member = seed.members[0];
    if (!person || !member) throw new Error('the seed has people and cities');
    const draft = {
      personId: person.id,
      memberId: member.id,
      title: 'Curb management',
      policyAreaId: null,
      question: 'Where do delivery vans stop?',
      background: '',
      desiredDate: '2027-01-15',
      savedAt: '2026-12-01T15:30:00.250Z',
    };
    await store.transaction(async (tx) => {
      await tx.memoDrafts.insert(draft);
      await tx.memoDrafts.update({ ...draft, title: 'Curbside deliveries' });
    });
    await store.transaction(async (tx) => {
      const key = { personId: person.id, memberId: member.id };
      expect(await tx.memoDrafts.get(key)).toEqual({ ...draft, title: 'Curbside deliveries' });
      expect(await tx.memoDrafts.delete(key)).toBe(true);
      expect(await tx.memoDrafts.delete(key)).toBe(false);
      expect(await tx.memoDrafts.get(key)).toBeUndefined();
      await expect(tx.memoDrafts.update(draft)).rejects.toThrow(/no row to update/);
    });
  });

  it('refuses a second row with the same key or unique value, whatever the capitals', async () => {
    const [first, second] = seed.people;
    const invoice = seed.invoices[0];
    if (!first || !second || !invoice) throw new Error('the seed has people and invoices');
    const attempts: [string, (tx: Parameters<Parameters<Store['transaction']>[0]>[0]) => Promise<void>][] = [
      ['same id', (tx) => tx.people.insert({ ...second, id: first.id, email: 'someone.new@example.org' })],
      ['same e-mail', (tx) => tx.people.insert({ ...second, id: 'person-new', email: first.email.toUpperCase() })],
      ['e-mail changed to a taken one', (tx) => tx.people.update({ ...second, email: first.email })],
      ['same invoice number', (tx) => tx.invoices.insert({ ...invoice, id: 'invoice-new' })],
    ];
    for (const [what, attempt] of attempts) {
      await expect(store.transaction(attempt), what).rejects.toBeInstanceOf(StoreConflict);
    }
    await store.transaction(async (tx) => {
      expect(await tx.people.get({ id: second.id })).toEqual(second);
      expect(await tx.invoices.find({ number: invoice.number })).toHaveLength(1);
    });
  });

  it('claims a key once: the second claim of it says no and changes nothing', async () => {
    const claim = {
      ownerId: 'ana-ortiz',
      key: 'claim-1',
      fingerprint: 'POST /x {}',
      state: 'in_flight' as const,
      status: null,
      body: null,
      createdAt: '2026-12-01T15:00:00.000Z',
    };
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        store.transaction((tx) => tx.idempotency.insertIfAbsent({ ...claim, fingerprint: `try ${String(i)}` })),
      ),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
    const [held] = await store.transaction((tx) => tx.idempotency.find({ ownerId: 'ana-ortiz', key: 'claim-1' }));
    expect(held?.fingerprint).toBe(`try ${String(answers.indexOf(true))}`);
  });

  it('undoes every write of a transaction that throws', async () => {
    const request = seed.memoRequests[0];
    if (!request) throw new Error('the seed has memo requests');
    const failed = store.transaction(async (tx) => {
      await tx.memoRequests.update({ ...request, title: 'Changed', version: request.version + 1 });
      await tx.policyAreas.insert({ id: 'area-new', name: 'New area' });
      await tx.memoDrafts.delete({ personId: 'nobody', memberId: 'nowhere' });
      throw new Error('the rule refused');
    });
    await expect(failed).rejects.toThrow('the rule refused');
    await store.transaction(async (tx) => {
      expect(await tx.memoRequests.get({ id: request.id })).toEqual(request);
      expect(await tx.policyAreas.get({ id: 'area-new' })).toBeUndefined();
    });
  });

  it('makes new ids after the seed, never the same one twice, even at once', async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, () => store.transaction((tx) => tx.nextId('memo'))));
    expect(new Set(ids).size).toBe(20);
    for (const id of ids) {
      expect(id).toMatch(/^memo-\d{5,}$/);
      expect(Number(id.slice(5))).toBeGreaterThan(seed.sequence);
    }
  });

  it.each([2, 5, 20])('holds a row for its transaction: %i at once each add one, none lost', async (n) => {
    const invoice = seed.invoices[1];
    if (!invoice) throw new Error('the seed has invoices');
    const key = { id: invoice.id };
    const before = (await store.transaction((tx) => tx.invoices.get(key)))?.version ?? 0;
    await Promise.all(
      Array.from({ length: n }, () =>
        store.transaction(async (tx) => {
          const row = await tx.invoices.getForUpdate(key);
          if (!row) throw new Error('gone');
          // A pause between reading and writing: without the lock, the others would read the same version.
          await new Promise((resolve) => setTimeout(resolve, 5));
          await tx.invoices.update({ ...row, version: row.version + 1 });
        }),
      ),
    );
    expect((await store.transaction((tx) => tx.invoices.get(key)))?.version).toBe(before + n);
  });

  it('keeps a memo file apart: its request names it, its bytes come back byte for byte', async () => {
    const request = seed.memoRequests.find((m) => m.status === 'delivered' && !m.memo?.attachment);
    const memo = request?.memo;
    if (!request || !memo) throw new Error('the seed has a delivered memo without a file');
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);
    const contentBase64 = btoa(String.fromCharCode(...bytes));
    const summary = { fileName: 'memo.pdf', mediaType: 'application/pdf', sizeBytes: bytes.length };
    await store.transaction(async (tx) => {
      await tx.memoRequests.update({ ...request, memo: { ...memo, attachment: summary } });
      await tx.memoFiles.insert({ memoRequestId: request.id, ...summary, contentBase64 });
    });
    await store.transaction(async (tx) => {
      expect((await tx.memoRequests.get({ id: request.id }))?.memo?.attachment).toEqual(summary);
      expect((await tx.memoFiles.get({ memoRequestId: request.id }))?.contentBase64).toBe(contentBase64);
    });
  });

  it('searches the library as the memory store does: the same hits, order, pages and totals', async () => {
    const year = seed.briefingBooks[0]?.year;
    const area = seed.briefingBooks[0]?.policyAreaId;
    const searches: BriefingBookFilters[] = [
      { sort: 'newest' },
      { sort: 'oldest' },
      { sort: 'title' },
      { q: 'housing', sort: 'relevance' },
      { q: 'Housing  trust', sort: 'relevance' },
      { q: 'city', sort: 'title', year },
      { q: 'a', sort: 'relevance', policyArea: area },
      { sort: 'relevance', meetingId: 'summer-2025' },
      { q: 'no-such-word-anywhere', sort: 'relevance' },
      // LIKE's own characters are taken literally: '%' is not "anything".
      { q: '%', sort: 'relevance' },
      { q: '_ \\', sort: 'newest' },
    ];
    for (const filters of searches) {
      for (const [page, pageSize] of [
        [1, 20],
        [2, 7],
        [500, 20],
      ] as const) {
        const expected = libraryPageOf(seed.briefingBooks, filters, page, pageSize);
        const answer = await store.transaction((tx) => tx.searchLibrary(filters, page, pageSize));
        const seen = `${JSON.stringify(filters)} page ${String(page)}`;
        expect(answer.total, seen).toBe(expected.total);
        expect(
          answer.items.map((b) => b.id),
          seen,
        ).toEqual(expected.items.map((b) => b.id));
      }
    }
    const [first] = (await store.transaction((tx) => tx.searchLibrary({ sort: 'newest' }, 1, 1))).items;
    expect(first).toEqual(libraryPageOf(seed.briefingBooks, { sort: 'newest' }, 1, 1).items[0]);
  });

  it('finds a person by e-mail whatever its capitals, and nobody for an address not on file', async () => {
    const ana = seed.people.find((p) => p.id === 'ana-ortiz');
    if (!ana) throw new Error('the seed has Ana Ortiz');
    const found = await store.transaction((tx) => tx.personByEmail(ana.email.toUpperCase()));
    expect(found).toEqual(ana);
    expect(await store.transaction((tx) => tx.personByEmail('nobody@example.org'))).toBeUndefined();
  });

  it('finds the staff inbox as the memory store does: the same page, order, totals and counts', async () => {
    // A tie in waiting time (ids break it) and an answered application (waiting since the answer).
    await store.transaction(async (tx) => {
      const [first, second] = await tx.memoRequests.find({ status: 'submitted' });
      if (!first || !second) throw new Error('the seed has two new memo requests');
      await tx.memoRequests.update({ ...second, submittedAt: first.submittedAt });
      const [application] = await tx.applications.find({ status: 'received' });
      if (!application) throw new Error('the seed has a new application');
      const question = {
        id: 'q-store-test',
        question: 'Who will attend the first meeting?',
        askedAt: '2026-12-01T15:00:00.000Z',
        askedById: 'theo-grant',
        answer: 'The mayor.',
        answeredAt: '2026-12-02T09:30:15.250Z',
      };
      await tx.applications.update({ ...application, status: 'answered', questions: [question] });
    });
    const everyArea = ['programs', 'policy', 'finance', 'admin'] as const;
    const queries: Omit<WaitingWorkQuery, 'page' | 'pageSize'>[] = [
      { areas: everyArea, personId: 'morgan-hale', sort: 'oldest' },
      { areas: everyArea, personId: 'morgan-hale', sort: 'newest' },
      { areas: ['programs', 'policy'], personId: 'morgan-hale', sort: 'oldest', kind: 'memo_request' },
      { areas: ['programs', 'policy'], personId: 'morgan-hale', sort: 'oldest', assignedToMe: true },
      { areas: ['programs', 'policy'], personId: 'morgan-hale', sort: 'newest', stage: 'new', area: 'policy' },
      { areas: ['finance'], personId: 'theo-grant', sort: 'oldest', stage: 'in_progress' },
      { areas: ['finance'], personId: 'theo-grant', sort: 'newest', city: 'port-sheridan' },
      { areas: ['finance'], personId: 'theo-grant', sort: 'oldest', kind: 'memo_request' },
      { areas: ['admin'], personId: 'elena-park', sort: 'oldest' },
    ];
    for (const query of queries) {
      for (const [page, pageSize] of [
        [1, 25],
        [2, 4],
        [40, 25],
      ] as const) {
        const asked = { ...query, page, pageSize };
        const [answer, expected] = await store.transaction(async (tx) => [
          await tx.waitingWork(asked),
          waitingWorkOf(
            {
              memoRequests: await tx.memoRequests.find(),
              registrations: await tx.registrations.find(),
              meetings: await tx.meetings.find(),
              assistanceRequests: await tx.assistanceRequests.find(),
              applications: await tx.applications.find(),
              invoices: await tx.invoices.find(),
              members: await tx.members.find(),
              people: await tx.people.find(),
            },
            asked,
          ),
        ]);
        expect(answer, JSON.stringify(asked)).toEqual(expected);
      }
    }
    const everything = await store.transaction((tx) =>
      tx.waitingWork({ areas: everyArea, personId: 'morgan-hale', sort: 'oldest', page: 1, pageSize: 100 }),
    );
    expect(everything.total).toBeGreaterThan(20);
    expect(new Set(everything.entries.map((e) => e.kind)).size).toBe(5);
    expect(everything.entries.find((e) => e.kind === 'application')?.waitingSince).toBe('2026-12-02T09:30:15.250Z');
  });

  it("writes a meeting's invited cities with it, and none for a meeting open to all", async () => {
    const meeting = seed.meetings.find((m) => m.invitedMemberIds === null);
    const [a, b] = seed.members;
    if (!meeting || !a || !b) throw new Error('the seed has an open meeting and cities');
    await store.transaction((tx) => tx.meetings.update({ ...meeting, invitedMemberIds: [b.id, a.id] }));
    const invited = await store.transaction((tx) => tx.meetings.get({ id: meeting.id }));
    expect([...(invited?.invitedMemberIds ?? [])].sort()).toEqual([a.id, b.id].sort());
    await store.transaction((tx) => tx.meetings.update({ ...meeting, invitedMemberIds: [] }));
    expect((await store.transaction((tx) => tx.meetings.get({ id: meeting.id })))?.invitedMemberIds).toEqual([]);
    await store.transaction((tx) => tx.meetings.update(meeting));
    expect(await store.transaction((tx) => tx.meetings.get({ id: meeting.id }))).toEqual(meeting);
  });
});

describe('the seed load order', () => {
  it('names every table once', () => {
    expect([...LOAD_ORDER].sort()).toEqual([...TABLE_NAMES].sort());
  });
});

import { StoreConflict, formatId, type SeedMark, type Store, type StoreTx, type Table } from '../../server/store/store';
import {
  TABLE_KEYS,
  TABLE_UNIQUES,
  compareByKey,
  fieldOf,
  type KeyOf,
  type TableName,
  type Tables,
  type Where,
} from '../../server/store/tables';
import { libraryPageOf } from '../../server/store/library-search';
import { waitingWorkOf } from '../../server/store/waiting-work';
import type { MockDb } from '../db/schema';

/**
 * The store on the mock's in-memory database (the embedded mock in the browser and in Node tests).
 * Transactions run one at a time, and a transaction that throws is undone, so a rule behaves here
 * as it does on PostgreSQL. `database` is asked for on every transaction: tests reseed and the
 * browser swaps in its stored copy.
 */
export function createMemoryStore(database: () => MockDb): Store {
  let queue: Promise<unknown> = Promise.resolve();

  async function run<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    const db = database();
    const undo: (() => void)[] = [];
    try {
      return await work(memoryTx(db, undo));
    } catch (error) {
      for (const step of undo.reverse()) step();
      throw error;
    }
  }

  return {
    transaction(work) {
      const result = queue.then(() => run(work));
      queue = result.catch(() => undefined);
      return result;
    },
    seedMark() {
      const db = database();
      return Promise.resolve({ seedVersion: db.seedVersion, seededAt: db.seededAt });
    },
    markSeeded(mark: SeedMark, sequence: number) {
      Object.assign(database(), { ...mark, sequence });
      return Promise.resolve();
    },
  };
}

function memoryTx(db: MockDb, undo: (() => void)[]): StoreTx {
  const tables = Object.fromEntries(
    (Object.keys(TABLE_KEYS) as TableName[]).map((name) => [name, memoryTable(db, name, undo)]),
  ) as unknown as Omit<StoreTx, 'nextId' | 'searchLibrary' | 'waitingWork' | 'personByEmail'>;
  return {
    ...tables,
    nextId(prefix) {
      db.sequence += 1;
      return Promise.resolve(formatId(prefix, db.sequence));
    },
    // The live rows, uncopied: the search's index is kept beside that very array (see memoryTable).
    searchLibrary: (filters, page, pageSize) => settle(() => libraryPageOf(db.briefingBooks, filters, page, pageSize)),
    waitingWork: (query) => settle(() => waitingWorkOf(db, query)),
    personByEmail: (email) =>
      settle(() => {
        const wanted = email.toLowerCase();
        const found = db.people.find((p) => p.email.toLowerCase() === wanted);
        return found && structuredClone(found);
      }),
  };
}

function memoryTable<T extends TableName>(db: MockDb, name: T, undo: (() => void)[]): Table<Tables[T], KeyOf<T>> {
  type Row = Tables[T];
  const rows = () => db[name] as unknown as Row[];
  // A write makes a new array rather than changing the old one, so whatever is kept beside an
  // array (the library's search index) is never stale.
  const setRows = (next: Row[]) => {
    (db as unknown as Record<TableName, Row[]>)[name] = next;
  };
  const keyFields: readonly string[] = TABLE_KEYS[name];
  const uniques = (TABLE_UNIQUES[name] ?? []) as readonly ((row: Row) => string)[];
  const sameKey = (row: Row, key: KeyOf<T> | Row) => keyFields.every((f) => fieldOf(row, f) === fieldOf(key, f));
  const indexOf = (key: KeyOf<T> | Row) => rows().findIndex((row) => sameKey(row, key));

  function checkUniques(row: Row, exceptIndex: number) {
    if (indexOf(row) !== -1 && indexOf(row) !== exceptIndex) throw new StoreConflict(name, 'key taken');
    for (const valueOf of uniques) {
      const value = valueOf(row);
      if (rows().some((other, i) => i !== exceptIndex && valueOf(other) === value)) {
        throw new StoreConflict(name, `unique value taken: ${value}`);
      }
    }
  }

  const table: Table<Row, KeyOf<T>> = {
    get: (key) =>
      settle(() => {
        const found = rows().find((row) => sameKey(row, key));
        return found && structuredClone(found);
      }),
    // Transactions run one at a time here: holding the row is holding it already.
    getForUpdate: (key) => table.get(key),
    find: (where?: Where<Row>) =>
      settle(() => {
        const wanted = Object.entries(where ?? {});
        const found = rows().filter((row) => wanted.every(([field, value]) => fieldOf(row, field) === value));
        return structuredClone(found).sort(compareByKey(name));
      }),
    insert: (row) =>
      settle(() => {
        checkUniques(row, -1);
        const copy = structuredClone(row);
        setRows([...rows(), copy]);
        undo.push(() => {
          setRows(rows().filter((r) => r !== copy));
        });
      }),
    insertIfAbsent: (row) =>
      table.insert(row).then(
        () => true,
        (error: unknown) => {
          if (error instanceof StoreConflict) return false;
          throw error;
        },
      ),
    update: (row) =>
      settle(() => {
        const at = indexOf(row);
        if (at === -1) throw new Error(`${name}: no row to update`);
        checkUniques(row, at);
        const before = rows()[at] as Row;
        const copy = structuredClone(row);
        setRows(rows().map((r) => (r === before ? copy : r)));
        undo.push(() => {
          setRows(rows().map((r) => (r === copy ? before : r)));
        });
      }),
    delete: (key) =>
      settle(() => {
        const at = indexOf(key);
        if (at === -1) return false;
        const before = rows()[at] as Row;
        setRows(rows().filter((r) => r !== before));
        undo.push(() => {
          setRows([...rows().slice(0, at), before, ...rows().slice(at)]);
        });
        return true;
      }),
  };
  return table;
}

/** Runs a step now and answers as a store does, with a promise: a refusal is a rejection, not a throw. */
function settle<T>(step: () => T): Promise<T> {
  try {
    return Promise.resolve(step());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

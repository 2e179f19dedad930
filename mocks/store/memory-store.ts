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
  ) as unknown as Omit<StoreTx, 'nextId'>;
  return {
    ...tables,
    nextId(prefix) {
      db.sequence += 1;
      return Promise.resolve(formatId(prefix, db.sequence));
    },
  };
}

function memoryTable<T extends TableName>(db: MockDb, name: T, undo: (() => void)[]): Table<Tables[T], KeyOf<T>> {
  type Row = Tables[T];
  const rows = () => db[name] as unknown as Row[];
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
        rows().push(copy);
        undo.push(() => {
          const at = rows().indexOf(copy);
          if (at !== -1) rows().splice(at, 1);
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
        rows()[at] = copy;
        undo.push(() => {
          const now = rows().indexOf(copy);
          if (now !== -1) rows()[now] = before;
        });
      }),
    delete: (key) =>
      settle(() => {
        const at = indexOf(key);
        if (at === -1) return false;
        const [before] = rows().splice(at, 1) as [Row];
        undo.push(() => {
          rows().splice(Math.min(at, rows().length), 0, before);
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

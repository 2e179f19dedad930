import type { BriefingBookFilters, LibraryPage } from './library-search';
import type { WaitingWorkPage, WaitingWorkQuery } from './waiting-work';
import type { PersonRow } from '../../mocks/db/rows/people';
import type { KeyOf, TableName, Tables, Where } from './tables';

/**
 * One table inside a transaction. Every read is a copy: a rule changes a row by writing it back
 * with `update`, on the memory store as on SQL, so a forgotten write fails on both alike.
 */
export interface Table<Row, Key> {
  /** The row with this key, or undefined. */
  get(key: Key): Promise<Row | undefined>;
  /** The same, held for this transaction: another transaction asking for it waits (SELECT … FOR UPDATE). */
  getForUpdate(key: Key): Promise<Row | undefined>;
  /** The rows whose fields equal all of `where` (every row without it), in key order. */
  find(where?: Where<Row>): Promise<Row[]>;
  /** Adds a row; a `StoreConflict` when its key or a unique value is taken. */
  insert(row: Row): Promise<void>;
  /**
   * Adds a row unless its key or a unique value is taken, and says whether it did: the way to
   * claim something once. A claim another transaction holds but hasn't committed waits for it.
   */
  insertIfAbsent(row: Row): Promise<boolean>;
  /** Replaces the row with the same key; a `StoreConflict` for a unique value taken, an error when there is none. */
  update(row: Row): Promise<void>;
  /** Removes the row with this key; whether there was one. */
  delete(key: Key): Promise<boolean>;
}

export type StoreTables = { readonly [T in TableName]: Table<Tables[T], KeyOf<T>> };

/**
 * What a transaction reads and writes: the tables, the one rising sequence behind new ids, and
 * the queries a store answers its own way because it does them well (the library's search, the
 * staff inbox).
 */
export interface StoreTx extends StoreTables {
  /** A readable id unique in this store: `prefix-00042`. */
  nextId(prefix: string): Promise<string>;
  /**
   * One page of the library's books that match, best first, and how many match in all
   * (server/store/library-search.ts says how). The rows are read-only.
   */
  searchLibrary(filters: BriefingBookFilters, page: number, pageSize: number): Promise<LibraryPage>;
  /**
   * One page of what waits for MIP across every kind of request, and how much of each kind
   * (server/store/waiting-work.ts says which records wait, and how they are ordered).
   */
  waitingWork(query: WaitingWorkQuery): Promise<WaitingWorkPage>;
  /** The person whose e-mail this is, whatever its capitals (the unique value of `people`). */
  personByEmail(email: string): Promise<PersonRow | undefined>;
}

/** Which seed the store holds, if any: a store holding an older seed's shape is reseeded. */
export interface SeedMark {
  seedVersion: number;
  seededAt: string;
}

export interface Store {
  /**
   * Runs `work` as one transaction: all of its writes land, or, when it throws, none does and the
   * error comes out. Transactions that touch the same rows never see each other's half-done work.
   */
  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
  /** The seed loaded into the store, or null when it is empty. */
  seedMark(): Promise<SeedMark | null>;
  /** Records the loaded seed and makes new ids start after `sequence`. */
  markSeeded(mark: SeedMark, sequence: number): Promise<void>;
}

/** A key or unique value already held by another row. */
export class StoreConflict extends Error {
  constructor(
    readonly table: TableName,
    detail: string,
  ) {
    super(`${table}: ${detail}`);
    this.name = 'StoreConflict';
  }
}

/** `prefix-00042`: the mock's readable ids, so both stores make ids that look alike. */
export function formatId(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(5, '0')}`;
}

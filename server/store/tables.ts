import type { MockDb } from '../../mocks/db/schema';

/**
 * The Hub's tables as the rules see them, whichever store holds them: one row type per table,
 * plain JSON (strings, numbers, booleans, null, arrays, objects). The row types are the mock's
 * (mocks/db/rows); the SQL store maps them to its columns.
 */
export type Tables = { [K in Exclude<keyof MockDb, 'seedVersion' | 'seededAt' | 'sequence'>]: MockDb[K][number] };

export type TableName = keyof Tables;

/**
 * Each table's key: the fields that name one row. Rows keyed by what they belong to (a draft per
 * person and city) have that pair as their key, which is the rule.
 */
export const TABLE_KEYS = {
  members: ['id'],
  people: ['id'],
  delegations: ['id'],
  sessions: ['id'],
  signInFailures: ['id'],
  welcomeLinks: ['id'],
  previews: ['id'],
  meetings: ['id'],
  registrations: ['id'],
  memoRequests: ['id'],
  memoFiles: ['memoRequestId'],
  memoDrafts: ['personId', 'memberId'],
  benefitRules: ['membershipYearLabel'],
  policyAreas: ['id'],
  briefingBooks: ['id'],
  bookmarks: ['personId', 'bookId'],
  tracks: ['id'],
  trackMemberships: ['personId', 'trackId'],
  emailPreferences: ['personId'],
  invoices: ['id'],
  paymentPlans: ['memberId'],
  packets: ['memberId', 'membershipYearLabel'],
  receivedPayments: ['id'],
  checkoutSessions: ['id'],
  assistanceRequests: ['id'],
  accessLog: ['id'],
  idempotency: ['ownerId', 'key'],
  applications: ['id'],
  staffActions: ['id'],
  outbox: ['id'],
} as const satisfies { [T in TableName]: readonly (keyof Tables[T] & string)[] };

export type KeyField<T extends TableName> = (typeof TABLE_KEYS)[T][number];
export type KeyOf<T extends TableName> = Pick<Tables[T], KeyField<T> & keyof Tables[T]>;

/**
 * Other values that only one row may hold, beside the key, as the SQL schema's unique indexes say:
 * one account per e-mail and one city per name and state whatever the capitals, one invoice per
 * number. The memory store checks the same, so a rule that relies on one behaves alike on both.
 */
export const TABLE_UNIQUES: { [T in TableName]?: readonly ((row: Tables[T]) => string)[] } = {
  people: [(p) => p.email.toLowerCase()],
  members: [(m) => `${m.state}\u0000${m.city.toLowerCase()}`],
  invoices: [(i) => i.number],
};

/** Fields a `find` may filter on: those holding one value (not lists or objects). */
export type ScalarFields<Row> = {
  [F in keyof Row]: Row[F] extends string | number | boolean | null ? F : never;
}[keyof Row];

/** Rows whose fields equal all the given values (`null` matches null). */
export type Where<Row> = Partial<Pick<Row, ScalarFields<Row>>>;

/** Rows are read in key order on every store: field by field, strings compared by code unit. */
export function compareByKey<T extends TableName>(table: T): (a: Tables[T], b: Tables[T]) => number {
  const fields: readonly string[] = TABLE_KEYS[table];
  return (a, b) => {
    for (const field of fields) {
      const x = String(fieldOf(a, field));
      const y = String(fieldOf(b, field));
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}

/** One field of a row named at run time (a key field, a filter's field). */
export function fieldOf(row: object, field: string): unknown {
  return (row as Record<string, unknown>)[field];
}

import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { instantInZone } from '../../../mocks/db/dates';
import type { MeetingRow } from '../../../mocks/db/rows/meetings';
import type { MemoFileRow, MemoRequestRow } from '../../../mocks/db/rows/benefits';
import { base64ToBytes, bytesToBase64 } from '../../../src/lib/base64';
import type { TableName } from '../tables';
import * as schema from './schema/index';
import { instantFromSql } from './sql-values';

type Record_ = Record<string, unknown>;

/**
 * How one of the rules' tables lives in SQL: the table that holds it, what to read besides its own
 * columns, and the two translations. Most rows are their table's columns as they are (instants
 * made ISO again); a few are spread over more than one table.
 */
export interface TableMapping {
  table: PgTable;
  /** The columns a `find` or a key can name: the row's scalar fields, under the same names. */
  columns: Record<string, PgColumn>;
  /** Read beside the table's own columns (a joined or computed value). */
  extra?: Record<string, SQL.Aliased | PgColumn>;
  /** Joined in when reading (left join, so the row is there without it). */
  join?: { table: PgTable; on: SQL };
  fromSql(record: Record_): unknown;
  toSql(row: object): Record_;
  /** Rows in other tables written with this one (a meeting's invitations), after the row itself. */
  writeChildren?: (row: object) => { table: PgTable; parent: SQL; rows: Record_[] } | null;
}

/** Columns read as instants: made ISO again on the way out. */
function instantColumns(table: PgTable): string[] {
  return Object.entries(getTableColumns(table))
    .filter(([, column]) => column.columnType === 'PgTimestampString')
    .map(([name]) => name);
}

function withIsoInstants(record: Record_, instants: readonly string[]): Record_ {
  const out = { ...record };
  for (const name of instants) {
    const value = out[name];
    if (typeof value === 'string') out[name] = instantFromSql(value);
  }
  return out;
}

/** A row that is its table's columns, one for one. */
function plain(table: PgTable): TableMapping {
  const instants = instantColumns(table);
  return {
    table,
    columns: getTableColumns(table),
    fromSql: (record) => withIsoInstants(record, instants),
    toSql: (row) => ({ ...row }),
  };
}

/** A memo request's delivered memo is three columns here, and its file's name and size come from memo_files. */
function memoRequestsMapping(): TableMapping {
  const t = schema.memoRequests;
  const f = schema.memoFiles;
  const instants = instantColumns(t);
  return {
    table: t,
    columns: getTableColumns(t),
    extra: { fileName: f.fileName, fileMediaType: f.mediaType, fileSizeBytes: f.sizeBytes },
    join: { table: f, on: sql`${f.memoRequestId} = ${t.id}` },
    fromSql(record) {
      const { memoDeliveredAt, memoAuthorId, memoBodyHtml, fileName, fileMediaType, fileSizeBytes, ...rest } =
        withIsoInstants(record, instants);
      const attachment =
        typeof fileName === 'string'
          ? { fileName, mediaType: fileMediaType as string, sizeBytes: fileSizeBytes as number }
          : null;
      const memo =
        typeof memoDeliveredAt === 'string'
          ? {
              deliveredAt: memoDeliveredAt,
              authorId: memoAuthorId as string,
              bodyHtml: memoBodyHtml as string,
              attachment,
            }
          : null;
      return { ...rest, memo } satisfies Omit<MemoRequestRow, keyof typeof rest> & Record_;
    },
    toSql(row) {
      // The file itself is written as a memo_files row: the summary here is read back from it.
      const { memo, ...rest } = row as unknown as MemoRequestRow;
      return {
        ...rest,
        memoDeliveredAt: memo?.deliveredAt ?? null,
        memoAuthorId: memo?.authorId ?? null,
        memoBodyHtml: memo?.bodyHtml ?? null,
      };
    },
  };
}

/** A memo's file: bytes here, base64 in the rules (as in the contract). */
function memoFilesMapping(): TableMapping {
  return {
    table: schema.memoFiles,
    columns: getTableColumns(schema.memoFiles),
    fromSql(record) {
      const { content, ...rest } = record;
      return { ...rest, contentBase64: bytesToBase64(content as Uint8Array) } satisfies Record_;
    },
    toSql(row) {
      const { contentBase64, ...rest } = row as unknown as MemoFileRow;
      return { ...rest, content: base64ToBytes(contentBase64) ?? new Uint8Array() };
    },
  };
}

/** A meeting's invited cities are rows of meeting_invitations, a set read in id order. */
function meetingsMapping(): TableMapping {
  const t = schema.meetings;
  const i = schema.meetingInvitations;
  const instants = instantColumns(t);
  return {
    table: t,
    columns: getTableColumns(t),
    extra: {
      invitedIds: sql<
        string[]
      >`(select coalesce(array_agg(${i.memberId} order by ${i.memberId} collate "C"), '{}') from ${i} where ${i.meetingId} = ${t.id})`.as(
        'invited_ids',
      ),
    },
    fromSql(record) {
      const { inviteOnly, invitedIds, ...rest } = withIsoInstants(record, instants);
      // A meeting's times are written in its own zone, as the seed and the contract show them.
      const timeZone = rest.timeZone as string;
      for (const name of instants) {
        const value = rest[name];
        if (typeof value === 'string') rest[name] = instantInZone(value, timeZone);
      }
      return { ...rest, invitedMemberIds: inviteOnly ? invitedIds : null } satisfies Record_;
    },
    toSql(row) {
      const { invitedMemberIds, ...rest } = row as unknown as MeetingRow;
      return { ...rest, inviteOnly: invitedMemberIds !== null };
    },
    writeChildren(row) {
      const meeting = row as unknown as MeetingRow;
      return {
        table: i,
        parent: sql`${i.meetingId} = ${meeting.id}`,
        rows: (meeting.invitedMemberIds ?? []).map((memberId) => ({ meetingId: meeting.id, memberId })),
      };
    },
  };
}

/** Every table the rules use, where it lives in SQL. */
export const TABLE_MAPPINGS: { readonly [T in TableName]: TableMapping } = {
  members: plain(schema.members),
  people: plain(schema.people),
  delegations: plain(schema.delegations),
  sessions: plain(schema.sessions),
  signInFailures: plain(schema.signInFailures),
  welcomeLinks: plain(schema.welcomeLinks),
  previews: plain(schema.previews),
  meetings: meetingsMapping(),
  registrations: plain(schema.registrations),
  memoRequests: memoRequestsMapping(),
  memoFiles: memoFilesMapping(),
  memoDrafts: plain(schema.memoDrafts),
  benefitRules: plain(schema.benefitRules),
  policyAreas: plain(schema.policyAreas),
  briefingBooks: plain(schema.briefingBooks),
  bookmarks: plain(schema.bookmarks),
  tracks: plain(schema.tracks),
  trackMemberships: plain(schema.trackMemberships),
  emailPreferences: plain(schema.emailPreferences),
  invoices: plain(schema.invoices),
  paymentPlans: plain(schema.paymentPlans),
  packets: plain(schema.packets),
  receivedPayments: plain(schema.receivedPayments),
  checkoutSessions: plain(schema.checkoutSessions),
  assistanceRequests: plain(schema.assistanceRequests),
  accessLog: plain(schema.accessLog),
  idempotency: plain(schema.idempotencyKeys),
  applications: plain(schema.applications),
  staffActions: plain(schema.staffActions),
  outbox: plain(schema.outbox),
};

import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type {
  BookContentRow,
  BriefingBookRow,
  MemoHistoryStep,
  MemoNoteRow,
  TrackRow,
} from '../../../../mocks/db/rows/benefits';
import type { MemoStatus } from '../../../../src/api/contracts/memos';
import { bytes, calendarDate, instant } from './columns';
import { meetings } from './meetings';
import { memberRef, people, personRef } from './people';

export const policyAreas = pgTable('policy_areas', {
  id: text().primaryKey(),
  name: text().notNull(),
});

/** How many memos a city may request in a membership year ("2026–27"). */
export const benefitRules = pgTable('benefit_rules', {
  membershipYearLabel: text().primaryKey(),
  startsOn: calendarDate().notNull(),
  endsOn: calendarDate().notNull(),
  memoAllowance: integer().notNull(),
});

export const memoRequests = pgTable(
  'memo_requests',
  {
    id: text().primaryKey(),
    memberId: memberRef(),
    title: text().notNull(),
    policyAreaId: text()
      .notNull()
      .references(() => policyAreas.id),
    question: text().notNull(),
    background: text().notNull(),
    desiredDate: calendarDate(),
    status: text().$type<MemoStatus>().notNull(),
    /** The year whose allowance it used. */
    membershipYearLabel: text().notNull(),
    submittedAt: instant().notNull(),
    actorId: personRef(),
    subjectId: personRef(),
    /** Read and written only with the request, oldest first. */
    history: jsonb().$type<MemoHistoryStep[]>().notNull(),
    assigneeId: text().references(() => people.id),
    publishDeidentified: boolean().notNull(),
    /** The delivered memo (all three set on delivery, none before); its file is in memo_files. */
    memoDeliveredAt: instant(),
    memoAuthorId: text().references(() => people.id),
    memoBodyHtml: text(),
    /** Staff-only notes, read and written only with the request. */
    internalNotes: jsonb().$type<MemoNoteRow[]>().notNull(),
    version: integer().notNull(),
  },
  (t) => [
    check(
      'memo_requests_memo_whole',
      sql`(${t.memoDeliveredAt} is null) = (${t.memoAuthorId} is null) and (${t.memoDeliveredAt} is null) = (${t.memoBodyHtml} is null)`,
    ),
  ],
);

/** A delivered memo's file, out of the request's row so listing requests never reads megabytes. */
export const memoFiles = pgTable(
  'memo_files',
  {
    memoRequestId: text()
      .primaryKey()
      .references(() => memoRequests.id, { onDelete: 'cascade' }),
    fileName: text().notNull(),
    mediaType: text().notNull(),
    sizeBytes: integer().notNull(),
    content: bytes().notNull(),
  },
  (t) => [check('memo_files_size_matches', sql`${t.sizeBytes} = octet_length(${t.content})`)],
);

/** At most one unsent request per person and city: the key says so. */
export const memoDrafts = pgTable(
  'memo_drafts',
  {
    personId: text()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    memberId: memberRef(),
    title: text().notNull(),
    policyAreaId: text().references(() => policyAreas.id),
    question: text().notNull(),
    background: text().notNull(),
    desiredDate: calendarDate(),
    savedAt: instant().notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.memberId] })],
);

/**
 * The library: briefing books and other resources. Searched by words anywhere in the title or the
 * summary (a trigram index on both, lower-cased, answers `like '%word%'`), and listed newest first.
 */
export const briefingBooks = pgTable(
  'briefing_books',
  {
    id: text().primaryKey(),
    kind: text().$type<BriefingBookRow['kind']>().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    policyAreaId: text()
      .notNull()
      .references(() => policyAreas.id),
    year: integer().notNull(),
    meetingId: text().references(() => meetings.id),
    /** Kept with the book: a library item outlives the meeting's listing. */
    meetingTitle: text(),
    publishedOn: calendarDate(),
    status: text().$type<BriefingBookRow['status']>().notNull().default('published'),
    /** What staff wrote; null while the seed's generated content stands (BriefingBookRow). */
    content: jsonb().$type<BookContentRow>(),
    version: integer().notNull().default(0),
    updatedAt: instant().notNull(),
  },
  (t) => [
    index('briefing_books_words').using('gin', sql`(lower(${t.title}) || ' ' || lower(${t.summary})) gin_trgm_ops`),
    index('briefing_books_published').on(t.publishedOn.desc(), t.id),
  ],
);

/** At most one bookmark per person and book: the key says so. */
export const bookmarks = pgTable(
  'bookmarks',
  {
    personId: text()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    bookId: text()
      .notNull()
      .references(() => briefingBooks.id, { onDelete: 'cascade' }),
    savedAt: instant().notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.bookId] })],
);

export const tracks = pgTable('tracks', {
  id: text().$type<TrackRow['id']>().primaryKey(),
  name: text().notNull(),
  summary: text().notNull(),
  /** An identity track (e.g. the Women Mayors' Network): joining it says something private. */
  identity: boolean().notNull(),
});

export const trackMemberships = pgTable(
  'track_memberships',
  {
    personId: text()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    trackId: text()
      .$type<TrackRow['id']>()
      .notNull()
      .references(() => tracks.id),
    joinedOn: calendarDate().notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.trackId] })],
);

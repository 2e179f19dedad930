import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type {
  ApplicationQuestionRow,
  ApplicationRow,
  DelegationRow,
  PersonRow,
  PopulationChangeRow,
} from '../../../../mocks/db/rows/people';
import { calendarDate, instant } from './columns';

/** Cities. The mayor points back at people without a foreign key: a city and its mayor are created together. */
export const members = pgTable(
  'members',
  {
    id: text().primaryKey(),
    city: text().notNull(),
    state: text().notNull(),
    population: integer().notNull(),
    populationSource: text().notNull(),
    populationAsOf: calendarDate().notNull(),
    populationChange: jsonb().$type<PopulationChangeRow>(),
    version: integer().notNull().default(0),
    mayorId: text().notNull(),
    kind: text().$type<'member' | 'prospective'>().notNull(),
    joinedOn: calendarDate(),
    /** "MM-DD", not a date: it recurs every year. */
    fiscalYearStart: text().notNull(),
  },
  // A city joins once (applications refuse a second one, whatever the capitals).
  (t) => [uniqueIndex('members_state_city_unique').on(t.state, sql`lower(${t.city})`)],
);

/** Everyone who signs in: mayors, city staff, MIP staff. */
export const people = pgTable(
  'people',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    email: text().notNull(),
    /** A password hash once the server has real passwords (issue 18); the mock's "demo" until then. */
    password: text().notNull(),
    title: text(),
    role: text().$type<PersonRow['role']>().notNull(),
    memberId: text().references(() => members.id),
    termStartedOn: calendarDate(),
    identifiesAsWoman: boolean().notNull(),
    listedInDirectory: boolean().notNull(),
    /** Ordered (the directory shows them in the person's order), so an array rather than a join table. */
    policyAreas: text().array().notNull(),
    staffAreas: text().array().$type<PersonRow['staffAreas']>().notNull(),
    deactivatedAt: instant(),
  },
  // The e-mail signs in, so it belongs to one account, whatever the capitals.
  (t) => [uniqueIndex('people_email_unique').on(sql`lower(${t.email})`)],
);

/** Only people who changed their e-mail updates have a row; the rest get the defaults. */
export const emailPreferences = pgTable('email_preferences', {
  personId: text()
    .primaryKey()
    .references(() => people.id),
  newsletter: boolean().notNull(),
  meetingAnnouncements: boolean().notNull(),
  trackNews: boolean().notNull(),
  requestUpdates: boolean().notNull(),
});

export const delegations = pgTable('delegations', {
  id: text().primaryKey(),
  memberId: text()
    .notNull()
    .references(() => members.id),
  mayorId: text()
    .notNull()
    .references(() => people.id),
  delegateId: text()
    .notNull()
    .references(() => people.id),
  scopes: text().array().$type<DelegationRow['scopes']>().notNull(),
  endsOn: calendarDate(),
  createdAt: instant().notNull(),
  revokedAt: instant(),
});

/** Who acted on a city's record on its behalf: delegates' actions and MIP staff's previews. */
export const accessLog = pgTable('access_log', {
  id: text().primaryKey(),
  memberId: text()
    .notNull()
    .references(() => members.id),
  kind: text().$type<'delegate_action' | 'staff_preview'>().notNull(),
  actorId: text()
    .notNull()
    .references(() => people.id),
  description: text().notNull(),
  startedAt: instant().notNull(),
  endedAt: instant(),
});

/** MIP staff looking at a city as its mayor would, read-only, for a limited time. */
export const previews = pgTable('previews', {
  id: text().primaryKey(),
  staffId: text()
    .notNull()
    .references(() => people.id),
  memberId: text()
    .notNull()
    .references(() => members.id),
  reason: text().notNull(),
  startedAt: instant().notNull(),
  expiresAt: instant().notNull(),
  endedAt: instant(),
  accessLogId: text()
    .notNull()
    .references(() => accessLog.id),
});

/** Recent refused sign-ins; asked for by account and by address, so both are indexed. */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: text().primaryKey(),
    accountKey: text().notNull(),
    address: text().notNull(),
    at: instant().notNull(),
  },
  (t) => [index('sign_in_failures_account').on(t.accountKey), index('sign_in_failures_address').on(t.address)],
);

/** Links of MIP's welcome e-mails, by the SHA-256 of their token (the token itself is never stored). */
export const welcomeLinks = pgTable(
  'welcome_links',
  {
    id: text().primaryKey(),
    personId: text()
      .notNull()
      .references(() => people.id),
    createdAt: instant().notNull(),
    expiresAt: instant().notNull(),
    usedAt: instant(),
  },
  (t) => [index('welcome_links_person').on(t.personId)],
);

/** Signed-in browsers, in the database so a restart or a second server keeps them. */
export const sessions = pgTable('sessions', {
  id: text().primaryKey(),
  personId: text()
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' }),
  createdAt: instant().notNull(),
  /** The sliding idle timeout counts from here. */
  lastSeenAt: instant().notNull(),
  previewId: text().references(() => previews.id),
});

export const applications = pgTable('applications', {
  id: text().primaryKey(),
  memberId: text()
    .notNull()
    .references(() => members.id),
  personId: text()
    .notNull()
    .references(() => people.id),
  status: text().$type<ApplicationRow['status']>().notNull(),
  submittedAt: instant().notNull(),
  decidedAt: instant(),
  /** What the applicant typed, kept as sent: the city's row holds its current data. */
  city: text().notNull(),
  state: text().notNull(),
  population: integer().notNull(),
  mayorName: text().notNull(),
  email: text().notNull(),
  termStartedOn: calendarDate(),
  billingContactName: text().notNull(),
  billingContactEmail: text().notNull(),
  /** Read and written only with the application. */
  questions: jsonb().$type<ApplicationQuestionRow[]>().notNull(),
  declineReason: text(),
  welcomeMessage: text(),
  version: integer().notNull(),
});

/**
 * Remembered answers to idempotent requests. The primary key is the rule "one key per owner":
 * two racing requests with the same key can't both insert.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** A person's id, or "anonymous": not a foreign key. */
    ownerId: text().notNull(),
    key: text().notNull(),
    fingerprint: text().notNull(),
    state: text().$type<'in_flight' | 'done'>().notNull(),
    status: integer(),
    body: jsonb().$type<unknown>(),
    createdAt: instant().notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerId, t.key] })],
);

/** A required column naming a city: most of the Hub's rows belong to one. */
export const memberRef = () =>
  text()
    .notNull()
    .references(() => members.id);
/** A required column naming a person (who asked, who acted). */
export const personRef = () =>
  text()
    .notNull()
    .references(() => people.id);

import type { StaffArea } from '../../../src/api/contracts/staff-work';
import type { Scope } from '../../../src/api/contracts/common';
import type { Role } from '../../../src/api/contracts/session';

/** Rows about cities, people, grants, sessions, previews and the access history. Plain JSON only (see db/schema.ts). */

/**
 * A population MIP's staff recorded for a city: it bills from the membership year starting on
 * `appliesFrom` (the year after the one it was recorded in), so an invoice already sent never changes.
 */
export interface PopulationChangeRow {
  population: number;
  source: string;
  asOf: string;
  appliesFrom: string;
  recordedAt: string;
  recordedById: string;
}

export interface MemberRow {
  id: string;
  city: string;
  state: string;
  /** The figure this membership year's dues follow, until `populationChange` applies. */
  population: number;
  /** Where that figure comes from ("US Census Bureau, 2020 Census") and the day it counts. */
  populationSource: string;
  populationAsOf: string;
  /** A newer figure that applies from the next membership year; null when there is none. */
  populationChange: PopulationChangeRow | null;
  /** Moves on with every change MIP's staff make to the record (If-Match). */
  version: number;
  mayorId: string;
  /** A prospective city has applied (or is about to) but is not a member yet. */
  kind: 'member' | 'prospective';
  joinedOn: string | null;
  /** Month and day the city's fiscal year starts, "MM-DD"; instalments fall within it. */
  fiscalYearStart: string;
}

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  /** The mock's only password is "demo"; stored so a real-looking check happens. */
  password: string;
  title: string | null;
  role: Role;
  memberId: string | null;
  termStartedOn: string | null;
  /**
   * Private self-identification; never shown in a directory or to anyone but the person themself.
   * Joining the Women Mayors' Network sets it and leaving clears it: joining is the identification.
   */
  identifiesAsWoman: boolean;
  /** Whether the person chose to appear in the network directory (if they belong in it at all). */
  listedInDirectory: boolean;
  /**
   * Policy-area ids the person works on, shown in the directory (mayors 1–3). For MIP staff, having
   * any makes them one of MIP's policy experts in the directory.
   */
  policyAreas: string[];
  /** MIP staff: the areas whose work they see and answer; empty for everyone else. */
  staffAreas: StaffArea[];
  /** When an admin deactivated the (MIP staff) account: it can't sign in; null while active. */
  deactivatedAt: string | null;
}

/** A person's e-mail updates; a person without a row gets the defaults (`DEFAULT_EMAIL_PREFERENCES`). */
export interface EmailPreferencesRow {
  personId: string;
  newsletter: boolean;
  meetingAnnouncements: boolean;
  trackNews: boolean;
  /** E-mails when MIP's staff act on a request the person made or that was made for them. */
  requestUpdates: boolean;
}

export interface DelegationRow {
  id: string;
  memberId: string;
  mayorId: string;
  delegateId: string;
  scopes: Scope[];
  endsOn: string | null;
  createdAt: string;
  revokedAt: string | null;
}

/** A sign-in refused for a wrong password: counted toward the limits per account and per address. */
export interface SignInFailureRow {
  id: string;
  /** The e-mail tried, lower-cased: an account or not, it is limited the same. */
  accountKey: string;
  address: string;
  at: string;
}

/**
 * A link of MIP's welcome e-mail (issue 19, decision 039): it sets the first password of an
 * account MIP's staff made. Only the token's SHA-256 is kept, so the table can't sign anyone in.
 */
export interface WelcomeLinkRow {
  /** SHA-256 of the token, hex. */
  id: string;
  personId: string;
  createdAt: string;
  expiresAt: string;
  /** When its person set their password with it; it works once. */
  usedAt: string | null;
}

export interface SessionRow {
  id: string;
  personId: string;
  createdAt: string;
  lastSeenAt: string;
  /** The live preview, if any (a row of `previews`). */
  previewId: string | null;
}

export interface PreviewRow {
  id: string;
  staffId: string;
  memberId: string;
  reason: string;
  startedAt: string;
  expiresAt: string;
  endedAt: string | null;
  accessLogId: string;
}

export interface AccessLogRow {
  id: string;
  memberId: string;
  kind: 'delegate_action' | 'staff_preview';
  actorId: string;
  description: string;
  startedAt: string;
  endedAt: string | null;
}

/** A city's membership application, as the mayor filled it in (the city's row holds its current data). */
export interface ApplicationRow {
  id: string;
  memberId: string;
  personId: string;
  status: 'received' | 'information_requested' | 'answered' | 'approved' | 'declined';
  submittedAt: string;
  decidedAt: string | null;
  city: string;
  state: string;
  population: number;
  mayorName: string;
  email: string;
  termStartedOn: string | null;
  billingContactName: string;
  billingContactEmail: string;
  /** MIP's questions and the applicant's answers, oldest first. */
  questions: ApplicationQuestionRow[];
  declineReason: string | null;
  welcomeMessage: string | null;
  /** Moves on with every change MIP's staff or the applicant make (If-Match). */
  version: number;
}

export interface ApplicationQuestionRow {
  id: string;
  question: string;
  askedAt: string;
  askedById: string;
  answer: string | null;
  answeredAt: string | null;
}

export interface IdempotencyRow {
  /** Keys are per person: the person's id, or "anonymous" for public requests. */
  ownerId: string;
  key: string;
  fingerprint: string;
  state: 'in_flight' | 'done';
  status: number | null;
  body: unknown;
  createdAt: string;
}

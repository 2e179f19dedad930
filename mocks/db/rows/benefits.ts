import type { MemoStatus } from '../../../src/api/contracts/memos';
import type { TrackId } from '../../../src/api/contracts/tracks';

/** Rows about member benefits: memos, benefit rules, the briefing-book library and tracks. Plain JSON only (see db/schema.ts). */

export interface MemoRequestRow {
  id: string;
  memberId: string;
  title: string;
  policyAreaId: string;
  question: string;
  background: string;
  desiredDate: string | null;
  status: MemoStatus;
  membershipYearLabel: string;
  submittedAt: string;
  actorId: string;
  subjectId: string;
  /** Every step, oldest first; `message` is what MIP told the member with it (null for none). */
  history: MemoHistoryStep[];
  /** The MIP staff member working it, once someone took it (null until then). */
  assigneeId: string | null;
  /** The member's opt-in to MIP publishing the delivered memo de-identified; off until they choose. */
  publishDeidentified: boolean;
  /** The memo itself, once delivered (null before): MIP staff's rich text, who wrote it, its file if any. */
  memo: { deliveredAt: string; authorId: string; bodyHtml: string; attachment: MemoFileSummaryRow | null } | null;
  /** What MIP's staff note for each other, oldest first; never part of any member's answer. */
  internalNotes: MemoNoteRow[];
  /** Goes up with every change to the request, so a stale staff page can't overwrite a newer one (If-Match). */
  version: number;
}

export interface MemoHistoryStep {
  status: MemoStatus;
  at: string;
  byId: string;
  message: string | null;
}

export interface MemoNoteRow {
  id: string;
  text: string;
  at: string;
  byId: string;
}

/** What a memo request says of its file: enough to list and name it without reading its bytes. */
export interface MemoFileSummaryRow {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

/**
 * The memo as a file MIP attached, one per delivered request at most: checked by content on
 * upload, kept as base64 like the rest of the data. Its own table, so listing requests never
 * reads the bytes.
 */
export interface MemoFileRow extends MemoFileSummaryRow {
  memoRequestId: string;
  contentBase64: string;
}

/** A person's unsent memo request for a city: at most one row per person and city. */
export interface MemoDraftRow {
  personId: string;
  memberId: string;
  title: string;
  policyAreaId: string | null;
  question: string;
  background: string;
  desiredDate: string | null;
  savedAt: string;
}

export interface BenefitRuleRow {
  membershipYearLabel: string;
  startsOn: string;
  endsOn: string;
  memoAllowance: number;
}

export interface PolicyAreaRow {
  id: string;
  name: string;
}

export interface BriefingBookRow {
  id: string;
  kind: 'briefing_book' | 'resource';
  title: string;
  summary: string;
  policyAreaId: string;
  year: number;
  meetingId: string | null;
  meetingTitle: string | null;
  /** Null until first published; kept through unpublishing, so the library's order stays put. */
  publishedOn: string | null;
  /** Only published books are in the library; drafts are for MIP's staff (issue 19). */
  status: 'draft' | 'published';
  /**
   * What staff wrote: the introduction and sections. Null for the seed's books, whose content is
   * generated from the row (server/rules/briefing-book-detail.ts) until staff first save one.
   */
  content: BookContentRow | null;
  /** For If-Match: raised by each change staff make. */
  version: number;
  updatedAt: string;
}

/** A book in the library: published, so it has its date. Members see only these. */
export type PublishedBookRow = BriefingBookRow & { status: 'published'; publishedOn: string };

export const isPublished = (row: BriefingBookRow): row is PublishedBookRow =>
  row.status === 'published' && row.publishedOn !== null;

/** A book's content as staff wrote it: rich text already sanitized on the way in. */
export interface BookContentRow {
  introductionHtml: string;
  sections: {
    id: string;
    kind: 'panel' | 'workshop' | 'reading_list' | 'background';
    title: string;
    bodyHtml: string;
    speakers: { name: string; title: string; city: string | null }[];
    readings: { title: string; url: string | null; source: string }[];
  }[];
}

/** A book a person saved ("bookmarks per person"); at most one row per person and book. */
export interface BookmarkRow {
  personId: string;
  bookId: string;
  savedAt: string;
}

export interface TrackRow {
  id: TrackId;
  name: string;
  summary: string;
  identity: boolean;
}

export interface TrackMembershipRow {
  personId: string;
  trackId: TrackId;
  joinedOn: string;
}

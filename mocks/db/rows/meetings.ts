import type { MeetingKind, MeetingStatus } from '../../../src/api/contracts/meetings';
import type { TrackId } from '../../../src/api/contracts/tracks';

/** Rows about meetings and registrations. Plain JSON only (see db/schema.ts). */

export interface AgendaItemRow {
  startsAt: string;
  title: string;
  description: string;
}

export interface MeetingRow {
  id: string;
  kind: MeetingKind;
  status: MeetingStatus;
  /** When MIP canceled it; null while scheduled. */
  canceledAt: string | null;
  title: string;
  summary: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venue: { name: string; address: string; city: string; state: string };
  registrationOpensAt: string;
  registrationClosesAt: string;
  capacity: number | null;
  travelSupportOffered: boolean;
  briefingBookId: string | null;
  trackId: TrackId | null;
  /** null: open to every member; otherwise only these members see it. */
  invitedMemberIds: string[] | null;
  agenda: AgendaItemRow[];
  /** The calendar file's SEQUENCE: raised with each change of time or place, so calendars update the event. */
  sequence: number;
  /** Moves on with every change MIP's staff make; If-Match names it. */
  version: number;
}

/** A request for travel support riding on a registration, and MIP's decision once made. */
export interface TravelSupportRow {
  estimatedCostCents: number;
  note: string;
  status: 'requested' | 'approved' | 'declined';
  /** What MIP covers once approved; null otherwise. */
  approvedCents: number | null;
  /** MIP's message with an approval or its reason for declining; null when none. */
  decisionNote: string | null;
  decidedAt: string | null;
  decidedById: string | null;
}

export interface RegistrationRow {
  id: string;
  meetingId: string;
  memberId: string;
  attendee: {
    kind: 'mayor' | 'staff' | 'council';
    name: string;
    title: string;
    email: string;
    dietaryNeeds: string;
    accessibilityNeeds: string;
    /** When and how they expect to arrive, in their own words. */
    arrival: string;
  };
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  travelSupport: TravelSupportRow | null;
  /** Rows created in the same millisecond keep their order through their ids (db.nextId's sequence). */
  createdAt: string;
  /** Who registered them and for whom: a delegate registering is actor ≠ subject. */
  actorId: string;
  subjectId: string;
  /** Moves on with every change MIP's staff make (travel support); If-Match names it. */
  version: number;
}

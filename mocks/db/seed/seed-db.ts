import { addMinutes } from '../dates';
import { isPublished } from '../rows/benefits';
import type { ApplicationRow } from '../rows/people';
import type { MockDb } from '../schema';
import { seedAccessLog } from './access-log';
import { seedBookmarks } from './bookmarks';
import { seedBriefingBooks } from './briefing-books';
import { seedDemoDelegations } from './delegations';
import { seedDemoMembers, seedDemoPeople } from './demo-people';
import { seedDues } from './dues';
import { seedAssistanceRequests, seedCheckoutSessions } from './dues-requests';
import { seedEmailPreferences } from './email-preferences';
import { seedGeneratedMembers } from './generated-members';
import { seedInviteOnlyMeetings } from './invite-only-meetings';
import { seedGatherings } from './meetings';
import { seedMemoFiles, seedMemoRequests, seedStaffActions } from './memos';
import { POLICY_AREAS, TRACKS, seedBenefitRules } from './reference-data';
import { seedRegistrations } from './registrations';
import { createSeedContext } from './seed-context';
import { seedTrackMemberships } from './tracks';

/** Bump when the seed's shape or content changes: stored browser copies of older seeds are dropped. */
export const SEED_VERSION = 22;

/** Lee Chen applied for Millbrook six days ago; MIP has not decided yet. */
function seedMillbrookApplication(now: Date): ApplicationRow {
  return {
    id: 'app-millbrook',
    memberId: 'millbrook',
    personId: 'lee-chen',
    status: 'received',
    submittedAt: addMinutes(now, -6 * 24 * 60 + 14 * 60 + 5),
    decidedAt: null,
    city: 'Millbrook',
    state: 'NY',
    population: 45_000,
    mayorName: 'Lee Chen',
    email: 'lee.chen@millbrook.example',
    termStartedOn: '2023-01-02',
    billingContactName: 'Rosa Delgado, Finance Director',
    billingContactEmail: 'finance@millbrook.example',
    questions: [],
    declineReason: null,
    welcomeMessage: null,
    version: 0,
  };
}

/** The instant a seed is built for: the start of its UTC day, so every seeded event is already past. */
export function seedInstantOf(now: Date): Date {
  return new Date(`${now.toISOString().slice(0, 10)}T00:00:00.000Z`);
}

/**
 * Builds the whole database for a seed date. Same date, same data: the time of day is dropped,
 * and there is no Math.random and no real clock in here.
 */
export function buildSeed(date: Date): MockDb {
  const now = seedInstantOf(date);
  const ctx = createSeedContext(now);
  const generated = seedGeneratedMembers(ctx);
  const members = [...seedDemoMembers(), ...generated.map((g) => g.member)];
  const people = [...seedDemoPeople(), ...generated.map((g) => g.mayor)];
  const tracks = seedTrackMemberships(ctx, generated);
  const meetings = [
    ...seedGatherings(ctx),
    ...seedInviteOnlyMeetings(
      ctx,
      generated.map((g) => g.member.id),
      tracks.firstTermMemberIds,
    ),
  ].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const dues = seedDues(ctx, [
    ...seedDemoMembers().map((member) => ({ member, standing: 'paid' as const })),
    ...generated,
  ]);
  const registrations = seedRegistrations(ctx, meetings, { members, peopleById });
  const memoRequests = seedMemoRequests(ctx, generated);
  const checkoutSessions = seedCheckoutSessions(dues.invoices);
  const access = seedAccessLog(ctx, {
    people,
    meetings,
    registrations,
    memoRequests,
    invoices: dues.invoices,
    checkoutSessions,
  });
  const briefingBooks = seedBriefingBooks(ctx, meetings);
  return {
    seedVersion: SEED_VERSION,
    seededAt: now.toISOString(),
    sequence: 1,
    members,
    people,
    delegations: seedDemoDelegations(ctx),
    sessions: [],
    signInFailures: [],
    welcomeLinks: [],
    previews: access.previews,
    meetings,
    registrations,
    memoRequests,
    memoFiles: seedMemoFiles(memoRequests),
    memoDrafts: [],
    benefitRules: seedBenefitRules(ctx),
    policyAreas: [...POLICY_AREAS],
    briefingBooks,
    bookmarks: seedBookmarks(ctx, briefingBooks.filter(isPublished)),
    tracks: [...TRACKS],
    trackMemberships: tracks.memberships,
    emailPreferences: seedEmailPreferences(),
    invoices: dues.invoices,
    paymentPlans: dues.paymentPlans,
    packets: dues.packets,
    receivedPayments: [],
    checkoutSessions,
    assistanceRequests: seedAssistanceRequests(ctx, dues.invoices, members),
    accessLog: access.accessLog,
    idempotency: [],
    applications: [seedMillbrookApplication(now)],
    staffActions: seedStaffActions(memoRequests),
    outbox: [],
  };
}

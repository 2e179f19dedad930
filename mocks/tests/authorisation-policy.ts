/**
 * Who may do what: the authorisation policy of every endpoint of the inventory, for the matrix in
 * authorisation-matrix.test.ts (docs: quality.md "Security and roles", product.md "Who uses it" and
 * "Delegation and preview"). Every cell not listed as allowed is DENIED and must answer 401, 403 or
 * 404, never 2xx. A meta-test fails when an endpoint of the inventory has no row here, or a row
 * names an operation that no longer exists.
 *
 * Reading a row: `own` and `another` list the actors that may succeed against their own city (or
 * person, or record) and against another one; everyone else is denied. `anyCity` is for endpoints
 * not bound to any city (sign-in, the library, public reference data): one cell per actor.
 * `refused` names allowed cells where the access rule lets the actor through but a documented
 * business rule answers 409 with that code (e.g. Lakeport has used its memo allowance): the cell
 * proves access was granted, and it is still never a 2xx.
 */
import type { Scope } from '../../src/api/contracts/common';

export type ActorKind =
  | 'anonymous'
  | 'mayor'
  | 'delegate'
  | 'delegateMeetingsOnly'
  | 'delegateWithoutMeetings'
  | 'otherCityDelegate'
  | 'revokedDelegate'
  | 'staffPreviewing'
  | 'staff'
  | 'staffFinance'
  | 'staffAdmin'
  | 'prospective';

export type Side = 'own' | 'another';

/** The city, and the person of `/people/{personId}/…`, that an actor's "own" or "another" cell aims at. */
export interface Target {
  city: string;
  person: string;
}

export interface Actor {
  label: string;
  /** Signs in with this e-mail (password `demo`); null: no session at all. */
  email: string | null;
  /** MIP staff only: the city previewed right after signing in. */
  previews?: string;
  /** A live delegation added before signing in, where the seed has no delegate with these scopes. */
  grant?: { city: string; mayor: string; scopes: Scope[] };
  own: Target;
  another: Target;
}

/**
 * The actors. For a delegate, "own person" is the mayor they act for (the delegation boundary is
 * what matters; a delegate's own bookmarks are the same self case as the mayor's). For MIP staff
 * outside a preview, "own person" is themself, and both cities are ones they are not previewing.
 */
export const ACTORS: Record<ActorKind, Actor> = {
  anonymous: {
    label: 'anonymous',
    email: null,
    own: { city: 'riverton', person: 'ana-ortiz' },
    another: { city: 'lakeport', person: 'marcus-bell' },
  },
  mayor: {
    label: 'mayor (Ana Ortiz, Riverton)',
    email: 'ana.ortiz@riverton.example',
    own: { city: 'riverton', person: 'ana-ortiz' },
    another: { city: 'lakeport', person: 'marcus-bell' },
  },
  delegate: {
    label: 'delegate with meetings+memos+dues (Jordan Lee for Riverton)',
    email: 'jordan.lee@riverton.example',
    own: { city: 'riverton', person: 'ana-ortiz' },
    another: { city: 'lakeport', person: 'marcus-bell' },
  },
  delegateMeetingsOnly: {
    label: 'delegate with meetings scope only (Jordan Lee for Cedar Falls)',
    email: 'jordan.lee@riverton.example',
    own: { city: 'cedar-falls', person: 'dana-whitfield' },
    another: { city: 'lakeport', person: 'marcus-bell' },
  },
  // No seeded delegate lacks the meetings scope: Marcus grants Tom memos and dues only, in the test.
  delegateWithoutMeetings: {
    label: 'delegate with memos+dues, no meetings (Tom Alvarez for Lakeport)',
    email: 'tom.alvarez@lakeport.example',
    grant: { city: 'lakeport', mayor: 'marcus-bell', scopes: ['memos', 'dues'] },
    own: { city: 'lakeport', person: 'marcus-bell' },
    another: { city: 'riverton', person: 'ana-ortiz' },
  },
  // The issue's "delegate of another city": Lakeport's delegate, whose "another city" is Riverton.
  otherCityDelegate: {
    label: 'delegate of another city (Priya Natarajan for Lakeport)',
    email: 'priya.natarajan@lakeport.example',
    own: { city: 'lakeport', person: 'marcus-bell' },
    another: { city: 'riverton', person: 'ana-ortiz' },
  },
  // Ana's former aide: the seed keeps his revoked grant; it must reach nothing.
  revokedDelegate: {
    label: 'revoked delegate (Sam Reyes, formerly for Riverton)',
    email: 'sam.reyes@riverton.example',
    own: { city: 'riverton', person: 'ana-ortiz' },
    another: { city: 'lakeport', person: 'marcus-bell' },
  },
  staffPreviewing: {
    label: 'MIP staff previewing Riverton (Morgan Hale)',
    email: 'morgan.hale@mayorsinnovation.example',
    previews: 'riverton',
    own: { city: 'riverton', person: 'ana-ortiz' },
    another: { city: 'lakeport', person: 'marcus-bell' },
  },
  staff: {
    label: 'MIP staff, not previewing (Morgan Hale)',
    email: 'morgan.hale@mayorsinnovation.example',
    own: { city: 'riverton', person: 'morgan-hale' },
    another: { city: 'lakeport', person: 'ana-ortiz' },
  },
  staffFinance: {
    label: 'MIP finance staff, not previewing (Theo Grant)',
    email: 'theo.grant@mayorsinnovation.example',
    own: { city: 'riverton', person: 'theo-grant' },
    another: { city: 'lakeport', person: 'ana-ortiz' },
  },
  // MIP's admin: city records and staff accounts, beside what any staff may do.
  staffAdmin: {
    label: 'MIP admin, not previewing (Elena Park)',
    email: 'elena.park@mayorsinnovation.example',
    own: { city: 'riverton', person: 'elena-park' },
    another: { city: 'lakeport', person: 'ana-ortiz' },
  },
  prospective: {
    label: 'prospective mayor (Lee Chen, Millbrook)',
    email: 'lee.chen@millbrook.example',
    own: { city: 'millbrook', person: 'lee-chen' },
    another: { city: 'riverton', person: 'ana-ortiz' },
  },
};

export const ACTOR_KINDS = Object.keys(ACTORS) as ActorKind[];

export type CellKey = `${ActorKind}.${Side | 'anyCity'}`;

interface PolicyCommon {
  /** Allowed cells answered by a documented business rule with 409 and this code instead of a 2xx. */
  refused?: Partial<Record<CellKey, string>>;
  /** Why the row looks the way it does, where it isn't obvious. */
  note?: string;
}

export interface CityBoundPolicy extends PolicyCommon {
  own: readonly ActorKind[];
  another: readonly ActorKind[];
}

export interface UnboundPolicy extends PolicyCommon {
  anyCity: readonly ActorKind[];
}

export type Policy = CityBoundPolicy | UnboundPolicy;

const SIGNED_IN: readonly ActorKind[] = ACTOR_KINDS.filter((a) => a !== 'anonymous');
const EVERYONE: readonly ActorKind[] = ACTOR_KINDS;
const NOBODY: readonly ActorKind[] = [];
const except = (actors: readonly ActorKind[], ...left: ActorKind[]): ActorKind[] =>
  actors.filter((a) => !left.includes(a));

/** Everyone who reaches the city's hub: its mayor, live delegates whatever their scopes, MIP previewing it. */
const HUB_READERS: readonly ActorKind[] = [
  'mayor',
  'delegate',
  'delegateMeetingsOnly',
  'delegateWithoutMeetings',
  'otherCityDelegate',
  'staffPreviewing',
  'prospective',
];
/** Changing meetings needs the meetings scope; never in a preview. */
const MEETING_WRITERS: readonly ActorKind[] = [
  'mayor',
  'delegate',
  'delegateMeetingsOnly',
  'otherCityDelegate',
  'prospective',
];
/** Changing memos, or reading and changing dues, needs that scope; changes never in a preview. */
const MEMO_WRITERS: readonly ActorKind[] = ['mayor', 'delegate', 'delegateWithoutMeetings', 'otherCityDelegate'];
const DUES_WRITERS: readonly ActorKind[] = MEMO_WRITERS;
const DUES_READERS: readonly ActorKind[] = [...DUES_WRITERS, 'staffPreviewing', 'prospective'];
/** MIP staff who work in policy (Morgan Hale): every city's memo requests; changes never in a preview. */
const POLICY_STAFF: readonly ActorKind[] = ['staff'];
const POLICY_STAFF_READERS: readonly ActorKind[] = ['staff', 'staffPreviewing'];
/** MIP staff who work in programs (Morgan Hale): every city's travel support; changes never in a preview. */
const PROGRAMS_STAFF: readonly ActorKind[] = ['staff'];
const PROGRAMS_STAFF_READERS: readonly ActorKind[] = ['staff', 'staffPreviewing'];
/** MIP staff who work in finance (Theo Grant): every city's requests for financial assistance, confidential. */
const FINANCE_STAFF: readonly ActorKind[] = ['staffFinance'];
/** Finance and admin keep city records (Theo Grant, Elena Park). */
const CITY_KEEPERS: readonly ActorKind[] = ['staffFinance', 'staffAdmin'];
/** MIP's admins keep the staff accounts (Elena Park). */
const ADMINS: readonly ActorKind[] = ['staffAdmin'];
/** Lakeport (the own city of both its delegates) has used its memos and paid its dues. */
const LAKEPORT_DELEGATES_REFUSED = (code: string): Partial<Record<CellKey, string>> => ({
  'otherCityDelegate.own': code,
  'delegateWithoutMeetings.own': code,
});

/**
 * The policy, keyed by operationId. Prospective cities have no invoices, checkouts or memo
 * requests: on those records the prospective "own" cell asks for an id that does not exist and is
 * denied (404), which is all there is to reach.
 */
export const POLICY: Record<string, Policy> = {
  // ── session ────────────────────────────────────────────────────────────────────────────────
  signIn: {
    anyCity: except(EVERYONE, 'staffPreviewing'),
    note: 'Own credentials. In a preview only signing out and ending the preview are allowed (403 preview_read_only).',
  },
  getSession: { anyCity: SIGNED_IN },
  signOut: { anyCity: EVERYONE, note: 'Public; allowed in a preview.' },
  listDemoAccounts: { anyCity: EVERYONE },

  // ── member hub ─────────────────────────────────────────────────────────────────────────────
  getOverview: { own: HUB_READERS, another: NOBODY },

  // ── meetings ───────────────────────────────────────────────────────────────────────────────
  listMeetings: { own: HUB_READERS, another: NOBODY, note: 'City is the memberId query.' },
  getMeeting: { own: HUB_READERS, another: NOBODY, note: 'winter-2027, city as the memberId query.' },
  getMeetingCalendar: { own: HUB_READERS, another: NOBODY },
  listRegistrations: { own: HUB_READERS, another: NOBODY, note: 'Reading needs no scope.' },
  createRegistrations: {
    own: MEETING_WRITERS,
    another: NOBODY,
    note: 'Prospective: the mayor, at a first Winter Meeting, free (product.md).',
  },
  updateRegistration: { own: MEETING_WRITERS, another: NOBODY, note: 'A winter-2027 registration of the city.' },
  cancelRegistration: { own: MEETING_WRITERS, another: NOBODY },

  // ── memos ──────────────────────────────────────────────────────────────────────────────────
  getMemoAllowance: {
    own: HUB_READERS,
    another: NOBODY,
    note: 'Reading memos needs no scope (any live grant may look: mocks/routes/memo-routes.ts, access.test.ts).',
  },
  listMemoRequests: { own: HUB_READERS, another: NOBODY },
  createMemoRequest: {
    own: MEMO_WRITERS,
    another: NOBODY,
    refused: LAKEPORT_DELEGATES_REFUSED('allowance_exhausted'),
    note: 'Prospective: 403 members_only (memos are a member benefit).',
  },
  getMemoDraft: {
    own: [...MEMO_WRITERS, 'staffPreviewing'],
    another: NOBODY,
    note: "The caller's own unsent request: a delegate needs the memos scope even to read it; MIP previewing reads the mayor's. Prospective: 403 members_only.",
  },
  saveMemoDraft: {
    own: MEMO_WRITERS,
    another: NOBODY,
    note: 'Kept at 0 memos left too (Lakeport), for when the allowance resets.',
  },
  deleteMemoDraft: { own: MEMO_WRITERS, another: NOBODY },
  getMemoRequest: {
    own: except(HUB_READERS, 'prospective'),
    another: NOBODY,
    note: 'A delivered memo of the city; Millbrook has none.',
  },
  withdrawMemoRequest: { own: MEMO_WRITERS, another: NOBODY, note: 'A submitted memo of the city.' },
  updateMemoPublication: { own: MEMO_WRITERS, another: NOBODY, note: 'A delivered memo of the city.' },
  getMemoDocument: { own: except(HUB_READERS, 'prospective'), another: NOBODY },
  getMemoAttachment: { own: except(HUB_READERS, 'prospective'), another: NOBODY },
  listPolicyAreas: { anyCity: EVERYONE },

  // ── briefing books ─────────────────────────────────────────────────────────────────────────
  listBriefingBooks: { anyCity: SIGNED_IN, note: 'The library is open to every signed-in person.' },
  getBriefingBook: { anyCity: SIGNED_IN },
  listBookmarks: {
    own: ['mayor', 'staffPreviewing', 'staff', 'staffFinance', 'staffAdmin', 'prospective'],
    another: NOBODY,
    note: "A person's own only (not their delegates'); MIP previewing reads the previewed mayor's.",
  },
  addBookmark: { own: ['mayor', 'staff', 'staffFinance', 'staffAdmin', 'prospective'], another: NOBODY },
  removeBookmark: { own: ['mayor', 'staff', 'staffFinance', 'staffAdmin', 'prospective'], another: NOBODY },

  // ── tracks ─────────────────────────────────────────────────────────────────────────────────
  listTracks: { anyCity: SIGNED_IN },
  getTrack: { anyCity: SIGNED_IN },
  joinTrack: {
    own: ['mayor', 'staff', 'staffFinance', 'staffAdmin', 'prospective'],
    another: NOBODY,
    refused: {
      'staff.own': 'not_eligible',
      'staffFinance.own': 'not_eligible',
      'staffAdmin.own': 'not_eligible',
      'prospective.own': 'not_eligible',
    },
    note: "The Women Mayors' Network: only the mayor themself (delegates 403 self_only). Non-mayors may ask for themselves: 409 not_eligible.",
  },
  leaveTrack: {
    own: ['mayor', 'staff', 'staffFinance', 'staffAdmin', 'prospective'],
    another: NOBODY,
    note: "The Women Mayors' Network again: leaving an identity track is the person's own act; leaving when not in it is a 200.",
  },
  getPersonTracks: {
    own: SIGNED_IN,
    another: except(SIGNED_IN, 'staffPreviewing'),
    note: "Both cities' mayors are listed in the directory, so their open tracks show to any signed-in person (identity tracks stay hidden); a preview sees only its own city.",
  },

  // ── network ────────────────────────────────────────────────────────────────────────────────
  searchDirectory: {
    anyCity: except(SIGNED_IN, 'prospective'),
    note: 'Member cities and MIP staff only: a prospective mayor gets 403 members_only.',
  },
  getDirectoryListing: {
    own: ['mayor', 'staffPreviewing', 'staffAdmin'],
    another: NOBODY,
    note: "Only the person themself; prospective mayors are not in the directory (403), nor are MIP staff unless they are one of its policy experts (Elena Park is; Morgan Hale and Theo Grant aren't).",
  },
  updateDirectoryListing: {
    own: ['mayor', 'staffAdmin'],
    another: NOBODY,
    note: 'The same people: Elena Park is an expert.',
  },
  getEmailPreferences: {
    own: ['mayor', 'staffPreviewing', 'staff', 'staffFinance', 'staffAdmin', 'prospective'],
    another: NOBODY,
  },
  updateEmailPreferences: { own: ['mayor', 'staff', 'staffFinance', 'staffAdmin', 'prospective'], another: NOBODY },

  // ── dues ───────────────────────────────────────────────────────────────────────────────────
  getDues: { own: DUES_READERS, another: NOBODY, note: 'Delegates need the dues scope even to read.' },
  getInvoice: { own: except(DUES_READERS, 'prospective'), another: NOBODY, note: "The city's 2026 invoice." },
  createCheckoutSession: {
    own: DUES_WRITERS,
    another: NOBODY,
    refused: LAKEPORT_DELEGATES_REFUSED('nothing_owed'),
  },
  getCheckoutSession: { own: except(DUES_READERS, 'prospective'), another: NOBODY },
  requestInvoice: {
    own: [...DUES_WRITERS, 'prospective'],
    another: NOBODY,
    refused: { ...LAKEPORT_DELEGATES_REFUSED('already_paid'), 'prospective.own': 'application_pending' },
  },
  updatePaymentPlan: {
    own: [...DUES_WRITERS, 'prospective'],
    another: NOBODY,
    refused: { ...LAKEPORT_DELEGATES_REFUSED('already_paid'), 'prospective.own': 'no_invoice' },
  },
  createAssistanceRequest: {
    own: [...DUES_WRITERS, 'prospective'],
    another: NOBODY,
    note: 'The mayor of a city that has not joined may ask for help with the dues it would pay; nothing in the docs refuses it.',
  },
  listDuesTiers: { anyCity: EVERYONE },
  quoteDues: { anyCity: EVERYONE },

  // ── access history and MIP staff ───────────────────────────────────────────────────────────
  getAccessLog: {
    own: ['mayor', 'staffPreviewing', 'prospective'],
    another: NOBODY,
    note: "The mayor's own history: delegates 403 mayor_only.",
  },
  listDelegations: {
    own: ['mayor', 'staffPreviewing', 'prospective'],
    another: NOBODY,
    note: 'Only the mayor manages delegation: delegates 403 mayor_only (a revoked one 403 delegation_revoked); MIP previewing may read.',
  },
  createDelegation: {
    own: ['mayor', 'prospective'],
    another: NOBODY,
    note: 'A new e-mail each cell. The prospective mayor is the mayor of their city (requireMemberAccess); nothing in the docs refuses them.',
  },
  updateDelegation: {
    own: ['mayor', 'prospective'],
    another: NOBODY,
    note: "A live delegation of the city (Millbrook's is made for the test); another city's answers 404.",
  },
  revokeDelegation: { own: ['mayor', 'prospective'], another: NOBODY },
  listStaffMembers: { anyCity: ['staff', 'staffFinance', 'staffAdmin', 'staffPreviewing'] },
  startPreview: {
    own: ['staff', 'staffFinance', 'staffAdmin'],
    another: ['staff', 'staffFinance', 'staffAdmin'],
    note: 'City is the body memberId: MIP staff may preview any city; never nested (403 preview_read_only).',
  },
  endPreview: {
    anyCity: ['staff', 'staffFinance', 'staffAdmin', 'staffPreviewing'],
    note: 'Ending no preview is fine (same outcome).',
  },

  // ── staff workbench ────────────────────────────────────────────────────────────────────────
  listStaffInbox: {
    anyCity: ['staff', 'staffFinance', 'staffAdmin', 'staffPreviewing'],
    note: "Each sees only their areas' work (checked in staff-inbox.test.ts); reading is allowed in a preview.",
  },
  listStaffOutbox: {
    anyCity: ['staff', 'staffFinance', 'staffAdmin', 'staffPreviewing'],
    note: 'Any MIP staff read the e-mails queued about requests (outbox.test.ts); reading is allowed in a preview.',
  },

  // ── memo requests, as MIP's policy staff work them ─────────────────────────────────────────
  getStaffMemoRequest: {
    own: POLICY_STAFF_READERS,
    another: POLICY_STAFF_READERS,
    note: "Policy staff reach every city's requests (Morgan works policy; Theo, finance only, 403 outside_staff_area; members 403 staff_only). Reading is allowed in a preview, like the inbox.",
  },
  assignMemoRequest: { own: POLICY_STAFF, another: POLICY_STAFF, note: 'A submitted memo of the city.' },
  progressMemoRequest: { own: POLICY_STAFF, another: POLICY_STAFF, note: 'A submitted memo of the city.' },
  addMemoNote: { own: POLICY_STAFF, another: POLICY_STAFF, note: 'A delivered memo: notes go on closed requests too.' },
  declineMemoRequest: { own: POLICY_STAFF, another: POLICY_STAFF, note: 'A submitted memo of the city.' },
  deliverMemoRequest: { own: POLICY_STAFF, another: POLICY_STAFF, note: 'A submitted memo of the city.' },

  // ── travel support, as MIP's programs staff decide it ──────────────────────────────────────
  getStaffTravelSupport: {
    own: PROGRAMS_STAFF_READERS,
    another: PROGRAMS_STAFF_READERS,
    note: "Programs staff reach every city's requests (Morgan works programs; Theo, finance only, 403 outside_staff_area; members 403 staff_only). Reading is allowed in a preview, like the inbox.",
  },
  approveTravelSupport: { own: PROGRAMS_STAFF, another: PROGRAMS_STAFF, note: 'A request of the city still waiting.' },
  declineTravelSupport: { own: PROGRAMS_STAFF, another: PROGRAMS_STAFF, note: 'A request of the city still waiting.' },

  // ── meetings, as MIP's programs staff keep them (issue 19) ──────────────────────────────────
  listStaffMeetings: {
    anyCity: PROGRAMS_STAFF_READERS,
    note: 'Programs staff only (Morgan works programs; Theo, finance only, 403 outside_staff_area; members 403 staff_only). Reading is allowed in a preview, like the inbox.',
  },
  getStaffMeeting: { anyCity: PROGRAMS_STAFF_READERS, note: "winter-2027: every meeting is MIP's, bound to no city." },
  listMeetingAttendees: { anyCity: PROGRAMS_STAFF_READERS, note: "winter-2027's registrations, every city's." },
  getMeetingAttendeesCsv: { anyCity: PROGRAMS_STAFF_READERS, note: 'The same list as a CSV file.' },
  createMeeting: { anyCity: PROGRAMS_STAFF, note: 'Changes never in a preview (403 preview_read_only).' },
  updateMeeting: { anyCity: PROGRAMS_STAFF, note: 'An invite-only meeting Morgan made for the matrix.' },
  setMeetingInvitations: {
    anyCity: PROGRAMS_STAFF,
    note: 'Only an invite-only meeting takes invitations: the one Morgan made for the matrix.',
  },
  cancelMeeting: { anyCity: PROGRAMS_STAFF, note: 'winter-2027, which has not started.' },

  // ── briefing books and resources, as programs and policy staff write them (issue 19) ─────
  listStaffBooks: {
    anyCity: PROGRAMS_STAFF_READERS,
    note: 'Programs or policy staff (Morgan works both; Theo, finance only, 403 outside_staff_area; members 403 staff_only). Reading is allowed in a preview.',
  },
  getStaffBook: { anyCity: PROGRAMS_STAFF_READERS, note: "bb-winter-2026: every book is MIP's, bound to no city." },
  createBook: { anyCity: PROGRAMS_STAFF, note: 'A draft. Changes never in a preview (403 preview_read_only).' },
  updateBook: { anyCity: PROGRAMS_STAFF, note: 'bb-winter-2026, a published book of the seed.' },
  publishBook: { anyCity: PROGRAMS_STAFF, note: 'bb-winter-2026: publishing a published book answers it.' },
  unpublishBook: { anyCity: PROGRAMS_STAFF, note: 'bb-winter-2026.' },

  // ── city records (issue 19) ──────────────────────────────────────────────────────────────
  getStaffCity: {
    own: ['staff', 'staffFinance', 'staffAdmin', 'staffPreviewing'],
    another: ['staff', 'staffFinance', 'staffAdmin', 'staffPreviewing'],
    note: 'Any MIP staff reads any city; members 403 staff_only. Reading is allowed in a preview.',
  },
  recordCityPopulation: {
    own: CITY_KEEPERS,
    another: CITY_KEEPERS,
    note: 'Finance or admin: Morgan (programs and policy) 403 outside_staff_area; never in a preview.',
  },
  recordNewMayor: {
    own: CITY_KEEPERS,
    another: CITY_KEEPERS,
    note: "Finance or admin, like the population; the former mayor's account leaves the city. Never in a preview.",
  },
  resendMayorWelcome: {
    own: CITY_KEEPERS,
    another: CITY_KEEPERS,
    refused: {
      'staffFinance.own': 'already_set_up',
      'staffFinance.another': 'already_set_up',
      'staffAdmin.own': 'already_set_up',
      'staffAdmin.another': 'already_set_up',
    },
    note: "Finance or admin, like recording the mayor. Both cities' mayors are the seed's, who set their password long ago: nothing to send again (409 already_set_up). Never in a preview.",
  },

  // ── staff accounts (issue 19) ────────────────────────────────────────────────────────────
  listStaffAccounts: {
    anyCity: ADMINS,
    note: 'Admin only: other staff 403 outside_staff_area, members 403 staff_only.',
  },
  inviteStaffAccount: { anyCity: ADMINS, note: 'Admin only; never in a preview.' },
  changeStaffAreas: {
    own: ADMINS,
    another: NOBODY,
    note: "The admin's own account keeping admin; another person (a mayor) is no staff account: 404.",
  },
  deactivateStaffAccount: {
    own: ADMINS,
    another: NOBODY,
    refused: { 'staffAdmin.own': 'own_account' },
    note: "An admin can't deactivate their own account (409 own_account); a mayor is no staff account: 404.",
  },
  resendStaffWelcome: {
    own: ADMINS,
    another: NOBODY,
    refused: { 'staffAdmin.own': 'already_set_up' },
    note: "The admin's own account (the seed's) never waits for its first password: nothing to send again (409 already_set_up); a mayor is no staff account: 404. Never in a preview.",
  },

  // ── invoices, as MIP's finance staff keep them ─────────────────────────────────────────────
  listStaffInvoices: {
    anyCity: ['staffFinance'],
    note: 'Finance only: Morgan (programs and policy) 403 outside_staff_area, also in a preview; members 403 staff_only.',
  },
  getStaffInvoice: { own: ['staffFinance'], another: ['staffFinance'], note: "The city's invoice this year." },
  issueInvoice: {
    own: ['staffFinance'],
    another: ['staffFinance'],
    refused: { 'staffFinance.another': 'invoice_paid' },
    note: "An invoice the city asked to be sent; Lakeport's is paid already, so there is nothing to send.",
  },
  recordInvoicePayment: {
    own: ['staffFinance'],
    another: ['staffFinance'],
    refused: { 'staffFinance.another': 'invoice_paid' },
    note: "Riverton's next payment; Lakeport has paid in full.",
  },
  markPacketSent: {
    own: ['staffFinance'],
    another: ['staffFinance'],
    note: 'An invoice paid in full whose packet is still to post.',
  },

  // ── financial assistance, as MIP's finance staff decide it (confidential) ───────────────────
  getStaffAssistanceRequest: {
    own: FINANCE_STAFF,
    another: FINANCE_STAFF,
    note: "Finance staff only (Theo): Morgan, programs and policy, gets 403 outside_staff_area, previewing too (the matrix's preview is Morgan's); members 403 staff_only. The mayor reads the request in the dues.",
  },
  approveAssistanceRequest: {
    own: FINANCE_STAFF,
    another: FINANCE_STAFF,
    refused: { 'staffFinance.another': 'already_paid' },
    note: 'A request MIP has not decided, made for the city. Lakeport has paid the year in full: nothing to approve (409).',
  },
  declineAssistanceRequest: {
    own: FINANCE_STAFF,
    another: FINANCE_STAFF,
    note: 'A request MIP has not decided, made for the city.',
  },

  // ── membership applications, as MIP's finance staff decide them ────────────────────────────
  getStaffApplication: {
    own: FINANCE_STAFF,
    another: FINANCE_STAFF,
    note: "Finance staff only (Theo): Morgan, programs and policy, gets 403 outside_staff_area, previewing too; members and the applicant 403 staff_only. The application is a prospective city's, made for the cell.",
  },
  approveApplication: {
    own: FINANCE_STAFF,
    another: FINANCE_STAFF,
    note: 'An undecided application, made for the cell.',
  },
  declineApplication: {
    own: FINANCE_STAFF,
    another: FINANCE_STAFF,
    note: 'An undecided application, made for the cell.',
  },
  askApplicationQuestion: {
    own: FINANCE_STAFF,
    another: FINANCE_STAFF,
    note: 'An undecided application, made for the cell.',
  },

  // ── joining ────────────────────────────────────────────────────────────────────────────────
  createApplication: {
    anyCity: except(EVERYONE, 'staffPreviewing'),
    note: 'Public: a new city applies (and its new account is signed in). Not while previewing.',
  },
  getApplication: {
    own: ['mayor', 'staffPreviewing', 'prospective'],
    another: NOBODY,
    note: "The mayor's (or prospective mayor's) own; delegates 403 mayor_only. Member cities get an approved application as a fixture.",
  },
  answerApplicationQuestion: {
    own: ['mayor', 'prospective'],
    another: NOBODY,
    refused: { 'mayor.own': 'no_question_waiting' },
    note: "Only the person who applied: Lee answers MIP's waiting question. Ana applied for Riverton long ago (approved, the fixture): nothing to answer (409). Delegates 403 mayor_only; MIP previewing 403 read-only.",
  },

  // ── welcome links (issue 19) ───────────────────────────────────────────────────────────────
  getWelcomeLink: {
    anyCity: EVERYONE,
    note: "Public: the token is the credential. The cell's is a link MIP's admin has just sent a colleague; a token nobody was sent answers 404 to everyone (welcome-links.test.ts).",
  },
  acceptWelcomeLink: {
    anyCity: except(EVERYONE, 'staffPreviewing'),
    note: "Public, like signing in: whoever holds the link sets its account's password and is signed in as that person (a session they had is replaced). Not while previewing (403 preview_read_only).",
  },
};

export function isUnbound(policy: Policy): policy is UnboundPolicy {
  return 'anyCity' in policy;
}

/** Whether the actor may succeed in this cell, and the business 409 code if one answers instead. */
export function expectationOf(
  policy: Policy,
  actor: ActorKind,
  side: Side | 'anyCity',
): { allowed: boolean; refusedWith?: string } {
  const allowedActors = isUnbound(policy) ? policy.anyCity : side === 'anyCity' ? [] : policy[side];
  const allowed = allowedActors.includes(actor);
  const refusedWith = policy.refused?.[`${actor}.${side}`];
  return refusedWith === undefined ? { allowed } : { allowed, refusedWith };
}

/**
 * Cells (`operationId.actor.side`) whose record the API can't make, so the black-box matrix leaves
 * them to authorisation-matrix-memory.test.ts, which runs them on the embedded mock's store: a
 * member city's own application. Riverton joined before the Hub took applications, and applying
 * always makes a new city, so no API call gives Ana an application to read or to answer; on the
 * seed alone these cells answer 404 for want of the record, not because of the access rule.
 */
export const MEMORY_ONLY_CELLS: ReadonlySet<`${string}.${CellKey}`> = new Set([
  'getApplication.mayor.own',
  'getApplication.staffPreviewing.own',
  'answerApplicationQuestion.mayor.own',
] as const);

import type { StaffArea, WorkKind, WorkStage } from '../../src/api/contracts/staff-work';
import type { MockDb } from '../../mocks/db/schema';

/** Which area works each kind of request; financial assistance is confidential to finance. */
export const AREA_OF: Record<WorkKind, StaffArea> = {
  memo_request: 'policy',
  travel_support: 'programs',
  assistance_request: 'finance',
  application: 'finance',
  invoice_request: 'finance',
};

const KINDS = Object.keys(AREA_OF) as WorkKind[];

/** What the staff inbox asks the store for (GET /staff/inbox, for one member of staff). */
export interface WaitingWorkQuery {
  /** The areas the person works: nothing of another area is counted or listed. */
  areas: readonly StaffArea[];
  personId: string;
  kind?: WorkKind | undefined;
  stage?: WorkStage | undefined;
  area?: StaffArea | undefined;
  /** A member city's id. */
  city?: string | undefined;
  /** Only what is assigned to `personId`. */
  assignedToMe?: boolean | undefined;
  sort: 'oldest' | 'newest';
  page: number;
  pageSize: number;
}

/** A person as the store found them; `name` is null when they are no longer on file. */
export interface PersonOnFile {
  id: string;
  name: string | null;
  title: string | null;
}

/**
 * One request waiting for MIP, in the store's terms: the rule (staff-inbox.ts) words its title
 * from `subject` and `detail`, which hold, by kind: the memo's title; the attendee and meeting;
 * the membership year; the applicant's city and state; the invoice's number and PO.
 */
export interface WaitingWorkEntry {
  kind: WorkKind;
  id: string;
  stage: WorkStage;
  memberId: string;
  city: string;
  state: string;
  waitingSince: string;
  subject: string;
  detail: string | null;
  actor: PersonOnFile;
  /** For whom; the same person as `actor` when they asked for themselves. */
  onBehalfOf: PersonOnFile;
  assignee: PersonOnFile | null;
}

/** One page of the waiting work, how much matches in all, and how much of each kind (tabs). */
export interface WaitingWorkPage {
  entries: WaitingWorkEntry[];
  total: number;
  counts: { kind: WorkKind; count: number }[];
}

/**
 * The kinds a query counts (the person's areas, narrowed to the area asked for) and the kinds it
 * lists (those, narrowed to the kind asked for): each tab counts every filter but the kind.
 */
export function kindsOf(query: WaitingWorkQuery): { counted: WorkKind[]; listed: WorkKind[] } {
  const counted = KINDS.filter(
    (kind) => query.areas.includes(AREA_OF[kind]) && (!query.area || AREA_OF[kind] === query.area),
  );
  return { counted, listed: counted.filter((kind) => !query.kind || kind === query.kind) };
}

/** Every kind of the person's areas, in the contract's order, with how many wait of each. */
export function countsOf(query: WaitingWorkQuery, count: (kind: WorkKind) => number): WaitingWorkPage['counts'] {
  const { counted } = kindsOf(query);
  return KINDS.filter((kind) => query.areas.includes(AREA_OF[kind])).map((kind) => ({
    kind,
    count: counted.includes(kind) ? count(kind) : 0,
  }));
}

/** Plain code-unit order: ISO instants and ids are ASCII (the SQL store orders by `collate "C"`). */
function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type WaitingRows = Pick<
  MockDb,
  | 'memoRequests'
  | 'registrations'
  | 'meetings'
  | 'assistanceRequests'
  | 'applications'
  | 'invoices'
  | 'members'
  | 'people'
>;

/** Everything waiting for MIP, read from whole tables: the memory store's answer. */
function allWaiting(db: WaitingRows): WaitingWorkEntry[] {
  const peopleById = new Map(db.people.map((p) => [p.id, p]));
  const person = (id: string): PersonOnFile => {
    const found = peopleById.get(id);
    return { id, name: found?.name ?? null, title: found?.title ?? null };
  };
  const meetingsById = new Map(db.meetings.map((m) => [m.id, m]));
  type Draft = Omit<WaitingWorkEntry, 'city' | 'state'>;
  const drafts: Draft[] = [];
  for (const m of db.memoRequests) {
    if (m.status !== 'submitted' && m.status !== 'scoping' && m.status !== 'in_progress') continue;
    drafts.push({
      kind: 'memo_request',
      id: m.id,
      stage: m.status === 'submitted' ? 'new' : 'in_progress',
      memberId: m.memberId,
      waitingSince: m.submittedAt,
      subject: m.title,
      detail: null,
      actor: person(m.actorId),
      onBehalfOf: person(m.subjectId),
      assignee: m.assigneeId ? person(m.assigneeId) : null,
    });
  }
  for (const r of db.registrations) {
    if (r.status === 'cancelled' || r.travelSupport?.status !== 'requested') continue;
    drafts.push({
      kind: 'travel_support',
      id: r.id,
      stage: 'new',
      memberId: r.memberId,
      waitingSince: r.createdAt,
      subject: r.attendee.name,
      detail: meetingsById.get(r.meetingId)?.title ?? null,
      actor: person(r.actorId),
      onBehalfOf: person(r.subjectId),
      assignee: null,
    });
  }
  for (const a of db.assistanceRequests) {
    if (a.status !== 'submitted' && a.status !== 'under_review') continue;
    drafts.push({
      kind: 'assistance_request',
      id: a.id,
      stage: a.status === 'submitted' ? 'new' : 'in_progress',
      memberId: a.memberId,
      waitingSince: a.submittedAt,
      subject: a.membershipYearLabel,
      detail: null,
      actor: person(a.actorId),
      onBehalfOf: person(a.subjectId),
      assignee: null,
    });
  }
  for (const a of db.applications) {
    // Waiting for MIP: new, or answered by the applicant (not while MIP waits for an answer).
    if (a.status !== 'received' && a.status !== 'answered') continue;
    drafts.push({
      kind: 'application',
      id: a.id,
      stage: a.status === 'received' ? 'new' : 'in_progress',
      memberId: a.memberId,
      waitingSince: a.questions.at(-1)?.answeredAt ?? a.submittedAt,
      subject: a.city,
      detail: a.state,
      actor: person(a.personId),
      onBehalfOf: person(a.personId),
      assignee: null,
    });
  }
  for (const i of db.invoices) {
    if (!i.billing || i.billing.issuedAt) continue;
    drafts.push({
      kind: 'invoice_request',
      id: i.id,
      stage: 'new',
      memberId: i.memberId,
      waitingSince: i.billing.requestedAt,
      subject: i.number,
      detail: i.billing.purchaseOrderNumber,
      actor: person(i.billing.actorId),
      onBehalfOf: person(i.billing.subjectId),
      assignee: null,
    });
  }
  const membersById = new Map(db.members.map((m) => [m.id, m]));
  return drafts.flatMap((d) => {
    const member = membersById.get(d.memberId);
    return member ? [{ ...d, city: member.city, state: member.state }] : [];
  });
}

/**
 * The waiting work of a store that keeps every table at hand (the memory store). The SQL store
 * answers the same query in the database (sql/waiting-work-query.ts); store.test proves they agree.
 */
export function waitingWorkOf(db: WaitingRows, query: WaitingWorkQuery): WaitingWorkPage {
  const { listed } = kindsOf(query);
  const matching = allWaiting(db).filter(
    (entry) =>
      (!query.stage || entry.stage === query.stage) &&
      (!query.city || entry.memberId === query.city) &&
      (!query.assignedToMe || entry.assignee?.id === query.personId),
  );
  const direction = query.sort === 'oldest' ? 1 : -1;
  const items = matching
    .filter((entry) => listed.includes(entry.kind))
    .sort((a, b) => direction * compareAscii(a.waitingSince, b.waitingSince) || compareAscii(a.id, b.id));
  const start = (query.page - 1) * query.pageSize;
  return {
    entries: items.slice(start, start + query.pageSize),
    total: items.length,
    counts: countsOf(query, (kind) => matching.filter((entry) => entry.kind === kind).length),
  };
}

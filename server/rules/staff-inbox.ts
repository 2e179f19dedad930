import type { PersonRef } from '../../src/api/contracts/common';
import type { InboxQuery, StaffArea, WorkItem, WorkKind, WorkStage } from '../../src/api/contracts/staff-work';
import type { StoreTx } from '../store/store';
import { personRefOf } from './people';

/** Which area works each kind of request; financial assistance is confidential to finance. */
export const AREA_OF: Record<WorkKind, StaffArea> = {
  memo_request: 'policy',
  travel_support: 'programs',
  assistance_request: 'finance',
  application: 'finance',
  invoice_request: 'finance',
};

const KINDS = Object.keys(AREA_OF) as WorkKind[];

type Draft = Omit<WorkItem, 'city' | 'state' | 'area'>;

/**
 * Everything waiting for MIP, of every kind, as work items. Each table is read once, whatever the
 * number of requests: the inbox reads across all of them on every page.
 */
async function waitingWork(tx: StoreTx): Promise<WorkItem[]> {
  const [memoRequests, registrations, meetings, assistanceRequests, applications, invoices, members, people] =
    await Promise.all([
      tx.memoRequests.find(),
      tx.registrations.find(),
      tx.meetings.find(),
      tx.assistanceRequests.find(),
      tx.applications.find(),
      tx.invoices.find(),
      tx.members.find(),
      tx.people.find(),
    ]);
  const peopleById = new Map(people.map((p) => [p.id, p]));
  // As personRef names them: a person removed since stays readable as "Former user".
  const ref = (id: string): PersonRef => {
    const person = peopleById.get(id);
    return person ? personRefOf(person) : { id, name: 'Former user', title: null };
  };
  const onBehalf = (actorId: string, subjectId: string) => (actorId === subjectId ? null : ref(subjectId));
  const meetingsById = new Map(meetings.map((m) => [m.id, m]));
  const drafts: Draft[] = [];

  for (const m of memoRequests) {
    if (m.status !== 'submitted' && m.status !== 'scoping' && m.status !== 'in_progress') continue;
    drafts.push({
      kind: 'memo_request',
      id: m.id,
      stage: m.status === 'submitted' ? 'new' : 'in_progress',
      memberId: m.memberId,
      title: m.title,
      requestedBy: ref(m.actorId),
      onBehalfOf: onBehalf(m.actorId, m.subjectId),
      waitingSince: m.submittedAt,
      assignee: m.assigneeId ? ref(m.assigneeId) : null,
    });
  }
  for (const r of registrations) {
    if (r.status === 'cancelled' || r.travelSupport?.status !== 'requested') continue;
    const meeting = meetingsById.get(r.meetingId);
    drafts.push({
      kind: 'travel_support',
      id: r.id,
      stage: 'new',
      memberId: r.memberId,
      title: `${r.attendee.name} to ${meeting?.title ?? 'a meeting'}`,
      requestedBy: ref(r.actorId),
      onBehalfOf: onBehalf(r.actorId, r.subjectId),
      waitingSince: r.createdAt,
      assignee: null,
    });
  }
  for (const a of assistanceRequests) {
    if (a.status !== 'submitted' && a.status !== 'under_review') continue;
    drafts.push({
      kind: 'assistance_request',
      id: a.id,
      stage: a.status === 'submitted' ? 'new' : 'in_progress',
      memberId: a.memberId,
      title: `Help with ${a.membershipYearLabel} dues`,
      requestedBy: ref(a.actorId),
      onBehalfOf: onBehalf(a.actorId, a.subjectId),
      waitingSince: a.submittedAt,
      assignee: null,
    });
  }
  for (const a of applications) {
    // Waiting for MIP: new, or answered by the applicant (not while MIP waits for an answer).
    if (a.status !== 'received' && a.status !== 'answered') continue;
    drafts.push({
      kind: 'application',
      id: a.id,
      stage: a.status === 'received' ? 'new' : 'in_progress',
      memberId: a.memberId,
      title: `Membership for ${a.city}, ${a.state}`,
      requestedBy: ref(a.personId),
      onBehalfOf: null,
      waitingSince: a.questions.at(-1)?.answeredAt ?? a.submittedAt,
      assignee: null,
    });
  }
  for (const i of invoices) {
    if (!i.billing || i.billing.issuedAt) continue;
    drafts.push({
      kind: 'invoice_request',
      id: i.id,
      stage: 'new',
      memberId: i.memberId,
      title: `Invoice ${i.number}${i.billing.purchaseOrderNumber ? ` with PO ${i.billing.purchaseOrderNumber}` : ''}`,
      requestedBy: ref(i.billing.actorId),
      onBehalfOf: onBehalf(i.billing.actorId, i.billing.subjectId),
      waitingSince: i.billing.requestedAt,
      assignee: null,
    });
  }
  const membersById = new Map(members.map((m) => [m.id, m]));
  return drafts.flatMap((d) => {
    const member = membersById.get(d.memberId);
    return member ? [{ ...d, area: AREA_OF[d.kind], city: member.city, state: member.state }] : [];
  });
}

type Filters = Omit<InboxQuery, 'page' | 'pageSize' | 'sort'>;

/**
 * The inbox of one member of staff: only their areas' work, the filters applied; the counts per
 * kind apply every filter but the kind, so each tab says what it would show.
 */
export async function inboxFor(
  tx: StoreTx,
  areas: readonly StaffArea[],
  personId: string,
  filters: Filters,
  sort: 'oldest' | 'newest',
) {
  const matches = (item: WorkItem, ignoreKind: boolean) =>
    areas.includes(item.area) &&
    (ignoreKind || !filters.kind || item.kind === filters.kind) &&
    (!filters.stage || item.stage === (filters.stage satisfies WorkStage)) &&
    (!filters.area || item.area === filters.area) &&
    (!filters.city || item.memberId === filters.city) &&
    (!filters.assigned || item.assignee?.id === personId);
  const all = await waitingWork(tx);
  const direction = sort === 'oldest' ? 1 : -1;
  const items = all
    .filter((item) => matches(item, false))
    .sort((a, b) => direction * a.waitingSince.localeCompare(b.waitingSince) || a.id.localeCompare(b.id));
  const counts = KINDS.filter((kind) => areas.includes(AREA_OF[kind])).map((kind) => ({
    kind,
    count: all.filter((item) => item.kind === kind && matches(item, true)).length,
  }));
  return { items, counts };
}

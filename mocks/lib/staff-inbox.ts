import type { InboxQuery, StaffArea, WorkItem, WorkKind, WorkStage } from '../../src/api/contracts/staff-work';
import { getDb } from '../db/db';
import { findMember, personRef } from './people';

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

/** Everything waiting for MIP, of every kind, as work items. */
function waitingWork(): WorkItem[] {
  const db = getDb();
  const drafts: Draft[] = [];
  const onBehalf = (actorId: string, subjectId: string) => (actorId === subjectId ? null : personRef(subjectId));

  for (const m of db.memoRequests) {
    if (m.status !== 'submitted' && m.status !== 'scoping' && m.status !== 'in_progress') continue;
    drafts.push({
      kind: 'memo_request',
      id: m.id,
      stage: m.status === 'submitted' ? 'new' : 'in_progress',
      memberId: m.memberId,
      title: m.title,
      requestedBy: personRef(m.actorId),
      onBehalfOf: onBehalf(m.actorId, m.subjectId),
      waitingSince: m.submittedAt,
      assignee: m.assigneeId ? personRef(m.assigneeId) : null,
    });
  }
  for (const r of db.registrations) {
    if (r.status === 'cancelled' || r.travelSupport?.status !== 'requested') continue;
    const meeting = db.meetings.find((x) => x.id === r.meetingId);
    drafts.push({
      kind: 'travel_support',
      id: r.id,
      stage: 'new',
      memberId: r.memberId,
      title: `${r.attendee.name} to ${meeting?.title ?? 'a meeting'}`,
      requestedBy: personRef(r.actorId),
      onBehalfOf: onBehalf(r.actorId, r.subjectId),
      waitingSince: r.createdAt,
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
      title: `Help with ${a.membershipYearLabel} dues`,
      requestedBy: personRef(a.actorId),
      onBehalfOf: onBehalf(a.actorId, a.subjectId),
      waitingSince: a.submittedAt,
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
      title: `Membership for ${a.city}, ${a.state}`,
      requestedBy: personRef(a.personId),
      onBehalfOf: null,
      waitingSince: a.questions.at(-1)?.answeredAt ?? a.submittedAt,
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
      title: `Invoice ${i.number}${i.billing.purchaseOrderNumber ? ` with PO ${i.billing.purchaseOrderNumber}` : ''}`,
      requestedBy: personRef(i.billing.actorId),
      onBehalfOf: onBehalf(i.billing.actorId, i.billing.subjectId),
      waitingSince: i.billing.requestedAt,
      assignee: null,
    });
  }
  return drafts.flatMap((d) => {
    const member = findMember(d.memberId);
    return member ? [{ ...d, area: AREA_OF[d.kind], city: member.city, state: member.state }] : [];
  });
}

type Filters = Omit<InboxQuery, 'page' | 'pageSize' | 'sort'>;

/**
 * The inbox of one member of staff: only their areas' work, the filters applied; the counts per
 * kind apply every filter but the kind, so each tab says what it would show.
 */
export function inboxFor(areas: readonly StaffArea[], personId: string, filters: Filters, sort: 'oldest' | 'newest') {
  const matches = (item: WorkItem, ignoreKind: boolean) =>
    areas.includes(item.area) &&
    (ignoreKind || !filters.kind || item.kind === filters.kind) &&
    (!filters.stage || item.stage === (filters.stage satisfies WorkStage)) &&
    (!filters.area || item.area === filters.area) &&
    (!filters.city || item.memberId === filters.city) &&
    (!filters.assigned || item.assignee?.id === personId);
  const all = waitingWork();
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

import type { PersonRef } from '../../src/api/contracts/common';
import type * as z from 'zod/mini';
import type { StaffArea, WorkItem, inboxQuerySchema } from '../../src/api/contracts/staff-work';
import type { StoreTx } from '../store/store';
import { AREA_OF, type PersonOnFile, type WaitingWorkEntry } from '../store/waiting-work';
import { formerUserRef } from './people';

/** As personRef names them: a person removed since stays readable as "Former user". */
function refOf(person: PersonOnFile): PersonRef {
  return person.name === null ? formerUserRef(person.id) : { id: person.id, name: person.name, title: person.title };
}

/** What the request is about, in a line. */
function titleOf(entry: WaitingWorkEntry): string {
  switch (entry.kind) {
    case 'memo_request':
      return entry.subject;
    case 'travel_support':
      return `${entry.subject} to ${entry.detail ?? 'a meeting'}`;
    case 'assistance_request':
      return `Help with ${entry.subject} dues`;
    case 'application':
      return `Membership for ${entry.subject}, ${entry.detail ?? ''}`;
    case 'invoice_request':
      return `Invoice ${entry.subject}${entry.detail ? ` with PO ${entry.detail}` : ''}`;
  }
}

function workItemOf(entry: WaitingWorkEntry): WorkItem {
  return {
    kind: entry.kind,
    id: entry.id,
    area: AREA_OF[entry.kind],
    stage: entry.stage,
    memberId: entry.memberId,
    city: entry.city,
    state: entry.state,
    title: titleOf(entry),
    requestedBy: refOf(entry.actor),
    onBehalfOf: entry.onBehalfOf.id === entry.actor.id ? null : refOf(entry.onBehalfOf),
    waitingSince: entry.waitingSince,
    assignee: entry.assignee && refOf(entry.assignee),
  };
}

/**
 * One page of the inbox of one member of staff: only their areas' work, the filters applied; the
 * counts per kind apply every filter but the kind, so each tab says what it would show. The store
 * finds the page (the SQL store in one query, without reading whole tables); this words it.
 */
export async function inboxFor(
  tx: StoreTx,
  areas: readonly StaffArea[],
  personId: string,
  query: z.output<typeof inboxQuerySchema>,
) {
  const { entries, total, counts } = await tx.waitingWork({
    areas,
    personId,
    kind: query.kind,
    stage: query.stage,
    area: query.area,
    city: query.city,
    assignedToMe: query.assigned === 'me',
    sort: query.sort,
    page: query.page,
    pageSize: query.pageSize,
  });
  return { items: entries.map(workItemOf), page: query.page, pageSize: query.pageSize, total, counts };
}

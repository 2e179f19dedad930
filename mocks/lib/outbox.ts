import type { Outbox } from '../../src/api/contracts/staff-outbox';
import { clock } from '../clock';
import { getDb, nextId } from '../db/db';
import type { OutboxRow, StaffRecordKind } from '../db/rows/staff';
import { requireStaff, staffAreasOf } from './access';
import { emailPreferencesOf } from './email-preferences';
import type { EmailWords } from './outbox-words';
import { paginate } from './paginate';
import { findMember, findPerson } from './people';
import type { ActiveSession } from './sessions';

/**
 * The outbox the API keeps (issue 17, decision 023): when MIP's staff act on a request in a way
 * the member should know, each person concerned gets an e-mail, if their "request updates"
 * preference is on. Nothing sends them yet (issue 21): staff read them at GET /staff/outbox.
 * The words of every e-mail live in outbox-words.ts.
 */

export interface RequestUpdate extends EmailWords {
  memberId: string;
  /** Who the request concerns: its subject (the mayor it was for) and its actor (who sent it). */
  personIds: readonly string[];
  recordKind: StaffRecordKind;
  recordId: string;
}

/** Queues one e-mail per person concerned (each once) whose request updates are on; skips the others. */
export function notifyRequestUpdate(update: RequestUpdate): OutboxRow[] {
  const db = getDb();
  const createdAt = clock.now().toISOString();
  const queued: OutboxRow[] = [];
  for (const personId of new Set(update.personIds)) {
    const person = findPerson(personId);
    if (!person || !emailPreferencesOf(person.id).requestUpdates) continue;
    const row: OutboxRow = {
      id: nextId('email'),
      toPersonId: person.id,
      toEmail: person.email,
      subject: update.subject,
      body: update.body,
      kind: 'request_update',
      recordKind: update.recordKind,
      recordId: update.recordId,
      memberId: update.memberId,
      createdAt,
      sentAt: null,
    };
    db.outbox.push(row);
    queued.push(row);
  }
  return queued;
}

/**
 * The outbox for any MIP staff: newest first (the latest queued first within one instant), by city.
 * E-mails about financial assistance are confidential to finance, like the requests themselves.
 */
export function staffOutbox(session: ActiveSession, query: { page: number; pageSize: number; city?: string }): Outbox {
  requireStaff(session);
  const finance = staffAreasOf(session).includes('finance');
  const rows = getDb()
    .outbox.map((row, index) => ({ row, index }))
    .filter(({ row }) => finance || row.recordKind !== 'assistance_request')
    .filter(({ row }) => !query.city || row.memberId === query.city)
    .sort((a, b) => b.row.createdAt.localeCompare(a.row.createdAt) || b.index - a.index)
    .map(({ row }) => {
      const member = findMember(row.memberId);
      return {
        id: row.id,
        to: { personId: row.toPersonId, name: findPerson(row.toPersonId)?.name ?? row.toEmail, email: row.toEmail },
        subject: row.subject,
        body: row.body,
        recordKind: row.recordKind,
        recordId: row.recordId,
        memberId: row.memberId,
        city: member?.city ?? row.memberId,
        state: member?.state ?? '',
        createdAt: row.createdAt,
        sentAt: row.sentAt,
      };
    });
  return paginate(rows, query.page, query.pageSize);
}

import type { Outbox, OutboxRecordKind } from '../../src/api/contracts/staff-outbox';
import { clock } from '../../mocks/clock';
import type { OutboxRow } from '../../mocks/db/rows/staff';
import { redactWelcomeLink, type EmailWords } from '../../mocks/lib/outbox-words';
import { paginate } from '../../mocks/lib/paginate';
import type { StoreTx } from '../store/store';
import { requireStaff, staffAreasOf } from './access';
import { emailPreferencesOf } from './email-preferences';
import { findMember, findPerson } from './people';
import type { ActiveSession } from './sessions';

/**
 * The outbox the API keeps (issue 17, decision 023): when MIP's staff act on a request in a way
 * the member should know, each person concerned gets an e-mail, if their "request updates"
 * preference is on. Nothing sends them yet (issue 21): staff read them at GET /staff/outbox.
 * The words of every e-mail live in mocks/lib/outbox-words.ts.
 */

export interface RequestUpdate extends EmailWords {
  memberId: string;
  /** Who the request concerns: its subject (the mayor it was for) and its actor (who sent it). */
  personIds: readonly string[];
  recordKind: OutboxRecordKind;
  recordId: string;
}

/** Queues one e-mail per person concerned (each once) whose request updates are on; skips the others. */
export async function notifyRequestUpdate(tx: StoreTx, update: RequestUpdate): Promise<OutboxRow[]> {
  const createdAt = clock.now().toISOString();
  const queued: OutboxRow[] = [];
  for (const personId of new Set(update.personIds)) {
    const person = await findPerson(tx, personId);
    if (!person || !(await emailPreferencesOf(tx, person.id)).requestUpdates) continue;
    const row: OutboxRow = {
      id: await tx.nextId('email'),
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
    await tx.outbox.insert(row);
    queued.push(row);
  }
  return queued;
}

/**
 * The outbox for any MIP staff: newest first (the latest queued first within one instant: ids rise
 * as they are made), by city. E-mails about financial assistance are confidential to finance, like
 * the requests themselves; a welcome e-mail is shown without its sign-in link.
 */
export async function staffOutbox(
  tx: StoreTx,
  session: ActiveSession,
  query: { page: number; pageSize: number; city?: string },
): Promise<Outbox> {
  requireStaff(session);
  const finance = staffAreasOf(session).includes('finance');
  const found = await tx.outbox.find(query.city ? { memberId: query.city } : {});
  const rows = found
    .filter((row) => finance || row.recordKind !== 'assistance_request')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  const page = paginate(rows, query.page, query.pageSize);
  const items = await Promise.all(
    page.items.map(async (row) => {
      const member = row.memberId ? await findMember(tx, row.memberId) : undefined;
      const to = await findPerson(tx, row.toPersonId);
      return {
        id: row.id,
        to: { personId: row.toPersonId, name: to?.name ?? row.toEmail, email: row.toEmail },
        subject: row.subject,
        // A welcome e-mail's link signs its person in: no colleague reading the outbox may use it.
        body: row.kind === 'welcome' ? redactWelcomeLink(row.body) : row.body,
        recordKind: row.recordKind,
        recordId: row.recordId,
        memberId: row.memberId,
        city: member?.city ?? row.memberId,
        state: member?.state ?? null,
        createdAt: row.createdAt,
        sentAt: row.sentAt,
      };
    }),
  );
  return { ...page, items };
}

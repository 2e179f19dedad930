import { clock } from '../clock';
import { getDb, nextId } from '../db/db';
import type { OutboxRow } from '../db/rows/staff';
import { emailPreferencesOf } from './email-preferences';
import type { RequestUpdate } from '../../server/rules/outbox';
import { findPerson } from './people';

/**
 * The memory-only form of server/rules/outbox.ts's notifyRequestUpdate, for the routes not yet
 * moved onto the store (issue 18); the rule and its words are described there.
 */

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

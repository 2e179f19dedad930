// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/lib/format';
import type { MockDb } from '../db/schema';
import type { AccessLogRow } from '../db/rows/people';
import { buildSeed } from '../db/seed/seed-db';
import { SEED_DATE } from './api';

/**
 * The access history is a story about the other records: every entry names a memo, a registration
 * or a payment, and that record must say the same thing (who, what, when). Checked on the tests'
 * date and on dates around the year, including the first days after a 1 July membership-year change.
 */
const DATES = [
  SEED_DATE.toISOString(),
  '2026-07-01T09:00:00Z',
  '2026-07-03T18:00:00Z',
  '2026-08-15T12:00:00Z',
  '2027-01-10T12:00:00Z',
  '2027-03-02T15:00:00Z',
  '2027-06-30T20:00:00Z',
];

const names = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });

/** Office hours across the mainland US (14:00–22:00 UTC): nobody's access history says 12:00 AM. */
function isOfficeHours(instant: string): boolean {
  const hour = new Date(instant).getUTCHours();
  return hour >= 14 && hour < 22;
}

function personName(db: MockDb, id: string): string {
  const person = db.people.find((p) => p.id === id);
  if (!person) throw new Error(`no person ${id}`);
  return person.role === 'mayor' ? `Mayor ${person.name}` : person.name;
}

/** The record an entry names, checked field by field; returns a key for the record so no two entries name one. */
function checkAgainstRecord(db: MockDb, entry: AccessLogRow): string {
  const memo = /^Submitted the memo request “(.+)” for (.+)$/.exec(entry.description);
  if (memo) {
    const [, title, subject] = memo;
    const row = db.memoRequests.find((m) => m.memberId === entry.memberId && m.title === title);
    expect(row, entry.description).toBeDefined();
    expect(row?.actorId).toBe(entry.actorId);
    expect(row?.submittedAt).toBe(entry.startedAt);
    expect(personName(db, row?.subjectId ?? '')).toBe(subject);
    return `memo:${row?.id ?? ''}`;
  }
  const registered = /^Registered (.+) for the (.+)$/.exec(entry.description);
  if (registered) {
    const [, who, title] = registered;
    const meeting = db.meetings.find((m) => m.title === title);
    expect(meeting, entry.description).toBeDefined();
    const rows = db.registrations.filter(
      (r) =>
        r.meetingId === meeting?.id &&
        r.memberId === entry.memberId &&
        r.actorId === entry.actorId &&
        r.createdAt === entry.startedAt,
    );
    expect(rows.length, entry.description).toBeGreaterThan(0);
    expect(
      names.format(rows.map((r) => (r.attendee.kind === 'mayor' ? `Mayor ${r.attendee.name}` : r.attendee.name))),
    ).toBe(who);
    return `registration:${meeting?.id ?? ''}:${entry.memberId}:${entry.actorId}:${entry.startedAt}`;
  }
  const paid = /^Paid installment (\d+) of (\S+) for the (.+) dues$/.exec(entry.description);
  if (paid) {
    const [, number, amount, year] = paid;
    const invoice = db.invoices.find((i) => i.memberId === entry.memberId && i.membershipYearLabel === year);
    const instalment = invoice?.instalments.find((i) => String(i.number) === number);
    expect(instalment, entry.description).toBeDefined();
    expect(formatMoney(instalment?.amountCents ?? 0)).toBe(amount);
    // The dues page shows the day it was paid; the history shows the same day.
    expect(instalment?.paidOn).toBe(entry.startedAt.slice(0, 10));
    const checkout = db.checkoutSessions.find(
      (c) => c.invoiceId === invoice?.id && c.instalments.some((i) => String(i.number) === number),
    );
    expect(checkout?.status).toBe('paid');
    expect(checkout?.actorId).toBe(entry.actorId);
    expect(checkout?.completedAt).toBe(entry.startedAt);
    return `payment:${invoice?.id ?? ''}:${number ?? ''}`;
  }
  throw new Error(`The access history names no record: “${entry.description}”`);
}

describe.each(DATES)('the seeded access history on %s', (date) => {
  const db = buildSeed(new Date(date));

  it('says what the records say: each delegate action matches the memo, registration or payment it names', () => {
    const named = new Set<string>();
    for (const entry of db.accessLog.filter((e) => e.kind === 'delegate_action')) {
      const key = checkAgainstRecord(db, entry);
      expect(named.has(key), `named twice: ${entry.description}`).toBe(false);
      named.add(key);
      // Done under a grant that was in force at the time.
      const grant = db.delegations.find(
        (d) =>
          d.memberId === entry.memberId &&
          d.delegateId === entry.actorId &&
          d.createdAt <= entry.startedAt &&
          (d.revokedAt === null || d.revokedAt > entry.startedAt),
      );
      expect(grant, `${entry.description} on ${entry.startedAt}`).toBeDefined();
    }
  });

  it('leaves out nothing a delegate did in the records', () => {
    const logged = (memberId: string, actorId: string, at: string): boolean =>
      db.accessLog.some((e) => e.memberId === memberId && e.actorId === actorId && e.startedAt === at);
    for (const m of db.memoRequests.filter((r) => r.actorId !== r.subjectId))
      expect(logged(m.memberId, m.actorId, m.submittedAt), `memo ${m.id}`).toBe(true);
    for (const r of db.registrations.filter((row) => row.actorId !== row.subjectId))
      expect(logged(r.memberId, r.actorId, r.createdAt), `registration ${r.id}`).toBe(true);
    for (const c of db.checkoutSessions.filter((row) => row.status === 'paid' && row.actorId !== row.subjectId))
      expect(logged(c.memberId, c.actorId, c.completedAt ?? ''), `checkout ${c.id}`).toBe(true);
  });

  it('matches each preview to its preview row, and happened before the seed date, in office hours', () => {
    for (const entry of db.accessLog) {
      expect(entry.startedAt <= db.seededAt, entry.description).toBe(true);
      expect(isOfficeHours(entry.startedAt), `${entry.description} at ${entry.startedAt}`).toBe(true);
      if (entry.kind !== 'staff_preview') continue;
      const preview = db.previews.find((p) => p.accessLogId === entry.id);
      expect(preview).toMatchObject({
        staffId: entry.actorId,
        memberId: entry.memberId,
        reason: entry.description,
        startedAt: entry.startedAt,
        endedAt: entry.endedAt,
      });
    }
  });
});

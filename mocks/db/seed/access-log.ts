import { memoSubmittedWords, paymentWords, registeredWords } from '../../lib/access-log-words';
import { addMinutes } from '../dates';
import type { MemoRequestRow } from '../rows/benefits';
import type { CheckoutSessionRow, InvoiceRow } from '../rows/dues';
import type { MeetingRow, RegistrationRow } from '../rows/meetings';
import type { AccessLogRow, PersonRow, PreviewRow } from '../rows/people';
import type { SeedContext } from './seed-context';

export interface AccessLogSeed {
  accessLog: AccessLogRow[];
  previews: PreviewRow[];
}

/** The records the history tells of; a record made by someone for someone else (actor ≠ subject) is a delegate's. */
export interface AccessLogRecords {
  people: readonly PersonRow[];
  meetings: readonly MeetingRow[];
  registrations: readonly RegistrationRow[];
  memoRequests: readonly MemoRequestRow[];
  invoices: readonly InvoiceRow[];
  checkoutSessions: readonly CheckoutSessionRow[];
}

function delegateAction(record: string, memberId: string, actorId: string, description: string, at: string) {
  return {
    id: `log-${record}`,
    memberId,
    kind: 'delegate_action',
    actorId,
    description,
    startedAt: at,
    endedAt: null,
  } satisfies AccessLogRow;
}

/**
 * The access history, told by the records themselves: each memo request, registration and card
 * payment a delegate made for a mayor is an entry at the record's own time, in the words the API
 * uses when a delegate does the same (lib/access-log-words.ts). So the history can never say a thing
 * happened on a day the memo, the meeting or the dues page contradicts.
 */
function delegateActions(records: AccessLogRecords): AccessLogRow[] {
  const person = (id: string) => records.people.find((p) => p.id === id);
  const entries: AccessLogRow[] = [];
  for (const memo of records.memoRequests) {
    const subject = person(memo.subjectId);
    if (memo.actorId === memo.subjectId || !subject) continue;
    const words = memoSubmittedWords(memo.title, subject);
    entries.push(delegateAction(memo.id, memo.memberId, memo.actorId, words, memo.submittedAt));
  }
  // Attendees registered in one go (same meeting, city, person and instant) are one entry, as in the API.
  const batches = new Map<string, RegistrationRow[]>();
  for (const r of records.registrations) {
    if (r.actorId === r.subjectId) continue;
    const key = `${r.meetingId}|${r.memberId}|${r.actorId}|${r.createdAt}`;
    batches.set(key, [...(batches.get(key) ?? []), r]);
  }
  for (const [first, ...rest] of batches.values()) {
    const meeting = records.meetings.find((m) => m.id === first?.meetingId);
    if (!first || !meeting) continue;
    const words = registeredWords([first, ...rest], meeting.title);
    entries.push(delegateAction(first.id, first.memberId, first.actorId, words, first.createdAt));
  }
  for (const checkout of records.checkoutSessions) {
    const invoice = records.invoices.find((i) => i.id === checkout.invoiceId);
    if (checkout.actorId === checkout.subjectId || checkout.status !== 'paid' || !checkout.completedAt || !invoice)
      continue;
    const words = paymentWords(checkout, invoice);
    entries.push(delegateAction(checkout.id, checkout.memberId, checkout.actorId, words, checkout.completedAt));
  }
  return entries;
}

/**
 * Riverton's history also has one earlier preview by MIP staff (Madison, WI), mid-morning. Its
 * session row (`previews`) and history entry share their times and reason.
 */
function seedPreview(ctx: SeedContext): { entry: AccessLogRow; preview: PreviewRow } {
  const startedAt = addMinutes(ctx.now, -19 * 24 * 60 + 15 * 60 + 30);
  const endedAt = addMinutes(startedAt, 12);
  const reason = 'Checking the installment plan before the budget call with the chief of staff';
  return {
    entry: {
      id: 'log-riverton-preview',
      memberId: 'riverton',
      kind: 'staff_preview',
      actorId: 'morgan-hale',
      description: reason,
      startedAt,
      endedAt,
    },
    preview: {
      id: 'preview-seed-riverton',
      staffId: 'morgan-hale',
      memberId: 'riverton',
      reason,
      startedAt,
      expiresAt: addMinutes(startedAt, 60),
      endedAt,
      accessLogId: 'log-riverton-preview',
    },
  };
}

export function seedAccessLog(ctx: SeedContext, records: AccessLogRecords): AccessLogSeed {
  const now = ctx.now.toISOString();
  const { entry, preview } = seedPreview(ctx);
  const accessLog = [...delegateActions(records), entry]
    .filter((e) => e.startedAt <= now)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  return { accessLog, previews: [preview] };
}

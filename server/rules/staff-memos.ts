import type { PersonRef } from '../../src/api/contracts/common';
import type { MemoStatus } from '../../src/api/contracts/memos';
import type { MemoDeliverBody, StaffMemoRequest } from '../../src/api/contracts/staff-memos';
import { clock } from '../../mocks/clock';
import type { MemoRequestRow } from '../../mocks/db/rows/benefits';
import type { PersonRow } from '../../mocks/db/rows/people';
import { escapeHtml } from '../../mocks/lib/escape-html';
import { HttpError, notFound } from '../../mocks/lib/http-error';
import { outboxWords, type EmailWords } from '../../mocks/lib/outbox-words';
import type { StoreTx } from '../store/store';
import { requireStaffArea } from './access';
import { memoFileFrom } from './memo-files';
import { STATUS_WORDS, sinceOf } from './memo-requests';
import { memoAllowanceOf, memoRequestDetailView } from './memos';
import { notifyRequestUpdate } from './outbox';
import { findMember, personRef, personRefOf } from './people';
import type { ActiveSession } from './sessions';
import { recordStaffAction, staffActionsOf } from './staff-changes';

/**
 * The staff side of memo requests (issue 17): MIP's policy staff assign, scope, write and deliver
 * the memos members ask for, or decline them. Each change answers the request as staff now see it,
 * carries a version (If-Match) so two people can't overwrite each other, and leaves a staff action.
 * Internal notes and staff actions are staff-only: the member's views (memos.ts) never read them.
 */

/** Requests MIP can still work on; delivered, declined and withdrawn ones are closed. */
const OPEN: ReadonlySet<MemoStatus> = new Set(['submitted', 'scoping', 'in_progress']);

/** The steps forward MIP may take with a message; anything else is backwards or sideways. */
const FORWARD: Partial<Record<MemoStatus, readonly MemoStatus[]>> = {
  submitted: ['scoping', 'in_progress'],
  scoping: ['in_progress'],
};

/** MIP staff who work in policy, by name: the people a memo request may be given to. */
export async function assignablePeople(tx: StoreTx): Promise<PersonRow[]> {
  return (await tx.people.find({ role: 'mip_staff' }))
    .filter((p) => p.deactivatedAt === null && p.staffAreas.includes('policy'))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/**
 * A memo request for MIP's policy staff: anyone else is refused before the id is even looked up.
 * A change holds the row, so its If-Match and status checks stay true until it is written.
 */
export async function staffMemoRequestFor(
  tx: StoreTx,
  session: ActiveSession,
  memoRequestId: string | undefined,
  forUpdate = false,
): Promise<MemoRequestRow> {
  requireStaffArea(session, 'policy');
  const key = { id: memoRequestId ?? '' };
  const row = await (forUpdate ? tx.memoRequests.getForUpdate(key) : tx.memoRequests.get(key));
  if (!row) throw notFound('That memo request');
  return row;
}

/** The request as MIP's policy staff work it: the member's view plus what only MIP sees. */
export async function staffMemoRequestView(tx: StoreTx, row: MemoRequestRow): Promise<StaffMemoRequest> {
  const member = await findMember(tx, row.memberId);
  return {
    ...(await memoRequestDetailView(tx, row)),
    city: member?.city ?? row.memberId,
    state: member?.state ?? '',
    allowance: await memoAllowanceOf(tx, row.memberId),
    assignee: row.assigneeId ? await personRef(tx, row.assigneeId) : null,
    assignable: (await assignablePeople(tx)).map(personRefOf),
    internalNotes: await notesView(tx, row),
    actions: await staffActionsOf(tx, 'memo_request', row.id),
    version: row.version,
  };
}

/** The notes as staff read them; each writer is looked up once, however many notes they left. */
async function notesView(tx: StoreTx, row: MemoRequestRow): Promise<StaffMemoRequest['internalNotes']> {
  const writers = new Map<string, Promise<PersonRef>>();
  const writer = (id: string): Promise<PersonRef> => {
    const known = writers.get(id);
    if (known) return known;
    const ref = personRef(tx, id);
    writers.set(id, ref);
    return ref;
  };
  return Promise.all(
    row.internalNotes.map(async (n) => ({ id: n.id, text: n.text, at: n.at, by: await writer(n.byId) })),
  );
}

/** A closed request can't be assigned, moved, declined or delivered: the words name why. */
function requireOpen(row: MemoRequestRow, change: string): void {
  if (OPEN.has(row.status)) return;
  const since = sinceOf(row);
  const message =
    row.status === 'withdrawn'
      ? `The member withdrew this request on ${since}, so it can't be ${change}.`
      : `This request is already ${STATUS_WORDS[row.status]} (on ${since}), so it can't be ${change}.`;
  throw new HttpError(409, 'memo_closed', message);
}

/** Records a change to a memo request in MIP's record of actions (staff-changes.ts); the caller writes the row. */
async function recordChange(
  tx: StoreTx,
  row: MemoRequestRow,
  actor: PersonRow,
  at: string,
  action: string,
  detail: string | null,
): Promise<void> {
  await recordStaffAction(tx, 'memo_request', row, actor, at, action, detail);
}

/** Tells the mayor the request was for and whoever sent it, per their e-mail preferences. */
async function notifyMember(tx: StoreTx, row: MemoRequestRow, words: EmailWords): Promise<void> {
  await notifyRequestUpdate(tx, {
    ...words,
    memberId: row.memberId,
    personIds: [row.subjectId, row.actorId],
    recordKind: 'memo_request',
    recordId: row.id,
  });
}

async function assignTo(
  tx: StoreTx,
  row: MemoRequestRow,
  actor: PersonRow,
  assignee: PersonRow,
  at: string,
): Promise<void> {
  row.assigneeId = assignee.id;
  await recordChange(tx, row, actor, at, `Assigned to ${assignee.name}`, null);
}

/** Gives the request to someone in policy; giving it to whoever has it already changes nothing. */
export async function assignMemo(
  tx: StoreTx,
  row: MemoRequestRow,
  actor: PersonRow,
  assigneeId: string,
): Promise<void> {
  const assignee = (await assignablePeople(tx)).find((p) => p.id === assigneeId);
  if (!assignee) {
    throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', {
      assigneeId: ['Choose someone who works in policy'],
    });
  }
  requireOpen(row, 'assigned');
  if (row.assigneeId === assignee.id) return;
  await assignTo(tx, row, actor, assignee, clock.now().toISOString());
  await tx.memoRequests.update(row);
}

/**
 * Moves an open request forward (submitted → scoping → in progress; scoping may be skipped) with a
 * message the member sees. Whoever moves a request nobody has takes it.
 */
export async function progressMemo(
  tx: StoreTx,
  row: MemoRequestRow,
  actor: PersonRow,
  status: 'scoping' | 'in_progress',
  message: string,
): Promise<void> {
  requireOpen(row, 'moved');
  if (row.status === status) {
    throw new HttpError(
      409,
      'memo_status_unchanged',
      `This request is already ${STATUS_WORDS[status]} (since ${sinceOf(row)}).`,
    );
  }
  if (!FORWARD[row.status]?.includes(status)) {
    throw new HttpError(
      409,
      'illegal_move',
      `This request is ${STATUS_WORDS[row.status]}; it can't go back to ${STATUS_WORDS[status]}.`,
    );
  }
  const at = clock.now().toISOString();
  if (row.assigneeId === null) await assignTo(tx, row, actor, actor, at);
  row.status = status;
  row.history.push({ status, at, byId: actor.id, message });
  await recordChange(tx, row, actor, at, `Moved to ${STATUS_WORDS[status]}`, message);
  await tx.memoRequests.update(row);
  await notifyMember(
    tx,
    row,
    outboxWords.memoProgressed(row.memberId, row.id, row.title, STATUS_WORDS[status], message),
  );
}

/** An internal note, on any request, open or closed: staff-only, like the actions. */
export async function addMemoNote(tx: StoreTx, row: MemoRequestRow, actor: PersonRow, text: string): Promise<void> {
  const at = clock.now().toISOString();
  row.internalNotes.push({ id: await tx.nextId('note'), text, at, byId: actor.id });
  await recordChange(tx, row, actor, at, 'Added an internal note', null);
  await tx.memoRequests.update(row);
}

/** Declines an open request with a reason the member reads; the memo goes back to the allowance. */
export async function declineMemo(tx: StoreTx, row: MemoRequestRow, actor: PersonRow, reason: string): Promise<void> {
  requireOpen(row, 'declined');
  const at = clock.now().toISOString();
  row.status = 'declined';
  row.history.push({ status: 'declined', at, byId: actor.id, message: reason });
  await recordChange(tx, row, actor, at, 'Declined', reason);
  await tx.memoRequests.update(row);
  await notifyMember(tx, row, outboxWords.memoDeclined(row.memberId, row.id, row.title, reason));
}

/**
 * Delivers the memo, written as plain text, as the member's hub and its download will show it,
 * with the memo's file when staff attached one (checked before anything changes).
 */
export async function deliverMemo(
  tx: StoreTx,
  row: MemoRequestRow,
  actor: PersonRow,
  body: MemoDeliverBody,
): Promise<void> {
  requireOpen(row, 'delivered');
  const file = body.attachment ? memoFileFrom(body.attachment) : null;
  const at = clock.now().toISOString();
  const attachment = file && { fileName: file.fileName, mediaType: file.mediaType, sizeBytes: file.sizeBytes };
  row.status = 'delivered';
  row.memo = { deliveredAt: at, authorId: actor.id, bodyHtml: memoTextToHtml(body.text), attachment };
  // The file and its summary land together, in this transaction, or neither does.
  if (file) await tx.memoFiles.insert({ memoRequestId: row.id, ...file });
  row.history.push({ status: 'delivered', at, byId: actor.id, message: null });
  await recordChange(tx, row, actor, at, 'Delivered the memo', attachment && `With the file ${attachment.fileName}`);
  await tx.memoRequests.update(row);
  await notifyMember(tx, row, outboxWords.memoDelivered(row.memberId, row.id, row.title, attachment?.fileName ?? null));
}

/**
 * Plain text to the memo's markup: a blank line separates paragraphs, a line starting with "- " is
 * a list item (consecutive ones form one list), other line breaks stay line breaks. Everything
 * written is escaped, so the text can never become markup of its own.
 */
export function memoTextToHtml(text: string): string {
  const html: string[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    let paragraph: string[] = [];
    let items: string[] = [];
    const endParagraph = () => {
      if (paragraph.length > 0) html.push(`<p>${paragraph.map(escapeHtml).join('<br>')}</p>`);
      paragraph = [];
    };
    const endList = () => {
      if (items.length > 0) html.push(`<ul>\n${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>`);
      items = [];
    };
    for (const line of block.split('\n').map((l) => l.trim())) {
      if (line === '') continue;
      if (line.startsWith('- ')) {
        endParagraph();
        items.push(line.slice(2).trim());
      } else {
        endList();
        paragraph.push(line);
      }
    }
    endParagraph();
    endList();
  }
  return html.join('\n');
}

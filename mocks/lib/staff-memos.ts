import type { MemoStatus } from '../../src/api/contracts/memos';
import type { MemoDeliverBody, StaffMemoRequest } from '../../src/api/contracts/staff-memos';
import { clock } from '../clock';
import { getDb, nextId } from '../db/db';
import type { MemoRequestRow } from '../db/rows/benefits';
import type { PersonRow } from '../db/rows/people';
import { requireStaffArea } from './access';
import { escapeHtml } from './escape-html';
import { memoFileFrom } from './memo-files';
import { HttpError, notFound } from './http-error';
import { recordStaffAction, staffActionsOf } from './staff-changes';
import { STATUS_WORDS, sinceOf } from './memo-requests';
import { memoAllowanceOf, memoRequestDetailView } from './memos';
import { notifyRequestUpdate } from './outbox';
import { outboxWords, type EmailWords } from './outbox-words';
import { findMember, personRef, personRefOf } from './people';
import type { ActiveSession } from '../../server/rules/sessions';

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
export function assignablePeople(): PersonRow[] {
  return getDb()
    .people.filter((p) => p.role === 'mip_staff' && p.staffAreas.includes('policy'))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** A memo request for MIP's policy staff: anyone else is refused before the id is even looked up. */
export function staffMemoRequestFor(session: ActiveSession, memoRequestId: string | undefined): MemoRequestRow {
  requireStaffArea(session, 'policy');
  const row = getDb().memoRequests.find((m) => m.id === memoRequestId);
  if (!row) throw notFound('That memo request');
  return row;
}

/** The request as MIP's policy staff work it: the member's view plus what only MIP sees. */
export function staffMemoRequestView(row: MemoRequestRow): StaffMemoRequest {
  const member = findMember(row.memberId);
  return {
    ...memoRequestDetailView(row),
    city: member?.city ?? row.memberId,
    state: member?.state ?? '',
    allowance: memoAllowanceOf(row.memberId),
    assignee: row.assigneeId ? personRef(row.assigneeId) : null,
    assignable: assignablePeople().map(personRefOf),
    internalNotes: row.internalNotes.map((n) => ({ id: n.id, text: n.text, at: n.at, by: personRef(n.byId) })),
    actions: staffActionsOf('memo_request', row.id),
    version: row.version,
  };
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

/** Records a change to a memo request in MIP's record of actions (staff-changes.ts). */
function recordChange(row: MemoRequestRow, actor: PersonRow, at: string, action: string, detail: string | null): void {
  recordStaffAction('memo_request', row, actor, at, action, detail);
}

/** Tells the mayor the request was for and whoever sent it, per their e-mail preferences. */
function notifyMember(row: MemoRequestRow, words: EmailWords): void {
  notifyRequestUpdate({
    ...words,
    memberId: row.memberId,
    personIds: [row.subjectId, row.actorId],
    recordKind: 'memo_request',
    recordId: row.id,
  });
}

function assignTo(row: MemoRequestRow, actor: PersonRow, assignee: PersonRow, at: string): void {
  row.assigneeId = assignee.id;
  recordChange(row, actor, at, `Assigned to ${assignee.name}`, null);
}

/** Gives the request to someone in policy; giving it to whoever has it already changes nothing. */
export function assignMemo(row: MemoRequestRow, actor: PersonRow, assigneeId: string): void {
  const assignee = assignablePeople().find((p) => p.id === assigneeId);
  if (!assignee) {
    throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', {
      assigneeId: ['Choose someone who works in policy'],
    });
  }
  requireOpen(row, 'assigned');
  if (row.assigneeId === assignee.id) return;
  assignTo(row, actor, assignee, clock.now().toISOString());
}

/**
 * Moves an open request forward (submitted → scoping → in progress; scoping may be skipped) with a
 * message the member sees. Whoever moves a request nobody has takes it.
 */
export function progressMemo(
  row: MemoRequestRow,
  actor: PersonRow,
  status: 'scoping' | 'in_progress',
  message: string,
): void {
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
  if (row.assigneeId === null) assignTo(row, actor, actor, at);
  row.status = status;
  row.history.push({ status, at, byId: actor.id, message });
  recordChange(row, actor, at, `Moved to ${STATUS_WORDS[status]}`, message);
  notifyMember(row, outboxWords.memoProgressed(row.memberId, row.id, row.title, STATUS_WORDS[status], message));
}

/** An internal note, on any request, open or closed: staff-only, like the actions. */
export function addMemoNote(row: MemoRequestRow, actor: PersonRow, text: string): void {
  const at = clock.now().toISOString();
  row.internalNotes.push({ id: nextId('note'), text, at, byId: actor.id });
  recordChange(row, actor, at, 'Added an internal note', null);
}

/** Declines an open request with a reason the member reads; the memo goes back to the allowance. */
export function declineMemo(row: MemoRequestRow, actor: PersonRow, reason: string): void {
  requireOpen(row, 'declined');
  const at = clock.now().toISOString();
  row.status = 'declined';
  row.history.push({ status: 'declined', at, byId: actor.id, message: reason });
  recordChange(row, actor, at, 'Declined', reason);
  notifyMember(row, outboxWords.memoDeclined(row.memberId, row.id, row.title, reason));
}

/**
 * Delivers the memo, written as plain text, as the member's hub and its download will show it,
 * with the memo's file when staff attached one (checked before anything changes).
 */
export function deliverMemo(row: MemoRequestRow, actor: PersonRow, body: MemoDeliverBody): void {
  requireOpen(row, 'delivered');
  const file = body.attachment ? memoFileFrom(body.attachment) : null;
  const at = clock.now().toISOString();
  const attachment = file && { fileName: file.fileName, mediaType: file.mediaType, sizeBytes: file.sizeBytes };
  row.status = 'delivered';
  row.memo = { deliveredAt: at, authorId: actor.id, bodyHtml: memoTextToHtml(body.text), attachment };
  if (file) getDb().memoFiles.push({ memoRequestId: row.id, ...file });
  row.history.push({ status: 'delivered', at, byId: actor.id, message: null });
  recordChange(row, actor, at, 'Delivered the memo', attachment && `With the file ${attachment.fileName}`);
  notifyMember(row, outboxWords.memoDelivered(row.memberId, row.id, row.title, attachment?.fileName ?? null));
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

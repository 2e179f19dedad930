import type { StaffApplication } from '../../src/api/contracts/staff-applications';
import { duesTierFor } from '../../src/lib/dues-tiers';
import { formatDate } from '../../src/lib/format';
import { clock } from '../../mocks/clock';
import type { ApplicationRow, PersonRow } from '../../mocks/db/rows/people';
import { HttpError, notFound } from '../../mocks/lib/http-error';
import { createYearInvoice } from './invoice-requests';
import { outboxWords, type EmailWords } from '../../mocks/lib/outbox-words';
import type { StoreTx } from '../store/store';
import { requireMemberAccess, requireStaffArea } from './access';
import { applicationView } from './applications';
import { currentInvoiceOf, today } from './invoices';
import { notifyRequestUpdate } from './outbox';
import { findPerson, personRef } from './people';
import type { ActiveSession } from './sessions';
import { recordStaffAction, staffActionsOf } from './staff-changes';

/**
 * The staff side of membership applications (issue 17): MIP's finance staff approve a city's
 * application (it becomes a member: its membership year, its first invoice at its tier, the
 * applicant as its mayor), decline it with a reason, or ask the applicant for more information,
 * which the applicant answers on the welcome page. Each change carries a version (If-Match) and
 * leaves a staff action.
 *
 * received → (ask → information_requested → answer → answered) → approved | declined
 */

/** Applications MIP can still decide; approved and declined ones are closed. */
const UNDECIDED: ReadonlySet<ApplicationRow['status']> = new Set(['received', 'information_requested', 'answered']);

/**
 * An application for MIP's finance staff: anyone else is refused before the id is even looked up.
 * One about to change is held for the transaction, so its version check and change are one step.
 */
export async function staffApplicationFor(
  tx: StoreTx,
  session: ActiveSession,
  applicationId: string | undefined,
  { forUpdate = false } = {},
): Promise<ApplicationRow> {
  requireStaffArea(session, 'finance');
  const key = { id: applicationId ?? '' };
  const row = forUpdate ? await tx.applications.getForUpdate(key) : await tx.applications.get(key);
  if (!row) throw notFound('That application');
  return row;
}

/** The application as MIP's finance staff decide it: the applicant's view plus what only MIP sees. */
export async function staffApplicationView(tx: StoreTx, row: ApplicationRow): Promise<StaffApplication> {
  return {
    ...applicationView(row),
    applicant: await personRef(tx, row.personId),
    tier: duesTierFor(row.population),
    actions: await staffActionsOf(tx, 'application', row.id),
    version: row.version,
  };
}

const dayOf = (at: string | null): string => (at ? formatDate(at.slice(0, 10)) : 'an earlier day');

/** A decided application can't be decided again, nor asked about: the words name why. */
function requireUndecided(row: ApplicationRow, change: string): void {
  if (UNDECIDED.has(row.status)) return;
  const decided = row.status === 'approved' ? 'approved' : 'declined';
  throw new HttpError(
    409,
    `application_${decided}`,
    `MIP already ${decided} this application on ${dayOf(row.decidedAt)}, so it can't be ${change}.`,
  );
}

/** Tells the applicant, per their e-mail preferences. */
async function notifyApplicant(tx: StoreTx, row: ApplicationRow, words: EmailWords): Promise<void> {
  await notifyRequestUpdate(tx, {
    ...words,
    memberId: row.memberId,
    personIds: [row.personId],
    recordKind: 'application',
    recordId: row.id,
  });
}

/**
 * Approves an undecided application: the city becomes a member from today (its membership year
 * starts, its first invoice is made at its population's tier) and the applicant becomes its mayor.
 */
export async function approveApplication(
  tx: StoreTx,
  row: ApplicationRow,
  actor: PersonRow,
  message: string | undefined,
): Promise<void> {
  requireUndecided(row, 'approved');
  // Held while its first invoice is made, like any invoice request for the city.
  const member = await tx.members.getForUpdate({ id: row.memberId });
  const applicant = await findPerson(tx, row.personId);
  if (!member || !applicant) throw notFound('That application’s city');
  const on = today();
  const at = clock.now().toISOString();
  member.kind = 'member';
  member.joinedOn = on;
  member.mayorId = applicant.id;
  applicant.role = 'mayor';
  applicant.title = 'Mayor';
  applicant.memberId = member.id;
  await tx.members.update(member);
  await tx.people.update(applicant);
  // The city's first invoice, at the tier of its population on file (unless one exists already).
  if (!(await currentInvoiceOf(tx, member.id, on))) await createYearInvoice(tx, member, on);
  row.status = 'approved';
  row.decidedAt = at;
  row.welcomeMessage = message ?? null;
  await recordStaffAction(tx, 'application', row, actor, at, 'Approved: the city is a member', message ?? null);
  await tx.applications.update(row);
  await notifyApplicant(tx, row, outboxWords.applicationApproved(row.city, message ?? null));
}

/** Declines an undecided application with a reason the applicant reads. */
export async function declineApplication(
  tx: StoreTx,
  row: ApplicationRow,
  actor: PersonRow,
  reason: string,
): Promise<void> {
  requireUndecided(row, 'declined');
  const at = clock.now().toISOString();
  row.status = 'declined';
  row.decidedAt = at;
  row.declineReason = reason;
  await recordStaffAction(tx, 'application', row, actor, at, 'Declined', reason);
  await tx.applications.update(row);
  await notifyApplicant(tx, row, outboxWords.applicationDeclined(row.city, reason));
}

/** Asks the applicant for more information; one question waits at a time. */
export async function askApplicationQuestion(
  tx: StoreTx,
  row: ApplicationRow,
  actor: PersonRow,
  question: string,
): Promise<void> {
  requireUndecided(row, 'asked about');
  if (row.status === 'information_requested') {
    throw new HttpError(
      409,
      'question_waiting',
      'MIP already asked the applicant a question, and it waits for their answer. Ask again once they answer.',
    );
  }
  const at = clock.now().toISOString();
  row.questions.push({
    id: await tx.nextId('question'),
    question,
    askedAt: at,
    askedById: actor.id,
    answer: null,
    answeredAt: null,
  });
  row.status = 'information_requested';
  await recordStaffAction(tx, 'application', row, actor, at, 'Asked for more information', question);
  await tx.applications.update(row);
  await notifyApplicant(tx, row, outboxWords.applicationQuestion(row.city, question));
}

/**
 * The applicant answers MIP's waiting question: only the person who applied (a delegate, MIP
 * previewing or a later mayor can't), and only while a question waits. The application goes back
 * to MIP.
 */
export async function answerApplicationQuestion(
  tx: StoreTx,
  session: ActiveSession,
  memberId: string,
  answer: string,
): Promise<ApplicationRow> {
  const { member, actor } = await requireMemberAccess(tx, session, memberId, { mayorOnly: true, write: true });
  const [found] = await tx.applications.find({ memberId: member.id });
  // Held, so two answers sent at once can't both find the question waiting.
  const row = found && (await tx.applications.getForUpdate({ id: found.id }));
  if (!row) throw notFound('That application');
  if (row.personId !== actor.id) {
    throw new HttpError(403, 'applicant_only', 'Only the person who applied can answer MIP’s questions.');
  }
  const waiting = row.status === 'information_requested' ? row.questions.find((q) => q.answer === null) : undefined;
  if (!waiting) {
    throw new HttpError(
      409,
      'no_question_waiting',
      UNDECIDED.has(row.status)
        ? 'MIP has no question waiting for an answer.'
        : `MIP already ${row.status} this application on ${dayOf(row.decidedAt)}; there is nothing to answer.`,
    );
  }
  const at = clock.now().toISOString();
  waiting.answer = answer;
  waiting.answeredAt = at;
  row.status = 'answered';
  // On MIP's record too, so staff see when the answer came (the version moves on).
  await recordStaffAction(tx, 'application', row, actor, at, 'The applicant answered', answer);
  await tx.applications.update(row);
  return row;
}

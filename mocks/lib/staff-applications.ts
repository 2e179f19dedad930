import type { StaffApplication } from '../../src/api/contracts/staff-applications';
import { duesTierFor } from '../../src/lib/dues-tiers';
import { formatDate } from '../../src/lib/format';
import { clock } from '../clock';
import { getDb, nextId } from '../db/db';
import type { ApplicationRow, PersonRow } from '../db/rows/people';
import { requireMemberAccess, requireStaffArea } from './access';
import { applicationView } from './applications';
import { HttpError, notFound } from './http-error';
import { createYearInvoice } from './invoice-requests';
import { currentInvoiceOf, today } from './invoices';
import { notifyRequestUpdate } from './outbox';
import { outboxWords, type EmailWords } from './outbox-words';
import { findMember, findPerson, personRef } from './people';
import { recordStaffAction, staffActionsOf } from './staff-changes';
import type { ActiveSession } from '../../server/rules/sessions';

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

/** An application for MIP's finance staff: anyone else is refused before the id is even looked up. */
export function staffApplicationFor(session: ActiveSession, applicationId: string | undefined): ApplicationRow {
  requireStaffArea(session, 'finance');
  const row = getDb().applications.find((a) => a.id === applicationId);
  if (!row) throw notFound('That application');
  return row;
}

/** The application as MIP's finance staff decide it: the applicant's view plus what only MIP sees. */
export function staffApplicationView(row: ApplicationRow): StaffApplication {
  return {
    ...applicationView(row),
    applicant: personRef(row.personId),
    tier: duesTierFor(row.population),
    actions: staffActionsOf('application', row.id),
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
function notifyApplicant(row: ApplicationRow, words: EmailWords): void {
  notifyRequestUpdate({
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
export function approveApplication(row: ApplicationRow, actor: PersonRow, message: string | undefined): void {
  requireUndecided(row, 'approved');
  const member = findMember(row.memberId);
  const applicant = findPerson(row.personId);
  if (!member || !applicant) throw notFound('That application’s city');
  const on = today();
  const at = clock.now().toISOString();
  member.kind = 'member';
  member.joinedOn = on;
  member.mayorId = applicant.id;
  applicant.role = 'mayor';
  applicant.title = 'Mayor';
  applicant.memberId = member.id;
  // The city's first invoice, at the tier of its population on file (unless one exists already).
  if (!currentInvoiceOf(member.id, on)) createYearInvoice(member, on);
  row.status = 'approved';
  row.decidedAt = at;
  row.welcomeMessage = message ?? null;
  recordStaffAction('application', row, actor, at, 'Approved: the city is a member', message ?? null);
  notifyApplicant(row, outboxWords.applicationApproved(row.city, message ?? null));
}

/** Declines an undecided application with a reason the applicant reads. */
export function declineApplication(row: ApplicationRow, actor: PersonRow, reason: string): void {
  requireUndecided(row, 'declined');
  const at = clock.now().toISOString();
  row.status = 'declined';
  row.decidedAt = at;
  row.declineReason = reason;
  recordStaffAction('application', row, actor, at, 'Declined', reason);
  notifyApplicant(row, outboxWords.applicationDeclined(row.city, reason));
}

/** Asks the applicant for more information; one question waits at a time. */
export function askApplicationQuestion(row: ApplicationRow, actor: PersonRow, question: string): void {
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
    id: nextId('question'),
    question,
    askedAt: at,
    askedById: actor.id,
    answer: null,
    answeredAt: null,
  });
  row.status = 'information_requested';
  recordStaffAction('application', row, actor, at, 'Asked for more information', question);
  notifyApplicant(row, outboxWords.applicationQuestion(row.city, question));
}

/**
 * The applicant answers MIP's waiting question: only the person who applied (a delegate, MIP
 * previewing or a later mayor can't), and only while a question waits. The application goes back
 * to MIP.
 */
export function answerApplicationQuestion(session: ActiveSession, memberId: string, answer: string): ApplicationRow {
  const { member, actor } = requireMemberAccess(session, memberId, { mayorOnly: true, write: true });
  const row = getDb().applications.find((a) => a.memberId === member.id);
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
  recordStaffAction('application', row, actor, at, 'The applicant answered', answer);
  return row;
}

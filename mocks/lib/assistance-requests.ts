import type { AssistanceRequest, AssistanceRequestBody } from '../../src/api/contracts/dues';
import { duesTierFor } from '../../src/lib/dues-tiers';
import { formatLongDate } from '../../src/lib/format';
import { membershipYearOf } from '../../src/lib/membership-year';
import { clock } from '../clock';
import { getDb, nextId } from '../db/db';
import type { AssistanceRequestRow } from '../db/rows/dues';
import type { MemberAccess } from './access';
import { HttpError } from './http-error';
import { currentInvoiceOf, today } from './invoices';
import { formatMoney } from '../../src/lib/format';
import { personRef } from './people';
import { possessive } from '../../src/lib/possessive';

const OPEN = new Set<AssistanceRequestRow['status']>(['submitted', 'under_review']);

export function assistanceRequestView({
  actorId,
  subjectId,
  decision: _decision,
  version: _version,
  ...row
}: AssistanceRequestRow): AssistanceRequest {
  return { ...row, attribution: { actor: personRef(actorId), subject: personRef(subjectId) } };
}

/** The city's latest request for the membership year `on` falls in, if any. */
export function currentAssistanceRequestOf(memberId: string, on = today()): AssistanceRequestRow | undefined {
  const label = membershipYearOf(on).label;
  return getDb()
    .assistanceRequests.filter((r) => r.memberId === memberId && r.membershipYearLabel === label)
    .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))[0];
}

/**
 * Asks MIP for help with this year's dues. One open request per year: a second one while MIP is
 * still deciding is refused (409), so the check and the insert run in one synchronous step.
 */
export function requestAssistance(access: MemberAccess, body: AssistanceRequestBody): AssistanceRequestRow {
  const { member } = access;
  const on = today();
  const feeCents = currentInvoiceOf(member.id, on)?.amountCents ?? duesTierFor(member.population).feeCents;
  if (body.canPayCents >= feeCents) {
    throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', {
      canPayCents: [`That covers the whole fee of ${formatMoney(feeCents)}: choose a payment schedule instead`],
    });
  }
  const open = currentAssistanceRequestOf(member.id, on);
  if (open && OPEN.has(open.status)) {
    throw new HttpError(
      409,
      'assistance_open',
      `MIP is already looking at ${possessive(member.city)} request for help with this year's dues, sent on ${formatLongDate(open.submittedAt)}. You will hear from MIP before you can send another.`,
    );
  }
  const row: AssistanceRequestRow = {
    id: nextId('assist'),
    memberId: member.id,
    membershipYearLabel: membershipYearOf(on).label,
    status: 'submitted',
    reason: body.reason,
    canPayCents: body.canPayCents,
    submittedAt: clock.now().toISOString(),
    decidedAt: null,
    decisionNote: null,
    decision: null,
    actorId: access.actor.id,
    subjectId: access.subject.id,
    version: 0,
  };
  getDb().assistanceRequests.push(row);
  return row;
}

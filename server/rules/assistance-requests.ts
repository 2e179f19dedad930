import type { AssistanceRequest, AssistanceRequestBody } from '../../src/api/contracts/dues';
import { duesTierFor } from '../../src/lib/dues-tiers';
import { formatLongDate, formatMoney } from '../../src/lib/format';
import { membershipYearOf } from '../../src/lib/membership-year';
import { possessive } from '../../src/lib/possessive';
import { clock } from '../../mocks/clock';
import type { AssistanceRequestRow } from '../../mocks/db/rows/dues';
import { HttpError } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';
import type { MemberAccess } from './access';
import { currentInvoiceOf, today } from './invoices';
import { personRef } from './people';
import { populationOn } from './population';

const OPEN = new Set<AssistanceRequestRow['status']>(['submitted', 'under_review']);

export async function assistanceRequestView(
  tx: StoreTx,
  { actorId, subjectId, decision: _decision, version: _version, ...row }: AssistanceRequestRow,
): Promise<AssistanceRequest> {
  return { ...row, attribution: { actor: await personRef(tx, actorId), subject: await personRef(tx, subjectId) } };
}

/** The city's latest request for the membership year `on` falls in, if any (the first made, on a tie). */
export async function currentAssistanceRequestOf(
  tx: StoreTx,
  memberId: string,
  on = today(),
): Promise<AssistanceRequestRow | undefined> {
  const rows = await tx.assistanceRequests.find({ memberId, membershipYearLabel: membershipYearOf(on).label });
  return rows.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt) || a.id.localeCompare(b.id))[0];
}

/**
 * Asks MIP for help with this year's dues. One open request per year: a second one while MIP is
 * still deciding is refused (409); the city's row is held while deciding, so two can't both pass.
 */
export async function requestAssistance(
  tx: StoreTx,
  access: MemberAccess,
  body: AssistanceRequestBody,
): Promise<AssistanceRequestRow> {
  const { member } = access;
  await tx.members.getForUpdate({ id: member.id });
  const on = today();
  const feeCents =
    (await currentInvoiceOf(tx, member.id, on))?.amountCents ??
    duesTierFor(populationOn(member, on).population).feeCents;
  if (body.canPayCents >= feeCents) {
    throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', {
      canPayCents: [`That covers the whole fee of ${formatMoney(feeCents)}: choose a payment schedule instead`],
    });
  }
  const open = await currentAssistanceRequestOf(tx, member.id, on);
  if (open && OPEN.has(open.status)) {
    throw new HttpError(
      409,
      'assistance_open',
      `MIP is already looking at ${possessive(member.city)} request for help with this year's dues, sent on ${formatLongDate(open.submittedAt)}. You will hear from MIP before you can send another.`,
    );
  }
  const row: AssistanceRequestRow = {
    id: await tx.nextId('assist'),
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
  await tx.assistanceRequests.insert(row);
  return row;
}

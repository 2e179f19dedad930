import { clock } from '../../mocks/clock';
import type { StoreTx } from '../store/store';
import type { MemberAccess } from './access';

/**
 * The mayor's account access history (`GET /members/{memberId}/access-log`): what delegates did for
 * them, and MIP previews (routes/staff-routes.ts records those). Descriptions are plain sentences naming
 * what was done and for whom, like the seed's (mocks/db/seed/access-log.ts).
 *
 * Handlers call this after the change succeeded, and only when something changed: a retried cancel
 * or withdraw that finds the work done adds nothing, and an Idempotency-Key replay never runs the
 * handler (lib/route.ts), so it adds nothing either.
 */
export async function appendDelegateAction(
  tx: StoreTx,
  memberId: string,
  actorId: string,
  description: string,
): Promise<void> {
  await tx.accessLog.insert({
    id: await tx.nextId('log'),
    memberId,
    kind: 'delegate_action',
    actorId,
    description,
    startedAt: clock.now().toISOString(),
    endedAt: null,
  });
}

/** Records a change made by a delegate; the mayor's own changes (and previews, which change nothing) are not logged. */
export async function recordDelegateAction(tx: StoreTx, access: MemberAccess, description: string): Promise<void> {
  if (access.via !== 'delegate') return;
  await appendDelegateAction(tx, access.member.id, access.actor.id, description);
}

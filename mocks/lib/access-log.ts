import { clock } from '../clock';
import { getDb, nextId } from '../db/db';
import type { MemberAccess } from './access';

/**
 * The mayor's account access history (`GET /members/{memberId}/access-log`): what delegates did for
 * them, and MIP previews (routes/staff-routes.ts records those). Descriptions are plain sentences naming
 * what was done and for whom, like the seed's (db/seed/access-log.ts).
 *
 * Handlers call this after the change succeeded, and only when something changed: a retried cancel
 * or withdraw that finds the work done adds nothing, and an Idempotency-Key replay never runs the
 * handler (lib/route.ts), so it adds nothing either.
 */
export function appendDelegateAction(memberId: string, actorId: string, description: string): void {
  getDb().accessLog.push({
    id: nextId('log'),
    memberId,
    kind: 'delegate_action',
    actorId,
    description,
    startedAt: clock.now().toISOString(),
    endedAt: null,
  });
}

/** Records a change made by a delegate; the mayor's own changes (and previews, which change nothing) are not logged. */
export function recordDelegateAction(access: MemberAccess, description: string): void {
  if (access.via !== 'delegate') return;
  appendDelegateAction(access.member.id, access.actor.id, description);
}

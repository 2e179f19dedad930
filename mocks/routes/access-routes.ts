import { endpoints } from '../../src/api/contracts/endpoints';
import { requireMemberAccess } from '../../server/rules/access';
import { formerUserRef, personRef } from '../../server/rules/people';
import { route } from '../lib/route';

export const accessRoutes = [
  // The mayor's own account history; delegates can't read it, MIP staff only while previewing.
  route(endpoints.getAccessLog, async ({ params, session, tx }) => {
    const { member } = await requireMemberAccess(tx, session, params.memberId ?? '', { mayorOnly: true });
    // Newest first; entries of the same instant (a frozen clock) newest-recorded first: new ids rise.
    const entries = (await tx.accessLog.find({ memberId: member.id })).sort(
      (a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id),
    );
    // A handful of people act in a city's history: each is read once.
    const actorIds = [...new Set(entries.map((e) => e.actorId))];
    const actors = new Map(await Promise.all(actorIds.map(async (id) => [id, await personRef(tx, id)] as const)));
    const items = entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      actor: actors.get(e.actorId) ?? formerUserRef(e.actorId),
      description: e.description,
      startedAt: e.startedAt,
      endedAt: e.endedAt,
    }));
    return { items };
  }),
];

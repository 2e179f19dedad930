import { endpoints } from '../../src/api/contracts/endpoints';
import { getDb } from '../db/db';
import { requireMemberAccess } from '../lib/access';
import { personRef } from '../lib/people';
import { route } from '../lib/route';

export const accessRoutes = [
  // The mayor's own account history; delegates can't read it, MIP staff only while previewing.
  route(endpoints.getAccessLog, ({ params, session }) => {
    const { member } = requireMemberAccess(session, params.memberId ?? '', { mayorOnly: true });
    // Newest first; entries of the same instant (a frozen clock) newest-recorded first.
    const items = getDb()
      .accessLog.map((e, index) => ({ e, index }))
      .filter(({ e }) => e.memberId === member.id)
      .sort((a, b) => b.e.startedAt.localeCompare(a.e.startedAt) || b.index - a.index)
      .map(({ e }) => ({
        id: e.id,
        kind: e.kind,
        actor: personRef(e.actorId),
        description: e.description,
        startedAt: e.startedAt,
        endedAt: e.endedAt,
      }));
    return { items };
  }),
];

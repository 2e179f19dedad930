import { endpoints } from '../../src/api/contracts/endpoints';
import { getDb } from '../db/db';
import { requireMemberAccess } from '../lib/access';
import { memoAllowanceOf, memoRequestView } from '../lib/memos';
import { publicRoute, route } from '../lib/route';

export const memoRoutes = [
  route(endpoints.getMemoAllowance, ({ params, session }) => {
    const { member } = requireMemberAccess(session, params.memberId ?? '', { scope: 'memos' });
    return memoAllowanceOf(member.id);
  }),

  route(endpoints.listMemoRequests, ({ params, session }) => {
    const { member } = requireMemberAccess(session, params.memberId ?? '', { scope: 'memos' });
    const items = getDb()
      .memoRequests.filter((m) => m.memberId === member.id)
      .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
    return { items: items.map(memoRequestView) };
  }),

  publicRoute(endpoints.listPolicyAreas, () => ({ items: getDb().policyAreas })),
];

import { endpoints } from '../../src/api/contracts/endpoints';
import { requireMemberAccess } from '../../server/rules/access';
import { memberSummaryView } from '../../server/rules/member-summary';
import { overviewActions } from '../../server/rules/overview-actions';
import { route } from '../lib/route';

export const overviewRoutes = [
  route(endpoints.getOverview, async ({ params, session, tx }) => {
    const access = await requireMemberAccess(tx, session, params.memberId ?? '');
    const member = await memberSummaryView(tx, access.member);
    return { member, actions: await overviewActions(tx, access, member.membership) };
  }),
];

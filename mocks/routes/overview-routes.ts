import { endpoints } from '../../src/api/contracts/endpoints';
import { requireMemberAccess } from '../lib/access';
import { memberSummaryView } from '../lib/member-summary';
import { overviewActions } from '../lib/overview-actions';
import { route } from '../lib/route';

export const overviewRoutes = [
  route(endpoints.getOverview, ({ params, session }) => {
    const access = requireMemberAccess(session, params.memberId ?? '');
    const member = memberSummaryView(access.member);
    return { member, actions: overviewActions(access, member.membership) };
  }),
];

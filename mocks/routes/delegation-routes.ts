import { endpoints } from '../../src/api/contracts/endpoints';
import { requireMemberAccess } from '../lib/access';
import {
  createDelegation,
  delegationFor,
  delegationView,
  delegationsOf,
  revokeDelegation,
  updateDelegation,
} from '../lib/delegations';
import { route } from '../lib/route';

/** Only the mayor manages delegation (delegates 403 `mayor_only`); MIP staff previewing may read it. */
const READ_DELEGATIONS = { mayorOnly: true } as const;
const WRITE_DELEGATIONS = { mayorOnly: true, write: true } as const;

export const delegationRoutes = [
  route(endpoints.listDelegations, ({ params, session }) => {
    const { member } = requireMemberAccess(session, params.memberId ?? '', READ_DELEGATIONS);
    return { items: delegationsOf(member.id) };
  }),

  route(endpoints.createDelegation, ({ params, body, session }) => {
    const access = requireMemberAccess(session, params.memberId ?? '', WRITE_DELEGATIONS);
    return delegationView(createDelegation(access, body));
  }),

  route(endpoints.updateDelegation, ({ params, body, session }) => {
    const { row } = delegationFor(session, params.delegationId, WRITE_DELEGATIONS);
    updateDelegation(row, body);
    return delegationView(row);
  }),

  route(endpoints.revokeDelegation, ({ params, session }) => {
    const { row } = delegationFor(session, params.delegationId, WRITE_DELEGATIONS);
    revokeDelegation(row);
    return null;
  }),
];

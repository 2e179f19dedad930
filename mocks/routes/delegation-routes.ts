import { endpoints } from '../../src/api/contracts/endpoints';
import { requireMemberAccess } from '../../server/rules/access';
import {
  createDelegation,
  delegationFor,
  delegationView,
  delegationsOf,
  revokeDelegation,
  updateDelegation,
} from '../../server/rules/delegations';
import { route } from '../lib/route';

/** Only the mayor manages delegation (delegates 403 `mayor_only`); MIP staff previewing may read it. */
const READ_DELEGATIONS = { mayorOnly: true } as const;
const WRITE_DELEGATIONS = { mayorOnly: true, write: true } as const;

export const delegationRoutes = [
  route(endpoints.listDelegations, async ({ params, session, tx }) => {
    const { member } = await requireMemberAccess(tx, session, params.memberId ?? '', READ_DELEGATIONS);
    return { items: await delegationsOf(tx, member.id) };
  }),

  route(endpoints.createDelegation, async ({ params, body, session, tx }) => {
    const access = await requireMemberAccess(tx, session, params.memberId ?? '', WRITE_DELEGATIONS);
    return delegationView(tx, await createDelegation(tx, access, body));
  }),

  route(endpoints.updateDelegation, async ({ params, body, session, tx }) => {
    const { row } = await delegationFor(tx, session, params.delegationId, WRITE_DELEGATIONS);
    await updateDelegation(tx, row, body);
    return delegationView(tx, row);
  }),

  route(endpoints.revokeDelegation, async ({ params, session, tx }) => {
    const { row } = await delegationFor(tx, session, params.delegationId, WRITE_DELEGATIONS);
    await revokeDelegation(tx, row);
    return null;
  }),
];

import { endpoints } from '../../src/api/contracts/endpoints';
import { route } from '../lib/route';
import {
  accountView,
  changeStaffAreas,
  deactivateStaffAccount,
  inviteStaffAccount,
  staffAccountFor,
  staffAccounts,
} from '../../server/rules/staff-accounts';
import { resendWelcomeLink } from '../../server/rules/welcome-links';

/** MIP's staff accounts, kept by its admins; a read-only preview is refused changes by the pipeline. */
export const staffAccountRoutes = [
  route(endpoints.listStaffAccounts, async ({ session, tx }) => ({ items: await staffAccounts(tx, session) })),

  route(endpoints.inviteStaffAccount, async ({ body, passwords, session, tx }) =>
    accountView(tx, await inviteStaffAccount(tx, session, body, passwords)),
  ),

  route(endpoints.changeStaffAreas, async ({ body, params, session, tx }) =>
    accountView(tx, await changeStaffAreas(tx, await staffAccountFor(tx, session, params.personId), body.areas)),
  ),

  route(endpoints.resendStaffWelcome, async ({ params, session, tx }) => {
    const { account } = await staffAccountFor(tx, session, params.personId);
    await resendWelcomeLink(tx, account);
    return accountView(tx, account);
  }),

  route(endpoints.deactivateStaffAccount, async ({ params, session, tx }) =>
    accountView(tx, await deactivateStaffAccount(tx, session, await staffAccountFor(tx, session, params.personId))),
  ),
];

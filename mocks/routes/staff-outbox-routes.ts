import { endpoints } from '../../src/api/contracts/endpoints';
import { staffOutbox } from '../../server/rules/outbox';
import { route } from '../lib/route';

/** The e-mails the API queued about members' requests, for any MIP staff (requireStaff inside). */
export const staffOutboxRoutes = [
  route(endpoints.listStaffOutbox, ({ query, session, tx }) => staffOutbox(tx, session, query)),
];

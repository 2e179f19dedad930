import { endpoints } from '../../src/api/contracts/endpoints';
import { discardMemoDraft, draftOwnerOf, keepMemoDraft, readMemoDraft } from '../../server/rules/memo-drafts';
import { route } from '../lib/route';

/** A person's unsent memo request for a city (server/rules/memo-drafts.ts says who reaches which). */
export const memoDraftRoutes = [
  route(endpoints.getMemoDraft, async ({ params, session, tx }) =>
    readMemoDraft(tx, await draftOwnerOf(tx, session, params.memberId ?? '', false)),
  ),

  route(endpoints.saveMemoDraft, async ({ params, body, session, tx }) =>
    keepMemoDraft(tx, await draftOwnerOf(tx, session, params.memberId ?? '', true), body),
  ),

  route(endpoints.deleteMemoDraft, async ({ params, session, tx }) => {
    await discardMemoDraft(tx, await draftOwnerOf(tx, session, params.memberId ?? '', true));
    return null;
  }),
];

import { endpoints } from '../../src/api/contracts/endpoints';
import { discardMemoDraft, draftOwnerOf, readMemoDraft, keepMemoDraft } from '../lib/memo-drafts';
import { route } from '../lib/route';

/** A person's unsent memo request for a city (mocks/lib/memo-drafts.ts says who reaches which). */
export const memoDraftRoutes = [
  route(endpoints.getMemoDraft, ({ params, session }) =>
    readMemoDraft(draftOwnerOf(session, params.memberId ?? '', false)),
  ),

  route(endpoints.saveMemoDraft, ({ params, body, session }) =>
    keepMemoDraft(draftOwnerOf(session, params.memberId ?? '', true), body),
  ),

  route(endpoints.deleteMemoDraft, ({ params, session }) => {
    discardMemoDraft(draftOwnerOf(session, params.memberId ?? '', true));
    return null;
  }),
];

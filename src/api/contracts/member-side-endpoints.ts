import { sessionEndpoints } from './session';
import { memberEndpoints } from './members';
import { meetingEndpoints } from './meetings';
import { memoEndpoints } from './memos';
import { briefingBookEndpoints } from './briefing-books';
import { trackEndpoints } from './tracks';
import { networkEndpoints } from './network';
import { duesEndpoints } from './dues';
import { accessEndpoints } from './access';
import { delegationEndpoints } from './delegations';
import { joiningEndpoints } from './joining';
import { welcomeLinkEndpoints } from './welcome-links';

/**
 * The member side's endpoints by area, each named by the contract file that holds it: the fetch
 * client loads one area's schemas with that area's first request, so a page builds only the
 * schemas it calls (decision 042). `routes.generated.ts` is written from this list.
 */
export const memberSideAreas = {
  session: sessionEndpoints,
  members: memberEndpoints,
  meetings: meetingEndpoints,
  memos: memoEndpoints,
  'briefing-books': briefingBookEndpoints,
  tracks: trackEndpoints,
  network: networkEndpoints,
  dues: duesEndpoints,
  access: accessEndpoints,
  delegations: delegationEndpoints,
  joining: joiningEndpoints,
  'welcome-links': welcomeLinkEndpoints,
};

/** The endpoints a member's pages call, and the session and preview ones every page needs. */
export const memberSideEndpoints = {
  ...sessionEndpoints,
  ...memberEndpoints,
  ...meetingEndpoints,
  ...memoEndpoints,
  ...briefingBookEndpoints,
  ...trackEndpoints,
  ...networkEndpoints,
  ...duesEndpoints,
  ...accessEndpoints,
  ...delegationEndpoints,
  ...joiningEndpoints,
  ...welcomeLinkEndpoints,
};

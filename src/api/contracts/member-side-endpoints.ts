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
 * The endpoints a member's pages call (and the session and preview ones every page needs): the
 * schemas a mayor's phone loads with its first request.
 */
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

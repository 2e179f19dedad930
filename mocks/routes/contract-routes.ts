import type { ContractRoute } from '../lib/route';
import { accessRoutes } from './access-routes';
import { briefingBookRoutes } from './briefing-book-routes';
import { delegationRoutes } from './delegation-routes';
import { duesRoutes } from './dues-routes';
import { joiningRoutes } from './joining-routes';
import { meetingRoutes } from './meeting-routes';
import { memoDraftRoutes } from './memo-draft-routes';
import { memoRoutes } from './memo-routes';
import { networkRoutes } from './network-routes';
import { overviewRoutes } from './overview-routes';
import { sessionRoutes } from './session-routes';
import { staffMemoRoutes } from './staff-memo-routes';
import { staffApplicationRoutes } from './staff-application-routes';
import { staffAssistanceRoutes } from './staff-assistance-routes';
import { staffInvoiceRoutes } from './staff-invoice-routes';
import { staffOutboxRoutes } from './staff-outbox-routes';
import { staffRoutes } from './staff-routes';
import { staffTravelRoutes } from './staff-travel-routes';
import { staffMeetingRoutes } from './staff-meeting-routes';
import { staffLibraryRoutes } from './staff-library-routes';
import { staffCityRoutes } from './staff-city-routes';
import { staffAccountRoutes } from './staff-account-routes';
import { trackRoutes } from './track-routes';
import { welcomeLinkRoutes } from './welcome-link-routes';

/** Every route of the contract, in the order a path is tried: whichever runtime serves them. */
export const contractRoutes: readonly ContractRoute[] = [
  ...sessionRoutes,
  ...welcomeLinkRoutes,
  ...overviewRoutes,
  ...meetingRoutes,
  ...memoRoutes,
  ...memoDraftRoutes,
  ...briefingBookRoutes,
  ...trackRoutes,
  ...networkRoutes,
  ...duesRoutes,
  ...joiningRoutes,
  ...accessRoutes,
  ...delegationRoutes,
  ...staffRoutes,
  ...staffMemoRoutes,
  ...staffApplicationRoutes,
  ...staffAssistanceRoutes,
  ...staffInvoiceRoutes,
  ...staffOutboxRoutes,
  ...staffTravelRoutes,
  ...staffMeetingRoutes,
  ...staffLibraryRoutes,
  ...staffCityRoutes,
  ...staffAccountRoutes,
];

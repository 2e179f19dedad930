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
import { staffMemoEndpoints } from './staff-memos';
import { staffApplicationEndpoints } from './staff-applications';
import { staffAssistanceEndpoints } from './staff-assistance';
import { staffTravelEndpoints } from './staff-travel';
import { staffWorkEndpoints } from './staff-work';
import { staffInvoiceEndpoints } from './staff-invoices';
import { staffOutboxEndpoints } from './staff-outbox';
import { staffMeetingEndpoints } from './staff-meetings';
import { staffLibraryEndpoints } from './staff-library';
import { staffCityEndpoints } from './staff-cities';

/**
 * The inventory of every endpoint of the Member Hub API. Feature work adds its endpoints to its
 * area's file; the OpenAPI document, the mock API and the generated tests follow from here.
 */
export const endpoints = {
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
  ...staffWorkEndpoints,
  ...staffMemoEndpoints,
  ...staffApplicationEndpoints,
  ...staffAssistanceEndpoints,
  ...staffTravelEndpoints,
  ...staffInvoiceEndpoints,
  ...staffOutboxEndpoints,
  ...staffMeetingEndpoints,
  ...staffLibraryEndpoints,
  ...staffCityEndpoints,
};

export type EndpointName = keyof typeof endpoints;

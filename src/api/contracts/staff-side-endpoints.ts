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
import { staffAccountEndpoints } from './staff-accounts';

/**
 * The endpoints only MIP staff's workbench calls: their schemas load with a staff page's first
 * request, never on a member's phone (decision 036).
 */
export const staffSideEndpoints = {
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
  ...staffAccountEndpoints,
};

import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { InboxQuery } from '@/api/contracts/staff-work';

/** Everything of the staff member's areas waiting for MIP, as one page of the inbox. */
export function inboxQueryOptions(query: InboxQuery) {
  return queryOptions({
    queryKey: ['staff-work', 'inbox', query],
    queryFn: ({ signal, client }) => apiRequest('listStaffInbox', { query, signal, client }),
  });
}

import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

/** MIP's staff accounts, for its admins. */
export const STAFF_ACCOUNTS_KEY = ['staff-work', 'accounts'] as const;

export function staffAccountsQueryOptions() {
  return queryOptions({
    queryKey: STAFF_ACCOUNTS_KEY,
    queryFn: ({ signal, client }) => apiRequest('listStaffAccounts', { signal, client }),
  });
}

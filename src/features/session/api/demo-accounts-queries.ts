import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

/** The mock API's demo accounts, for one-click sign-in (a real API has none). */
export function demoAccountsQueryOptions() {
  return queryOptions({
    queryKey: ['demo-accounts'],
    queryFn: ({ signal, client }) => apiRequest('listDemoAccounts', { signal, client }),
    staleTime: Infinity,
  });
}

import { queryOptions } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { apiRequest } from '@/api/client';

/**
 * MIP's dues table (public). Loaded once by the Join page, whose calculator then finds the tier
 * for each keystroke itself. Its key is kept when a sign-in forgets everything else: it belongs
 * to no one, and the Join page still shows it while the new mayor's session starts.
 */
export function duesTierListQueryOptions() {
  return queryOptions({
    queryKey: ['dues-tiers'],
    queryFn: ({ signal, client }) => apiRequest('listDuesTiers', { signal, client }),
    staleTime: Infinity,
  });
}

/** A prospective city's application to join, or null when the city has not applied (404). */
export function applicationQueryOptions(memberId: string) {
  return queryOptions({
    queryKey: ['applications', 'detail', memberId],
    queryFn: async ({ signal, client }) => {
      try {
        return await apiRequest('getApplication', { params: { memberId }, signal, client });
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
}

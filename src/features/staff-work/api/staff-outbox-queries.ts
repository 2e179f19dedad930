import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

export const STAFF_OUTBOX_PAGE_SIZE = 20;

/** The outbox page's page number as it lives in the URL (`?page=2`); anything else is page 1. */
export function parseStaffOutboxPage(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/** The search string for a page, leaving out the first so shared links stay short. */
export function staffOutboxSearchString(page: number): string {
  return page > 1 ? `?page=${String(page)}` : '';
}

/** One page of the e-mails the API queued about members' requests, newest first. */
export function staffOutboxQueryOptions(page: number) {
  return queryOptions({
    queryKey: ['staff-work', 'outbox', page] as const,
    queryFn: ({ signal, client }) =>
      apiRequest('listStaffOutbox', { query: { page, pageSize: STAFF_OUTBOX_PAGE_SIZE }, signal, client }),
    placeholderData: keepPreviousData,
  });
}

import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

/** The city's dues: tier, invoices, plan and packet (a delegate needs the dues scope). */
export function duesQueryOptions(memberId: string) {
  return queryOptions({
    queryKey: ['dues', 'detail', memberId],
    queryFn: ({ signal }) => apiRequest('getDues', { params: { memberId }, signal }),
  });
}

/** The annual fee for a population (public). */
export function duesQuoteQueryOptions(population: number) {
  return queryOptions({
    queryKey: ['dues', 'quote', population],
    queryFn: ({ signal }) => apiRequest('quoteDues', { query: { population }, signal }),
    staleTime: Infinity,
  });
}

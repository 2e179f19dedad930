import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';

/**
 * Every dues query lives under ['dues', …], so that a payment, an invoice request, a new schedule
 * or an assistance request refreshes the dues page, its invoices and the dashboard's summary at once.
 */

/** The city's dues: tier, invoices, plan, packet and assistance request (a delegate needs the dues scope). */
export function duesQueryOptions(memberId: string) {
  return queryOptions({
    queryKey: ['dues', 'detail', memberId],
    queryFn: ({ signal, client }) => apiRequest('getDues', { params: { memberId }, signal, client }),
  });
}

/** One invoice with who is billed and where to pay: the printable invoice or receipt. */
export function invoiceQueryOptions(invoiceId: string) {
  return queryOptions({
    queryKey: ['dues', 'invoice', invoiceId],
    queryFn: ({ signal, client }) => apiRequest('getInvoice', { params: { invoiceId }, signal, client }),
  });
}

/** How a hosted checkout ended, read when the person comes back from it. */
export function checkoutSessionQueryOptions(checkoutSessionId: string) {
  return queryOptions({
    queryKey: ['dues', 'checkout', checkoutSessionId],
    queryFn: ({ signal, client }) =>
      apiRequest('getCheckoutSession', { params: { checkoutSessionId }, signal, client }),
  });
}

/** The annual fee for a population (public). */
export function duesQuoteQueryOptions(population: number) {
  return queryOptions({
    queryKey: ['dues', 'quote', population],
    queryFn: ({ signal, client }) =>
      apiRequest('quoteDues', { query: { population: String(population) }, signal, client }),
    staleTime: Infinity,
  });
}

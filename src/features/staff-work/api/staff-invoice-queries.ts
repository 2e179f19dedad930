import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { viewPageSearch, type ViewPageSearch } from '@/lib/view-page-search';
import type { StaffInvoiceView } from '@/api/contracts/staff-invoices';

export const STAFF_INVOICE_PAGE_SIZE = 20;
export const STAFF_INVOICE_VIEWS: readonly StaffInvoiceView[] = ['overdue', 'requested', 'open', 'paid'];

const search = viewPageSearch(STAFF_INVOICE_VIEWS, 'overdue');

/** The invoices page's choices as they live in the URL: `?view=…&page=2`; overdue is the default. */
export type StaffInvoiceSearch = ViewPageSearch<StaffInvoiceView>;
export const parseStaffInvoiceSearch = search.parse;
export const staffInvoiceSearchString = search.toString;

export const staffInvoiceQueryKey = (invoiceId: string) => ['staff-work', 'invoice', invoiceId] as const;

/** One view of every city's invoices, for MIP's finance staff. */
export function staffInvoiceListQueryOptions({ view, page }: StaffInvoiceSearch) {
  return queryOptions({
    queryKey: ['staff-work', 'invoices', view, page] as const,
    queryFn: ({ signal, client }) =>
      apiRequest('listStaffInvoices', {
        query: { view, page, pageSize: STAFF_INVOICE_PAGE_SIZE },
        signal,
        client,
      }),
    placeholderData: keepPreviousData,
  });
}

/** One invoice as MIP's finance staff keep it. */
export function staffInvoiceQueryOptions(invoiceId: string) {
  return queryOptions({
    queryKey: staffInvoiceQueryKey(invoiceId),
    queryFn: ({ signal, client }) => apiRequest('getStaffInvoice', { params: { invoiceId }, signal, client }),
  });
}

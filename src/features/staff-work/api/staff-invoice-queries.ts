import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { StaffInvoiceView } from '@/api/contracts/staff-invoices';

export const STAFF_INVOICE_PAGE_SIZE = 20;
export const STAFF_INVOICE_VIEWS: readonly StaffInvoiceView[] = ['overdue', 'requested', 'open', 'paid'];

/** The invoices page's choices as they live in the URL: `?view=paid&page=2`; overdue is the default. */
export interface StaffInvoiceSearch {
  view: StaffInvoiceView;
  page: number;
}

/** Reads the URL leniently: a value that makes no sense is ignored, not an error page. */
export function parseStaffInvoiceSearch(params: URLSearchParams): StaffInvoiceSearch {
  const page = Number(params.get('page'));
  return {
    view: STAFF_INVOICE_VIEWS.find((v) => v === params.get('view')) ?? 'overdue',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The search string for a choice, leaving out defaults so shared links stay short. */
export function staffInvoiceSearchString({ view, page }: StaffInvoiceSearch): string {
  const params = new URLSearchParams();
  if (view !== 'overdue') params.set('view', view);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

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

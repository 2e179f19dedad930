import { useSearchParams } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { parseStaffInvoiceSearch, staffInvoiceListQueryOptions } from '@/features/staff-work/api/staff-invoice-queries';
import { StaffInvoiceList } from '@/features/staff-work/components/invoices/staff-invoice-list';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request }) => {
    await queryClient.query(staffInvoiceListQueryOptions(parseStaffInvoiceSearch(new URL(request.url).searchParams)));
    return null;
  };

/** Every city's invoices for MIP's finance staff: overdue first, then those to send, open and paid. */
export function Component() {
  const [searchParams] = useSearchParams();
  return (
    <>
      <PageHeading documentTitle="Invoices">Invoices</PageHeading>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">
        Every member city's dues invoices: the overdue ones, those cities asked MIP to send, those still open, and those
        paid.
      </p>
      <StaffInvoiceList search={parseStaffInvoiceSearch(searchParams)} />
    </>
  );
}

import { useParams } from 'react-router';
import { staffInvoiceQueryOptions } from '@/features/staff-work/api/staff-invoice-queries';
import { StaffInvoicePage } from '@/features/staff-work/components/invoices/staff-invoice-page';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.query(staffInvoiceQueryOptions(params.invoiceId ?? ''));
    return null;
  };

export function Component() {
  const { invoiceId = '' } = useParams();
  return <StaffInvoicePage invoiceId={invoiceId} />;
}

import { data, useParams } from 'react-router';
import { invoiceQueryOptions } from '@/features/dues/api/dues-queries';
import { InvoiceDocument } from '@/features/dues/components/invoice-document';
import type { ClientLoader } from '../route-module';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    const { invoice } = await queryClient.query(invoiceQueryOptions(params.invoiceId ?? ''));
    // An invoice is shown only under its own city's address, never another's.
    if (invoice.memberId !== params.memberId) throw data(null, { status: 404 });
    return null;
  };

/** The printable invoice, or the receipt once it is paid. */
export function Component() {
  const memberId = useMemberId();
  const { invoiceId = '' } = useParams();
  return <InvoiceDocument memberId={memberId} invoiceId={invoiceId} />;
}

export { InvoiceErrorBoundary as ErrorBoundary } from './dues-boundaries';

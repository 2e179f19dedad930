import { useSuspenseQuery } from '@tanstack/react-query';
import { useSession } from '@/api/queries/session-queries';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { duesQueryOptions } from '@/features/dues/api/dues-queries';
import { InvoiceRequestForm } from '@/features/dues/components/invoice-request-form';
import { draftKey } from '@/lib/drafts';
import type { ClientLoader } from '../route-module';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.query(duesQueryOptions(params.memberId ?? ''));
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  const session = useSession();
  const { data: dues } = useSuspenseQuery(duesQueryOptions(memberId));
  // The newest billing details the city gave (this year's, or last year's), to start from.
  const lastBilling = dues.invoices.find((invoice) => invoice.billing)?.billing ?? null;
  const year = dues.currentInvoice?.membershipYearLabel;
  return (
    <div className="max-w-3xl">
      <p>
        <TextLink to={paths.member.dues.href(memberId)}>Back to dues</TextLink>
      </p>
      <PageHeading className="mt-3">Request an invoice</PageHeading>
      <p className="mt-2 text-lg text-slate-700">
        Pay {year ? `the ${year} dues` : "this year's dues"} by check or bank transfer instead of by card. MIP sends the
        invoice to your billing contact, with your purchase-order number on it if you give one.
      </p>
      <p className="mt-2 text-slate-700">
        What you type is kept in this browser tab until you send it, even if you reload the page.
      </p>
      <div className="mt-8">
        <InvoiceRequestForm
          memberId={memberId}
          draftKey={draftKey('invoice-request', session.person.id, memberId)}
          lastBilling={lastBilling}
        />
      </div>
    </div>
  );
}

export { DuesErrorBoundary as ErrorBoundary } from './dues-boundaries';

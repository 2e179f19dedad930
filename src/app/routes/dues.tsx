import { useSearchParams } from 'react-router';
import { useOverview } from '@/api/queries/overview-queries';
import { PageHeading } from '@/components/ui/page-heading';
import { checkoutSessionQueryOptions, duesQueryOptions } from '@/features/dues/api/dues-queries';
import { CheckoutOutcome } from '@/features/dues/components/checkout-outcome';
import { DuesPage } from '@/features/dues/components/dues-page';
import { MembershipStatusTag } from '@/features/membership/components/membership-status-tag';
import type { ClientLoader } from '../route-module';
import { prefetch } from './prefetch';
import { useMemberId } from './use-member-id';
import { possessive } from '@/lib/possessive';

/** `?checkout=<id>`: the hosted checkout sends people back here with the checkout they came from. */
const CHECKOUT_PARAM = 'checkout';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params, request }) => {
    const memberId = params.memberId ?? '';
    const checkout = new URL(request.url).searchParams.get(CHECKOUT_PARAM);
    await Promise.all([
      // Back from a checkout, a payment may just have been made: always ask for the dues afresh.
      queryClient.query(checkout ? { ...duesQueryOptions(memberId), staleTime: 0 } : duesQueryOptions(memberId)),
      // How the checkout ended; a failure shows in the message about it, not instead of the page.
      checkout && prefetch(queryClient.query({ ...checkoutSessionQueryOptions(checkout), staleTime: 0 })),
    ]);
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  const { member } = useOverview(memberId);
  const [searchParams, setSearchParams] = useSearchParams();
  const checkout = searchParams.get(CHECKOUT_PARAM);

  function dismissCheckout() {
    setSearchParams(
      (current) => {
        current.delete(CHECKOUT_PARAM);
        return current;
      },
      { replace: true, preventScrollReset: true },
    );
    // The message (and the button) go: keep keyboard focus at a known place, the top of the page.
    document.querySelector<HTMLElement>('main h1')?.focus();
  }

  return (
    <>
      <PageHeading documentTitle={`Dues · ${member.city}`}>Dues</PageHeading>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">
        {possessive(member.city)} membership dues: this year's invoice and how to pay it, and every invoice and receipt.
      </p>
      {checkout && (
        <div className="mt-6">
          <CheckoutOutcome memberId={memberId} checkoutSessionId={checkout} onDismiss={dismissCheckout} />
        </div>
      )}
      <DuesPage memberId={memberId} membershipStatus={<MembershipStatusTag membership={member.membership} />} />
    </>
  );
}

export { DuesErrorBoundary as ErrorBoundary } from './dues-boundaries';

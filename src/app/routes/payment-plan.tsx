import { duesQueryOptions } from '@/features/dues/api/dues-queries';
import { PaymentPlanPage } from '@/features/dues/components/payment-plan-page';
import type { ClientLoader } from '../route-module';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.query(duesQueryOptions(params.memberId ?? ''));
    return null;
  };

export function Component() {
  return <PaymentPlanPage memberId={useMemberId()} />;
}

export { DuesErrorBoundary as ErrorBoundary } from './dues-boundaries';

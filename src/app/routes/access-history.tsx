import { useRouteError } from 'react-router';
import { accessLogQueryOptions } from '@/features/access/api/access-queries';
import { AccessHistoryPage } from '@/features/access/components/access-history-page';
import type { ClientLoader } from '../route-module';
import { RouteErrorContent } from '../shell/route-error-content';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.query(accessLogQueryOptions(params.memberId ?? ''));
    return null;
  };

export function Component() {
  return <AccessHistoryPage memberId={useMemberId()} />;
}

export function ErrorBoundary() {
  return <RouteErrorContent error={useRouteError()} />;
}

import { useRouteError } from 'react-router';
import { delegationsQueryOptions } from '@/features/access/api/access-queries';
import { DelegatesPage } from '@/features/access/components/delegates-page';
import { useSession } from '@/api/queries/session-queries';
import { draftKey } from '@/lib/drafts';
import type { ClientLoader } from '../route-module';
import { RouteErrorContent } from '../shell/route-error-content';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.query(delegationsQueryOptions(params.memberId ?? ''));
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  const session = useSession();
  return <DelegatesPage memberId={memberId} draftKey={draftKey('delegate-invite', session.person.id, memberId)} />;
}

/** A delegate who opens this page is told only the mayor manages delegates (the API's 403 mayor_only). */
export function ErrorBoundary() {
  return <RouteErrorContent error={useRouteError()} />;
}

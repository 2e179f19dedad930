import { useSession } from '@/api/queries/session-queries';
import { duesQueryOptions } from '@/features/dues/api/dues-queries';
import { AssistancePage } from '@/features/dues/components/assistance-page';
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
  return <AssistancePage memberId={memberId} draftKey={draftKey('assistance-request', session.person.id, memberId)} />;
}

export { DuesErrorBoundary as ErrorBoundary } from './dues-boundaries';

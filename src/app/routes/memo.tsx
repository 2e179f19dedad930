import { useParams } from 'react-router';
import { memoRequestQueryOptions } from '@/features/memos/api/memo-queries';
import { MemoRequestPage } from '@/features/memos/components/memo-request-page';
import type { ClientLoader } from '../route-module';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.query(memoRequestQueryOptions(params.memoRequestId ?? ''));
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  const { memoRequestId = '' } = useParams();
  return <MemoRequestPage memberId={memberId} memoRequestId={memoRequestId} />;
}
export { MemoErrorBoundary as ErrorBoundary } from './not-found-boundaries';

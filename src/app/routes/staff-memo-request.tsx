import { staffMemoRequestQueryOptions } from '@/features/staff-work/api/staff-memo-queries';
import { StaffMemoPage } from '@/features/staff-work/components/memo/staff-memo-page';
import type { ClientLoader } from '../route-module';
import { useParams } from 'react-router';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.query(staffMemoRequestQueryOptions(params.memoRequestId ?? ''));
    return null;
  };

export function Component() {
  const { memoRequestId = '' } = useParams();
  return <StaffMemoPage memoRequestId={memoRequestId} />;
}

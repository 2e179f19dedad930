import { staffAssistanceRequestQueryOptions } from '@/features/staff-work/api/staff-assistance-queries';
import { StaffAssistancePage } from '@/features/staff-work/components/assistance/staff-assistance-page';
import type { ClientLoader } from '../route-module';
import { useParams } from 'react-router';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.query(staffAssistanceRequestQueryOptions(params.assistanceRequestId ?? ''));
    return null;
  };

export function Component() {
  const { assistanceRequestId = '' } = useParams();
  return <StaffAssistancePage assistanceRequestId={assistanceRequestId} />;
}

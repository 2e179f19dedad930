import { useParams } from 'react-router';
import { staffApplicationQueryOptions } from '@/features/staff-work/api/staff-application-queries';
import { StaffApplicationPage } from '@/features/staff-work/components/application/staff-application-page';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.query(staffApplicationQueryOptions(params.applicationId ?? ''));
    return null;
  };

export function Component() {
  const { applicationId = '' } = useParams();
  return <StaffApplicationPage applicationId={applicationId} />;
}

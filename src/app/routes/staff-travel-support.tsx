import { staffTravelSupportQueryOptions } from '@/features/staff-work/api/staff-travel-queries';
import { StaffTravelPage } from '@/features/staff-work/components/travel/staff-travel-page';
import type { ClientLoader } from '../route-module';
import { useParams } from 'react-router';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.query(staffTravelSupportQueryOptions(params.registrationId ?? ''));
    return null;
  };

export function Component() {
  const { registrationId = '' } = useParams();
  return <StaffTravelPage registrationId={registrationId} />;
}

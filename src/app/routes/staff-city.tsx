import { useParams } from 'react-router';
import { staffCityQueryOptions } from '@/features/staff-work/api/staff-city-queries';
import { StaffCityPage } from '@/features/staff-work/components/cities/staff-city-page';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.query(staffCityQueryOptions(params.memberId ?? ''));
    return null;
  };

export function Component() {
  const { memberId = '' } = useParams();
  return <StaffCityPage memberId={memberId} />;
}

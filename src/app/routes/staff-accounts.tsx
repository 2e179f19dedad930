import { staffAccountsQueryOptions } from '@/features/staff-work/api/staff-account-queries';
import { StaffAccountsPage } from '@/features/staff-work/components/accounts/staff-accounts-page';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader = (queryClient) => async () => {
  await queryClient.query(staffAccountsQueryOptions());
  return null;
};

export function Component() {
  return <StaffAccountsPage />;
}

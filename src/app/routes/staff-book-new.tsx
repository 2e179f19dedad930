import { sessionQueryOptions } from '@/api/queries/session-queries';
import { loadBookChoices } from '@/features/staff-work/api/book-choices';
import { StaffBookNewPage } from '@/features/staff-work/components/library/staff-book-new-page';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader = (queryClient) => async () => {
  await loadBookChoices(queryClient, await queryClient.query(sessionQueryOptions()));
  return null;
};

export function Component() {
  return <StaffBookNewPage />;
}

import { useParams } from 'react-router';
import { sessionQueryOptions } from '@/api/queries/session-queries';
import { loadBookChoices } from '@/features/staff-work/api/book-choices';
import { staffBookQueryOptions } from '@/features/staff-work/api/staff-library-queries';
import { StaffBookEditPage } from '@/features/staff-work/components/library/staff-book-edit-page';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    const session = await queryClient.query(sessionQueryOptions());
    await Promise.all([
      queryClient.query(staffBookQueryOptions(params.bookId ?? '')),
      loadBookChoices(queryClient, session),
    ]);
    return null;
  };

export function Component() {
  const { bookId = '' } = useParams();
  return <StaffBookEditPage bookId={bookId} />;
}

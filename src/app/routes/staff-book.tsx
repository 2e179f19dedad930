import { useParams } from 'react-router';
import { staffBookQueryOptions } from '@/features/staff-work/api/staff-library-queries';
import { StaffBookPage } from '@/features/staff-work/components/library/staff-book-page';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    await queryClient.query(staffBookQueryOptions(params.bookId ?? ''));
    return null;
  };

export function Component() {
  const { bookId = '' } = useParams();
  return <StaffBookPage bookId={bookId} />;
}

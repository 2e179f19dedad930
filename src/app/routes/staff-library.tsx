import { useSearchParams } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { useSession } from '@/api/queries/session-queries';
import { parseStaffBookSearch, staffBookListQueryOptions } from '@/features/staff-work/api/staff-library-queries';
import { StaffBookList } from '@/features/staff-work/components/library/staff-book-list';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request }) => {
    await queryClient.query(staffBookListQueryOptions(parseStaffBookSearch(new URL(request.url).searchParams)));
    return null;
  };

/** The library as programs and policy staff keep it: drafts and published books, and a way to write one. */
export function Component() {
  const [searchParams] = useSearchParams();
  const previewing = useSession().preview !== null;
  return (
    <>
      <PageHeading documentTitle="Library">Library</PageHeading>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">
        Meeting briefing books and policy resources: drafts only MIP sees, and what members find in the library.
      </p>
      {!previewing && (
        <p className="mt-4">
          <TextLink to={paths.staff.bookNew.href()}>Write a book or resource</TextLink>
        </p>
      )}
      <StaffBookList search={parseStaffBookSearch(searchParams)} />
    </>
  );
}

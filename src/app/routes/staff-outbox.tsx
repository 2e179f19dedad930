import { useSearchParams } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { parseStaffOutboxPage, staffOutboxQueryOptions } from '@/features/staff-work/api/staff-outbox-queries';
import { StaffOutboxList } from '@/features/staff-work/components/outbox/staff-outbox-list';
import type { ClientLoader } from '../route-module';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request }) => {
    await queryClient.query(staffOutboxQueryOptions(parseStaffOutboxPage(new URL(request.url).searchParams)));
    return null;
  };

/** The e-mails the API queued about members' requests, for any MIP staff, newest first. */
export function Component() {
  const [searchParams] = useSearchParams();
  return (
    <>
      <PageHeading documentTitle="E-mail outbox">E-mail outbox</PageHeading>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">
        The e-mails the Hub queued when MIP acted on a city's request, for each person concerned who gets request
        updates, and the welcome e-mails of accounts MIP made (their sign-in link is in the e-mail only). They are not
        sent yet.
      </p>
      <StaffOutboxList page={parseStaffOutboxPage(searchParams)} />
    </>
  );
}

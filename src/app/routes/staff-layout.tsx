import { Outlet, redirect } from 'react-router';
import { MemberNav } from '@/components/layout/member-nav';
import { PageMain } from '@/components/layout/page-main';
import { paths } from '@/config/paths';
import { useSession } from '@/api/queries/session-queries';
import { homePathFor } from '@/features/session/api/home-path';
import { requireSession } from '@/features/session/api/require-session';
import type { ClientLoader } from '../route-module';

/** MIP staff only: anyone else goes to their own home. */
export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request }) => {
    const session = await requireSession(queryClient, request);
    if (session.person.role !== 'mip_staff') throw redirect(homePathFor(session));
    return null;
  };

/** The requests opened from the inbox: on their pages the inbox stays the current section. */
const INBOX_RECORDS = [
  '/staff/memo-requests/',
  '/staff/travel-support/',
  '/staff/assistance-requests/',
  '/staff/applications/',
];

/** MIP's side of the Hub: the sections of the workbench above each page. */
export function Component() {
  const { staffAreas } = useSession().person;
  const finance = staffAreas.includes('finance');
  const programs = staffAreas.includes('programs');
  const writesBooks = programs || staffAreas.includes('policy');
  const admin = staffAreas.includes('admin');
  return (
    <>
      <div className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-6 gap-y-2 px-4 pt-3 sm:px-6">
          <p className="pb-2 text-lg font-semibold text-slate-900">MIP staff</p>
          <MemberNav
            label="MIP staff"
            items={[
              { to: paths.staff.href(), label: 'Inbox', end: true, also: INBOX_RECORDS },
              ...(programs ? [{ to: paths.staff.meetings.href(), label: 'Meetings' }] : []),
              ...(writesBooks ? [{ to: paths.staff.library.href(), label: 'Library' }] : []),
              ...(finance ? [{ to: paths.staff.invoices.href(), label: 'Invoices' }] : []),
              { to: paths.staff.members.href(), label: 'Member cities' },
              { to: paths.staff.outbox.href(), label: 'Outbox' },
              ...(admin ? [{ to: paths.staff.accounts.href(), label: 'Staff accounts' }] : []),
            ]}
          />
        </div>
      </div>
      <PageMain>
        <Outlet />
      </PageMain>
    </>
  );
}

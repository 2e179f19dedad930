import { redirect } from 'react-router';
import { overviewQueryOptions, useOverview } from '@/api/queries/overview-queries';
import { sessionQueryOptions, useSession } from '@/api/queries/session-queries';
import { PageMain } from '@/components/layout/page-main';
import { PageHeading } from '@/components/ui/page-heading';
import { duesQuoteQueryOptions } from '@/features/dues/api/dues-queries';
import { applicationQueryOptions } from '@/features/joining/api/joining-queries';
import { ApplicationStatusWidget } from '@/features/joining/components/application-status-widget';
import { MembershipFeeWidget } from '@/features/dues/components/membership-fee-widget';
import { meetingListQueryOptions } from '@/features/meetings/api/meetings-queries';
import { registrationListQueryOptions } from '@/features/meetings/api/registrations-queries';
import {
  FreeWinterMeetingWidget,
  nextWinterMeetingFilters,
} from '@/features/meetings/components/free-winter-meeting-widget';
import { JoinStatusWidget } from '@/features/membership/components/join-status-widget';
import { homePathFor } from '@/features/session/api/home-path';
import { requireSession } from '@/features/session/api/require-session';
import type { ClientLoader } from '../route-module';
import { MembershipBenefits } from '../shell/membership-benefits';
import { prefetch } from './prefetch';
import { settleWithin } from './settle-within';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ request }) => {
    const session = await requireSession(queryClient, request);
    if (session.person.role !== 'prospective' || !session.ownMemberId) throw redirect(homePathFor(session));
    const memberId = session.ownMemberId;
    const winterMeeting = prefetch(
      Promise.all([
        queryClient.query(meetingListQueryOptions(nextWinterMeetingFilters(memberId))),
        queryClient.query(registrationListQueryOptions(memberId)),
      ]),
    );
    const application = prefetch(queryClient.query(applicationQueryOptions(memberId)));
    // The fee depends on the population on file, so the quote can only be asked for after the overview.
    const overview = await queryClient.query({ ...overviewQueryOptions(memberId), staleTime: 'static' });
    await settleWithin(
      [winterMeeting, application, prefetch(queryClient.query(duesQuoteQueryOptions(overview.member.population)))],
      300,
    );
    // MIP approved the application since this session was read: the person is the city's mayor now,
    // and home is the member hub.
    if (queryClient.getQueryData(applicationQueryOptions(memberId).queryKey)?.status === 'approved') {
      const fresh = await queryClient.query({ ...sessionQueryOptions(), staleTime: 0 });
      if (fresh.person.role !== 'prospective') throw redirect(homePathFor(fresh));
    }
    return null;
  };

/** The prospective mayor's home: their application, where joining stands, their fee, and their free first meeting. */
export function Component() {
  const session = useSession();
  const memberId = session.ownMemberId ?? '';
  const { member } = useOverview(memberId);
  return (
    <PageMain>
      <PageHeading documentTitle="Welcome">Welcome, Mayor {lastName(session.person.name)}</PageHeading>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">
        {member.city} is not a member of the Mayors Innovation Project yet. Here is what membership would cost, and the
        meeting you can attend free before deciding.
      </p>
      <div className="mt-8 grid gap-5 md:grid-cols-2">
        <ApplicationStatusWidget memberId={memberId} />
        <JoinStatusWidget memberId={memberId} />
        <MembershipFeeWidget population={member.population} />
        <FreeWinterMeetingWidget memberId={memberId} />
        <MembershipBenefits />
      </div>
    </PageMain>
  );
}

function lastName(name: string): string {
  return name.split(' ').at(-1) ?? name;
}

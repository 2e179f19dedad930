import { overviewQueryOptions, useOverview } from '@/api/queries/overview-queries';
import { sessionQueryOptions, useSession, viewerPersonId } from '@/api/queries/session-queries';
import { PageHeading } from '@/components/ui/page-heading';
import {
  bookmarkListQueryOptions,
  briefingBookListQueryOptions,
  RECENT_BRIEFING_BOOKS,
} from '@/features/briefing-books/api/briefing-books-queries';
import { RecentBriefingBooksWidget } from '@/features/briefing-books/components/recent-briefing-books-widget';
import { SavedBooksWidget } from '@/features/briefing-books/components/saved-books';
import { duesQueryOptions } from '@/features/dues/api/dues-queries';
import { DuesSummaryWidget } from '@/features/dues/components/dues-summary-widget';
import { meetingListQueryOptions } from '@/features/meetings/api/meetings-queries';
import { registrationListQueryOptions } from '@/features/meetings/api/registrations-queries';
import { NextMeetingsWidget, nextMeetingsFilters } from '@/features/meetings/components/next-meetings-widget';
import { ActionListWidget } from '@/features/membership/components/action-list-widget';
import { MembershipWidget } from '@/features/membership/components/membership-widget';
import { memoAllowanceQueryOptions } from '@/features/memos/api/memo-allowance-queries';
import { MemoAllowanceWidget } from '@/features/memos/components/memo-allowance-widget';
import { personTracksQueryOptions, trackListQueryOptions } from '@/features/tracks/api/tracks-queries';
import { TracksWidget } from '@/features/tracks/components/tracks-widget';
import type { ClientLoader } from '../route-module';
import { prefetch } from './prefetch';
import { settleWithin } from './settle-within';
import { useMemberId } from './use-member-id';

/** How long the page waits for its widgets before showing, with skeletons for any still loading. */
const WIDGET_WAIT_MS = 300;

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    const memberId = params.memberId ?? '';
    // Every widget's data at once. Prefetches never throw: a failure stays in the cache and shows
    // in that widget alone. The mayor's tracks need the mayor's id, from the overview (which the
    // member layout is loading at the same time, so this waits on that request, not a new one).
    await settleWithin(
      [
        prefetch(queryClient.query(memoAllowanceQueryOptions(memberId))),
        prefetch(queryClient.query(meetingListQueryOptions(nextMeetingsFilters(memberId)))),
        prefetch(queryClient.query(registrationListQueryOptions(memberId))),
        prefetch(queryClient.query(duesQueryOptions(memberId))),
        prefetch(queryClient.query(trackListQueryOptions())),
        prefetch(queryClient.query(briefingBookListQueryOptions(RECENT_BRIEFING_BOOKS))),
        prefetch(
          queryClient
            .query(sessionQueryOptions())
            .then((session) => queryClient.query(bookmarkListQueryOptions(viewerPersonId(session)))),
        ),
        prefetch(
          queryClient
            .query({ ...overviewQueryOptions(memberId), staleTime: 'static' })
            .then((overview) => queryClient.query(personTracksQueryOptions(overview.member.mayor.id))),
        ),
      ],
      WIDGET_WAIT_MS,
    );
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  const { member } = useOverview(memberId);
  const session = useSession();

  return (
    <>
      <PageHeading documentTitle={`Dashboard · ${member.city}`}>Dashboard</PageHeading>
      {/*
        Two independent columns on wide screens (the wide one for lists, the narrow one for
        figures), one column on narrow screens in order of importance: the column wrappers
        dissolve (display: contents) and `order` interleaves their widgets.
      */}
      <div className="mt-6 flex flex-col gap-5 lg:grid lg:grid-cols-3 lg:items-start">
        <div className="contents lg:col-span-2 lg:flex lg:flex-col lg:gap-5">
          <ActionListWidget memberId={memberId} className="order-1" />
          <NextMeetingsWidget memberId={memberId} className="order-4" />
          <RecentBriefingBooksWidget memberId={memberId} className="order-7" />
        </div>
        <div className="contents lg:flex lg:flex-col lg:gap-5">
          <MembershipWidget memberId={memberId} className="order-2" />
          <MemoAllowanceWidget memberId={memberId} className="order-3" />
          <DuesSummaryWidget memberId={memberId} className="order-5" />
          <TracksWidget
            mayorPersonId={member.mayor.id}
            viewerIsMayor={viewerPersonId(session) === member.mayor.id}
            className="order-6"
          />
          <SavedBooksWidget memberId={memberId} className="order-8" />
        </div>
      </div>
    </>
  );
}

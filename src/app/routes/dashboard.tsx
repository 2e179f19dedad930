import { useOverview } from '@/api/queries/overview-queries';
import { useSession, viewerPersonId } from '@/api/queries/session-queries';
import { PageHeading } from '@/components/ui/page-heading';
import { RecentBriefingBooksWidget } from '@/features/briefing-books/components/recent-briefing-books-widget';
import { SavedBooksWidget } from '@/features/briefing-books/components/saved-books';
import { DuesSummaryWidget } from '@/features/dues/components/dues-summary-widget';
import { NextMeetingsWidget } from '@/features/meetings/components/next-meetings-widget';
import { ActionListWidget } from '@/features/membership/components/action-list-widget';
import { MembershipWidget } from '@/features/membership/components/membership-widget';
import { MemoAllowanceWidget } from '@/features/memos/components/memo-allowance-widget';
import { TracksWidget } from '@/features/tracks/components/tracks-widget';
import { useMemberId } from './use-member-id';

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

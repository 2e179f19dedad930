import { useParams } from 'react-router';
import { briefingBookListQueryOptions } from '@/features/briefing-books/api/briefing-books-queries';
import {
  MeetingBriefingBook,
  meetingBriefingBookFilters,
} from '@/features/briefing-books/components/meeting-briefing-book';
import { QueryBoundary } from '@/components/ui/query-boundary';
import { SkeletonLines } from '@/components/ui/skeleton';
import { meetingQueryOptions } from '@/features/meetings/api/meetings-queries';
import { registrationListQueryOptions } from '@/features/meetings/api/registrations-queries';
import { MeetingPage } from '@/features/meetings/components/meeting-page';
import type { ClientLoader } from '../route-module';
import { prefetch } from './prefetch';
import { useMemberId } from './use-member-id';

export const clientLoader: ClientLoader =
  (queryClient) =>
  async ({ params }) => {
    const memberId = params.memberId ?? '';
    const meetingId = params.meetingId ?? '';
    // An invite-only meeting the city isn't invited to answers 404: the ErrorBoundary says so.
    // The briefing book is asked for at the same time; a failure there shows in its own section.
    void prefetch(queryClient.query(briefingBookListQueryOptions(meetingBriefingBookFilters(meetingId))));
    await Promise.all([
      queryClient.query(meetingQueryOptions(memberId, meetingId)),
      queryClient.query(registrationListQueryOptions(memberId)),
    ]);
    return null;
  };

export function Component() {
  const memberId = useMemberId();
  const { meetingId = '' } = useParams();
  return (
    <MeetingPage
      memberId={memberId}
      meetingId={meetingId}
      renderBriefingBook={(id) => (
        <QueryBoundary fallback={<SkeletonLines label="Loading the briefing book" />}>
          <MeetingBriefingBook memberId={memberId} meetingId={id} />
        </QueryBoundary>
      )}
    />
  );
}

export { MeetingErrorBoundary as ErrorBoundary } from './not-found-boundaries';

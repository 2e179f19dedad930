import { overviewQueryOptions } from '@/api/queries/overview-queries';
import { sessionQueryOptions, viewerPersonId } from '@/api/queries/session-queries';
import {
  bookmarkListQueryOptions,
  briefingBookListQueryOptions,
  RECENT_BRIEFING_BOOKS,
} from '@/features/briefing-books/api/briefing-books-queries';
import { duesQueryOptions } from '@/features/dues/api/dues-queries';
import { meetingListQueryOptions, nextMeetingsFilters } from '@/features/meetings/api/meetings-queries';
import { registrationListQueryOptions } from '@/features/meetings/api/registrations-queries';
import { memoAllowanceQueryOptions } from '@/features/memos/api/memo-allowance-queries';
import { personTracksQueryOptions, trackListQueryOptions } from '@/features/tracks/api/tracks-queries';
import type { ClientLoader } from '../route-module';
import { prefetch } from './prefetch';
import { settleWithin } from './settle-within';

// The dashboard's loader is part of the first file (the router imports it), so on a phone its
// requests start with the page's code rather than after it has arrived (decision 043).

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

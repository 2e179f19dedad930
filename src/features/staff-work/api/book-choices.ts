import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { policyAreaListQueryOptions } from '@/api/queries/policy-area-queries';
import type { Session } from '@/api/contracts/session';
import type { StaffBook } from '@/api/contracts/staff-library';
import { useSession } from '@/api/queries/session-queries';
import { staffMeetingListQueryOptions } from './staff-meeting-queries';

/** The meetings a book form offers: the upcoming ones and the latest past ones (programs staff read them). */
const UPCOMING = staffMeetingListQueryOptions({ view: 'upcoming', page: 1 });
const PAST = staffMeetingListQueryOptions({ view: 'past', page: 1 });

const keepsMeetings = (session: Pick<Session, 'person'>) => session.person.staffAreas.includes('programs');

/** For the book form's route loaders: the policy areas, and the meetings where the person may read them. */
export async function loadBookChoices(queryClient: QueryClient, session: Pick<Session, 'person'>): Promise<void> {
  await Promise.all([
    queryClient.query(policyAreaListQueryOptions()),
    ...(keepsMeetings(session) ? [queryClient.query(UPCOMING), queryClient.query(PAST)] : []),
  ]);
}

/**
 * What the book form's selects offer. Policy staff who don't keep meetings see the book's own
 * meeting only: linking a book to another meeting is programs' work.
 */
export function useBookChoices(book?: StaffBook) {
  const { data: areas } = useSuspenseQuery(policyAreaListQueryOptions());
  const programs = keepsMeetings(useSession());
  const upcoming = useQuery({ ...UPCOMING, enabled: programs });
  const past = useQuery({ ...PAST, enabled: programs });
  const meetings = [...(upcoming.data?.items ?? []), ...(past.data?.items ?? [])].map((m) => ({
    id: m.id,
    name: m.title,
  }));
  if (book?.meetingId && !meetings.some((m) => m.id === book.meetingId)) {
    meetings.unshift({ id: book.meetingId, name: book.meetingTitle ?? book.meetingId });
  }
  return { policyAreas: areas.items.map((a) => ({ id: a.id, name: a.name })), meetings };
}

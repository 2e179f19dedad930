import { useSuspenseQueries } from '@tanstack/react-query';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { Widget } from '@/components/ui/widget';
import { paths } from '@/config/paths';
import { meetingListQueryOptions, nextMeetingsFilters } from '../api/meetings-queries';
import { attributionText } from '@/lib/attribution-text';
import { registrationListQueryOptions } from '../api/registrations-queries';
import { cityRegistrationStatus } from './city-registration-status';
import { MeetingHeadline } from './meeting-headline';

/** The next few meetings, each with the city's registration status. */
export function NextMeetingsWidget({ memberId, className }: { memberId: string; className?: string }) {
  return (
    <Widget title="Next meetings" skeletonLines={4} className={className}>
      <NextMeetings memberId={memberId} />
    </Widget>
  );
}

function NextMeetings({ memberId }: { memberId: string }) {
  // Both together: reading them one after the other would wait for the first before asking for the second.
  const [meetings, registrations] = useSuspenseQueries({
    queries: [meetingListQueryOptions(nextMeetingsFilters(memberId)), registrationListQueryOptions(memberId)],
  });
  const allMeetings = (
    <p className="mt-4">
      <TextLink to={paths.member.meetings.href(memberId)}>All meetings</TextLink>
    </p>
  );
  if (meetings.data.items.length === 0)
    return (
      <>
        <p className="text-slate-700">No upcoming meetings are scheduled yet.</p>
        {allMeetings}
      </>
    );
  const now = new Date();
  return (
    <>
      <ul className="divide-y divide-slate-200">
        {meetings.data.items.map((meeting) => {
          const status = cityRegistrationStatus(meeting, registrations.data.items, now);
          const byDelegate = registrations.data.items.find(
            (r) =>
              r.meetingId === meeting.id &&
              r.status !== 'cancelled' &&
              r.attribution.actor.id !== r.attribution.subject.id,
          );
          return (
            <li key={meeting.id} className="py-4 first:pt-0 last:pb-0">
              <MeetingHeadline memberId={memberId} meeting={meeting} />
              <p className="mt-2 flex flex-wrap gap-2">
                {meeting.kind === 'invite_only' && <StatusTag tone="neutral">Invite-only</StatusTag>}
                <StatusTag tone={status.tone}>{status.text}</StatusTag>
              </p>
              {byDelegate && (
                <p className="mt-1 text-[0.9375rem] text-slate-600">
                  {attributionText('Registered', byDelegate.attribution)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {allMeetings}
    </>
  );
}

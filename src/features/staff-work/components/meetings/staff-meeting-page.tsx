import { useSuspenseQuery } from '@tanstack/react-query';
import { describeError } from '@/api/api-error';
import { cancelMessageSchema, type StaffMeeting } from '@/api/contracts/staff-meetings';
import { useSession } from '@/api/queries/session-queries';
import { Card } from '@/components/ui/card';
import { Fact, Facts } from '@/components/ui/facts';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { draftKey } from '@/lib/drafts';
import { formatDateTimeInZone, formatInstantDate } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import { US_TIME_ZONES } from '@/lib/us-time-zones';
import { OvertakenAlert } from '../overtaken-alert';
import { PreviewReadOnly } from '../preview-read-only';
import { TextActionForm } from '../text-action-form';
import { useOvertaken } from '../../api/use-overtaken';
import { useCancelMeeting, useSetInvitations } from '../../api/staff-meeting-mutations';
import { staffMeetingQueryOptions } from '../../api/staff-meeting-queries';
import { AttendeesSection } from './attendees-section';
import { InvitationsSection } from './invitations-section';
import { seatsWords } from './meeting-words';

const zoneWords = (zone: string) => (US_TIME_ZONES as Partial<Record<string, string>>)[zone] ?? zone;

/** One meeting as MIP's programs staff keep it: its facts, who is invited, who's coming, cancel. */
export function StaffMeetingPage({ meetingId }: { meetingId: string }) {
  const { data: meeting } = useSuspenseQuery(staffMeetingQueryOptions(meetingId));
  const previewing = useSession().preview !== null;
  const started = Date.parse(meeting.startsAt) <= useNow();
  const changeable = meeting.status === 'scheduled' && !started;
  const invitations = useSetInvitations(meeting);
  const cancel = useCancelMeeting(meeting);
  const { overtaken, track } = useOvertaken(changeable);
  const personId = useSession().person.id;
  return (
    <article>
      <p>
        <TextLink to={paths.staff.meetings.href()}>All meetings</TextLink>
      </p>
      <p className="mt-4 text-sm font-semibold tracking-wide text-slate-600 uppercase">
        {meeting.kind === 'invite_only' ? 'Invite-only meeting' : 'Open to every member'}
      </p>
      <PageHeading className="mt-1">{meeting.title}</PageHeading>
      <p className="mt-3 flex flex-wrap items-center gap-3 text-slate-700">
        {meeting.status === 'canceled' ? (
          <StatusTag tone="warning">
            Canceled{meeting.canceledAt && ` ${formatInstantDate(meeting.canceledAt)}`}
          </StatusTag>
        ) : (
          <StatusTag tone={started ? 'neutral' : 'success'}>{started ? 'Started or over' : 'Scheduled'}</StatusTag>
        )}
        <span>{seatsWords(meeting)}</span>
        {changeable && !previewing && (
          <TextLink to={paths.staff.meetingEdit.href(meeting.id)}>Edit the meeting</TextLink>
        )}
      </p>
      {overtaken && <OvertakenAlert>{describeError(overtaken)} Here is the meeting as it now stands.</OvertakenAlert>}
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:items-start">
        <div className="space-y-10 lg:col-span-2">
          <p className="whitespace-pre-line text-slate-800">{meeting.summary}</p>
          {meeting.invitedCities && (
            <InvitationsSection
              meeting={{ ...meeting, invitedCities: meeting.invitedCities }}
              send={(body) => track(invitations.mutateAsync(body))}
              readOnly={!changeable || previewing}
            />
          )}
          <AttendeesSection meeting={meeting} />
          {changeable && previewing && <PreviewReadOnly />}
          {changeable && !previewing && (
            <TextActionForm
              id="cancel-message"
              heading="Cancel the meeting"
              label="Message to the registered cities (optional)"
              hint="Each city with people registered gets an e-mail with it. This can't be undone."
              rows={3}
              rule={cancelMessageSchema}
              submitLabel="Cancel the meeting"
              pendingLabel="Canceling…"
              variant="danger"
              done="Meeting canceled; the registered cities are told"
              send={(message) => track(cancel.mutateAsync({ message }))}
              draftKey={draftKey('staff-meeting-cancel', personId, meeting.id)}
            />
          )}
        </div>
        <div className="space-y-6 lg:col-start-3 lg:row-start-1">
          <MeetingFacts meeting={meeting} />
        </div>
      </div>
    </article>
  );
}

function MeetingFacts({ meeting }: { meeting: StaffMeeting }) {
  const at = (iso: string) => formatDateTimeInZone(iso, meeting.timeZone);
  const { venue } = meeting;
  return (
    <Card>
      <h2 className="sr-only">Details</h2>
      <Facts>
        <Fact term="Starts">{at(meeting.startsAt)}</Fact>
        <Fact term="Ends">{at(meeting.endsAt)}</Fact>
        <Fact term="Time zone">{zoneWords(meeting.timeZone)}</Fact>
        <Fact term="Venue">
          {venue.name}, {venue.address}, {venue.city}, {venue.state}
        </Fact>
        <Fact term="Registration">
          {at(meeting.registrationOpensAt)} to {at(meeting.registrationClosesAt)}
        </Fact>
        <Fact term="Seats">{meeting.capacity === null ? 'No limit' : meeting.capacity}</Fact>
        <Fact term="Travel support">{meeting.travelSupportOffered ? 'Offered' : 'Not offered'}</Fact>
        <Fact term="Agenda">{meeting.agenda.length === 0 ? 'None yet' : `${meeting.agenda.length} items`}</Fact>
      </Facts>
    </Card>
  );
}

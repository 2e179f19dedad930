import { useSuspenseQuery } from '@tanstack/react-query';
import type { Registration } from '@/api/contracts/meetings';
import type { Session } from '@/api/contracts/session';
import { useOverview } from '@/api/queries/overview-queries';
import { useSession } from '@/api/queries/session-queries';
import { Alert } from '@/components/ui/alert';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { draftKey } from '@/lib/drafts';
import { useNow } from '@/lib/use-now';
import { blankAttendee, type AttendeeFormValues } from '../../api/attendee-form';
import { meetingQueryOptions } from '../../api/meetings-queries';
import { registrationListQueryOptions } from '../../api/registrations-queries';
import { formatMeetingDates } from '../meeting-dates';
import { isRegistrationOpen, registrationWindowText } from '../registration-window';
import { RegisterForm } from './register-form';
import { possessive } from '@/lib/possessive';

/** The mayor comes first unless already registered; their e-mail is filled in when they are the one signed in. */
function firstAttendeeFor(
  mayor: { id: string; name: string },
  session: Session,
  ours: readonly Registration[],
): AttendeeFormValues {
  const mayorRegistered = ours.some((r) => r.attendee.kind === 'mayor' && r.status !== 'cancelled');
  if (mayorRegistered) return blankAttendee();
  return blankAttendee({
    kind: 'mayor',
    name: mayor.name,
    title: 'Mayor',
    email: session.person.id === mayor.id ? session.person.email : '',
  });
}

/** "Register for the Winter Meeting 2027": one form for the mayor and any number of staff. */
export function RegisterPage({ memberId, meetingId }: { memberId: string; meetingId: string }) {
  const { data: meeting } = useSuspenseQuery(meetingQueryOptions(memberId, meetingId));
  const { data: registrations } = useSuspenseQuery(registrationListQueryOptions(memberId));
  const { member } = useOverview(memberId);
  const session = useSession();
  const ours = registrations.items.filter((r) => r.meetingId === meeting.id);
  const verb = meeting.kind === 'invite_only' ? 'RSVP' : 'Register';
  const now = useNow();
  return (
    <div className="max-w-3xl">
      <p>
        <TextLink to={paths.member.meeting.href(memberId, meeting.id)}>Back to the {meeting.title}</TextLink>
      </p>
      <PageHeading className="mt-3" documentTitle={`${verb}: ${meeting.title}`}>
        {verb} for the {meeting.title}
      </PageHeading>
      <p className="mt-3 text-lg text-slate-700">
        {formatMeetingDates(meeting.startsAt, meeting.endsAt, meeting.timeZone)} · {meeting.venue.city},{' '}
        {meeting.venue.state}. {registrationWindowText(meeting, new Date(now))}.
      </p>
      {isRegistrationOpen(meeting, now) ? (
        <>
          <p className="mt-2 text-slate-700">
            {meeting.capacity === null
              ? `Registration is free for ${possessive(member.city)} mayor, staff and council members, as many as you like.`
              : `Registration is free for ${possessive(member.city)} mayor, staff and council members while the ${meeting.capacity} seats last; after that, people join the waitlist in order.`}{' '}
            You can change needs until registration closes and cancel until the meeting starts.
          </p>
          <div className="mt-8">
            <RegisterForm
              memberId={memberId}
              meeting={meeting}
              firstAttendee={firstAttendeeFor(member.mayor, session, ours)}
              draftKey={draftKey(`registration:${meeting.id}`, session.person.id, memberId)}
            />
          </div>
        </>
      ) : (
        <Alert className="mt-8" tone="info" title="Registration is not open">
          {registrationWindowText(meeting, new Date(now))}.{' '}
          <TextLink to={paths.member.meeting.href(memberId, meeting.id)}>See the meeting</TextLink>
        </Alert>
      )}
    </div>
  );
}

import { useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useSession } from '@/api/queries/session-queries';
import { Alert } from '@/components/ui/alert';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { showToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { draftKey } from '@/lib/drafts';
import { countOf } from '@/lib/format';
import { meetingFormValuesOf } from '../../api/meeting-form-values';
import { useUpdateMeeting } from '../../api/staff-meeting-mutations';
import { staffMeetingQueryOptions } from '../../api/staff-meeting-queries';
import { MeetingForm } from './meeting-form';

/** Edits a scheduled meeting; what saving changes for members is said before it is saved. */
export function StaffMeetingEditPage({ meetingId }: { meetingId: string }) {
  const { data: meeting } = useSuspenseQuery(staffMeetingQueryOptions(meetingId));
  const update = useUpdateMeeting(meeting);
  const navigate = useNavigate();
  const personId = useSession().person.id;
  const back = paths.staff.meeting.href(meeting.id);
  return (
    <>
      <p>
        <TextLink to={back}>Back to the meeting</TextLink>
      </p>
      <PageHeading className="mt-4" documentTitle={`Edit: ${meeting.title}`}>
        Edit the {meeting.title}
      </PageHeading>
      <div className="mt-6">
        {meeting.status === 'canceled' ? (
          <Alert tone="info" title="This meeting was canceled">
            A canceled meeting can no longer be changed.
          </Alert>
        ) : (
          <MeetingForm
            key={meeting.version}
            initial={meetingFormValuesOf(meeting)}
            heading="The meeting"
            submitLabel="Save the changes"
            pendingLabel="Saving…"
            draftKey={draftKey('staff-meeting-edit', personId, meeting.id)}
            intro={
              <p className="text-slate-700">
                {countOf(meeting.seatsTaken, 'person holds', 'people hold')} a seat
                {meeting.waitlistLength > 0 &&
                  `, and ${countOf(meeting.waitlistLength, 'person is', 'people are')} waiting`}
                . More seats go to the waitlist in order, and each city is told. A new time or place updates the event
                in the calendars of people who added it.
              </p>
            }
            send={async (input) => {
              await update.mutateAsync(input);
              showToast('success', 'Changes saved; members see them now');
              await navigate(back);
            }}
          />
        )}
      </div>
    </>
  );
}

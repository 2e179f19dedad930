import { useState } from 'react';
import { useSuspenseQueries } from '@tanstack/react-query';
import type { MeetingSummary, Registration } from '@/api/contracts/meetings';
import { Button } from '@/components/ui/button';
import { Fact, Facts } from '@/components/ui/facts';
import { Widget } from '@/components/ui/widget';
import { useNow } from '@/lib/use-now';
import { meetingListQueryOptions } from '../api/meetings-queries';
import { registrationListQueryOptions } from '../api/registrations-queries';
import { formatMeetingDates, formatMonthDay } from './meeting-dates';
import { CancelRegistrationDialog } from './registration/cancel-registration-dialog';
import { EditNeedsDialog } from './registration/edit-needs-dialog';
import { GuestRegistrationDialog } from './registration/guest-registration-dialog';
import { RegistrationItem } from './registration/registration-item';
import { isRegistrationOpen, registrationWindowText } from './registration-window';

export function nextWinterMeetingFilters(memberId: string) {
  return { memberId, when: 'upcoming', kind: 'winter', pageSize: 1 } as const;
}

/** For a prospective mayor: the next Winter Meeting, which they may attend free, once, before joining. */
export function FreeWinterMeetingWidget({ memberId }: { memberId: string }) {
  return (
    <Widget title="Your first Winter Meeting is free">
      <NextWinterMeeting memberId={memberId} />
    </Widget>
  );
}

function NextWinterMeeting({ memberId }: { memberId: string }) {
  const [meetings, registrations] = useSuspenseQueries({
    queries: [meetingListQueryOptions(nextWinterMeetingFilters(memberId)), registrationListQueryOptions(memberId)],
  });
  const meeting = meetings.data.items[0];
  if (!meeting) {
    return (
      <p className="text-slate-700">The next Winter Meeting hasn't been announced yet. We'll e-mail you when it is.</p>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-slate-700">
        Mayors of cities that are thinking about joining may attend one Winter Meeting free.
      </p>
      <div>
        <h3 className="text-lg font-semibold text-slate-900">{meeting.title}</h3>
        <div className="mt-2">
          <Facts>
            <Fact term="Dates">{formatMeetingDates(meeting.startsAt, meeting.endsAt, meeting.timeZone)}</Fact>
            <Fact term="Where">
              {meeting.venue.name}, {meeting.venue.city}, {meeting.venue.state}
            </Fact>
            <Fact term="Registration">closes {formatMonthDay(meeting.registrationClosesAt, meeting.timeZone)}</Fact>
          </Facts>
        </div>
      </div>
      <GuestRegistration memberId={memberId} meeting={meeting} registrations={registrations.data.items} />
    </div>
  );
}

/** Registered (with needs to change, or cancel), the free meeting already used, or the way to register. */
function GuestRegistration({
  memberId,
  meeting,
  registrations,
}: {
  memberId: string;
  meeting: MeetingSummary;
  registrations: readonly Registration[];
}) {
  const [registering, setRegistering] = useState(false);
  const [editing, setEditing] = useState<Registration | null>(null);
  const [cancelling, setCancelling] = useState<Registration | null>(null);
  const active = registrations.filter((r) => r.status !== 'cancelled');
  const mine = active.find((r) => r.meetingId === meeting.id);
  const now = useNow();

  if (mine) {
    return (
      <>
        <ul className="rounded-lg border border-slate-200">
          <RegistrationItem registration={mine}>
            {now < Date.parse(meeting.registrationClosesAt) && (
              <Button variant="secondary" size="sm" onClick={() => setEditing(mine)}>
                Change needs
              </Button>
            )}
            {now < Date.parse(meeting.startsAt) && (
              <Button variant="secondary" size="sm" onClick={() => setCancelling(mine)}>
                Cancel registration
              </Button>
            )}
          </RegistrationItem>
        </ul>
        <EditNeedsDialog memberId={memberId} registration={editing} onClose={() => setEditing(null)} />
        <CancelRegistrationDialog
          memberId={memberId}
          registration={cancelling}
          meetingTitle={meeting.title}
          onClose={() => setCancelling(null)}
        />
      </>
    );
  }
  if (active.length > 0) {
    return (
      <p className="font-medium text-slate-900">
        You have used your free meeting. Once your city joins, your mayor and staff can attend every Winter and Summer
        Meeting, free.
      </p>
    );
  }
  if (!isRegistrationOpen(meeting, now))
    return <p className="text-slate-700">{registrationWindowText(meeting, new Date(now))}.</p>;
  return (
    <>
      <Button onClick={() => setRegistering(true)}>Register for the {meeting.title}</Button>
      <GuestRegistrationDialog
        memberId={memberId}
        meeting={meeting}
        open={registering}
        onClose={() => setRegistering(false)}
      />
    </>
  );
}

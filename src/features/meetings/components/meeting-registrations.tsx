import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { Meeting, Registration } from '@/api/contracts/meetings';
import { ChangeButton } from '@/components/ui/change-button';
import { ChangeLink } from '@/components/ui/change-link';
import { paths } from '@/config/paths';
import { useNow } from '@/lib/use-now';
import { registrationListQueryOptions } from '../api/registrations-queries';
import { formatMonthDay } from './meeting-dates';
import { CancelRegistrationDialog } from './registration/cancel-registration-dialog';
import { EditNeedsDialog } from './registration/edit-needs-dialog';
import { RegistrationItem } from './registration/registration-item';
import { isRegistrationOpen, registrationWindowText } from './registration-window';
import { possessive } from '@/lib/possessive';

const byStatus = { confirmed: 0, waitlisted: 1, cancelled: 2 } as const;

/** Who from the city is going, who registered each one, and the ways to register, change or cancel. */
export function MeetingRegistrations({ memberId, meeting }: { memberId: string; meeting: Meeting }) {
  const { data } = useSuspenseQuery(registrationListQueryOptions(memberId));
  const [editing, setEditing] = useState<Registration | null>(null);
  const [cancelling, setCancelling] = useState<Registration | null>(null);
  const ours = data.items
    .filter((r) => r.meetingId === meeting.id)
    .sort((a, b) => byStatus[a.status] - byStatus[b.status] || a.createdAt.localeCompare(b.createdAt));
  const now = useNow();
  const scheduled = meeting.status === 'scheduled';
  const canEdit = scheduled && now < Date.parse(meeting.registrationClosesAt);
  const canCancel = scheduled && now < Date.parse(meeting.startsAt);
  const change = { memberId, scope: 'meetings' } as const;

  return (
    <section aria-labelledby="registrations-heading">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="registrations-heading" className="text-xl font-bold text-slate-900">
          Your city's registrations
        </h2>
        <RegisterAction memberId={memberId} meeting={meeting} hasRegistrations={ours.length > 0} />
      </div>
      {ours.length === 0 ? (
        <p className="mt-2 text-slate-700">No one from your city is registered for this meeting.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {ours.map((r) => (
            <RegistrationItem key={r.id} registration={r}>
              {r.status !== 'cancelled' && canEdit && (
                <ChangeButton
                  variant="secondary"
                  size="sm"
                  change={change}
                  aria-label={`Change needs for ${r.attendee.name}`}
                  onClick={() => setEditing(r)}
                >
                  Change needs
                </ChangeButton>
              )}
              {r.status !== 'cancelled' && canCancel && (
                <ChangeButton
                  variant="secondary"
                  size="sm"
                  change={change}
                  aria-label={`Cancel ${possessive(r.attendee.name)} registration`}
                  onClick={() => setCancelling(r)}
                >
                  Cancel
                </ChangeButton>
              )}
            </RegistrationItem>
          ))}
        </ul>
      )}
      {ours.length > 0 && !canEdit && canCancel && (
        <p className="mt-2 text-[0.9375rem] text-slate-600">
          Needs could be changed here until registration closed on{' '}
          {formatMonthDay(meeting.registrationClosesAt, meeting.timeZone)}; registrations can still be canceled until
          the meeting starts.
        </p>
      )}
      <EditNeedsDialog memberId={memberId} registration={editing} onClose={() => setEditing(null)} />
      <CancelRegistrationDialog
        memberId={memberId}
        registration={cancelling}
        meetingTitle={meeting.title}
        onClose={() => setCancelling(null)}
      />
    </section>
  );
}

/** "Register people" while registration is open; otherwise when it opens or that it closed. */
function RegisterAction({
  memberId,
  meeting,
  hasRegistrations,
}: {
  memberId: string;
  meeting: Meeting;
  hasRegistrations: boolean;
}) {
  const now = useNow();
  if (!isRegistrationOpen(meeting, now))
    return <p className="text-slate-700">{registrationWindowText(meeting, new Date(now))}</p>;
  const rsvp = meeting.kind === 'invite_only';
  const label = hasRegistrations ? 'Register more people' : rsvp ? 'RSVP' : 'Register';
  return (
    <ChangeLink change={{ memberId, scope: 'meetings' }} to={paths.member.meetingRegister.href(memberId, meeting.id)}>
      {label}
    </ChangeLink>
  );
}

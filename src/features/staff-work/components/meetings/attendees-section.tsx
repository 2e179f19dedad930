import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { MeetingAttendee, StaffMeeting } from '@/api/contracts/staff-meetings';
import { DownloadButton } from '@/components/ui/download-button';
import { StatusTag } from '@/components/ui/status-tag';
import { countOf, formatMoney } from '@/lib/format';
import { meetingAttendeesQueryOptions } from '../../api/staff-meeting-queries';

const TRAVEL_WORDS = { requested: 'asked', approved: 'approved', declined: 'declined' } as const;

function travelWords(support: NonNullable<MeetingAttendee['travelSupport']>): string {
  if (support.status === 'approved' && support.approvedCents !== null) {
    return `Travel support approved: ${formatMoney(support.approvedCents)}`;
  }
  return `Travel support ${TRAVEL_WORDS[support.status]}: ${formatMoney(support.estimatedCostCents)} estimated`;
}

/** Who's coming, by city, with the needs the team plans the room and the catering around. */
export function AttendeesSection({ meeting }: { meeting: StaffMeeting }) {
  const { data } = useSuspenseQuery(meetingAttendeesQueryOptions(meeting.id));
  const client = useQueryClient();
  const confirmed = data.items.filter((a) => a.status === 'confirmed');
  const waiting = data.items.filter((a) => a.status === 'waitlisted');
  return (
    <section aria-labelledby="attendees-heading">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id="attendees-heading" className="text-xl font-bold text-slate-900">
          Who's coming{' '}
          <span className="font-normal text-slate-600">
            ({countOf(data.confirmed, 'confirmed', 'confirmed')}, {countOf(data.waitlisted, 'waiting', 'waiting')})
          </span>
        </h2>
        <DownloadButton
          what="The list of attendees"
          fetchFile={async () => ({
            content: await apiRequest('getMeetingAttendeesCsv', { params: { meetingId: meeting.id }, client }),
            fileName: `${meeting.id}-attendees.csv`,
            type: 'text/csv',
          })}
        >
          Download the list (CSV)
        </DownloadButton>
      </div>
      {data.items.length === 0 ? (
        <p className="mt-4 rounded-lg border border-slate-200 bg-white p-5 text-slate-700">
          Nobody has registered yet.
        </p>
      ) : (
        <>
          <AttendeeList label="Confirmed attendees" attendees={confirmed} />
          {waiting.length > 0 && <AttendeeList label="The waitlist, next in line first" attendees={waiting} />}
        </>
      )}
    </section>
  );
}

function AttendeeList({ label, attendees }: { label: string; attendees: MeetingAttendee[] }) {
  if (attendees.length === 0) return null;
  return (
    <>
      <h3 className="mt-6 text-lg font-bold text-slate-900">{label}</h3>
      <ul aria-label={label} className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {attendees.map((a) => (
          <li key={a.registrationId} className="space-y-1 p-3 sm:px-5">
            <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
              {a.city}, {a.state}
            </p>
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-semibold text-slate-900">{a.attendee.name}</span>
              <span className="text-slate-700">{a.attendee.title}</span>
              {a.waitlistPosition !== null && <StatusTag tone="info">Waiting, number {a.waitlistPosition}</StatusTag>}
            </p>
            <p className="text-[0.9375rem] text-slate-700">{a.attendee.email}</p>
            {a.attendee.dietaryNeeds && (
              <p className="text-[0.9375rem] text-slate-700">Diet: {a.attendee.dietaryNeeds}</p>
            )}
            {a.attendee.accessibilityNeeds && (
              <p className="text-[0.9375rem] text-slate-700">Accessibility: {a.attendee.accessibilityNeeds}</p>
            )}
            {a.attendee.arrival && <p className="text-[0.9375rem] text-slate-700">Arrival: {a.attendee.arrival}</p>}
            {a.travelSupport && <p className="text-[0.9375rem] text-slate-700">{travelWords(a.travelSupport)}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}

import type { Meeting } from '@/api/contracts/meetings';
import { formatAgendaDay, formatTime } from './meeting-dates';

type AgendaItem = Meeting['agenda'][number];

function byDay(meeting: Meeting): [string, AgendaItem[]][] {
  const days = new Map<string, AgendaItem[]>();
  for (const item of meeting.agenda) {
    const day = formatAgendaDay(item.startsAt, meeting.timeZone);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days];
}

/** The agenda by day, every time in the meeting's own zone. */
export function MeetingAgenda({ meeting }: { meeting: Meeting }) {
  const zone = new Intl.DateTimeFormat('en-US', { timeZone: meeting.timeZone, timeZoneName: 'long' })
    .formatToParts(new Date(meeting.startsAt))
    .find((part) => part.type === 'timeZoneName')?.value;
  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading" className="text-xl font-bold text-slate-900">
        Agenda
      </h2>
      {meeting.agenda.length === 0 ? (
        <p className="mt-2 text-slate-700">The agenda hasn't been published yet.</p>
      ) : (
        <>
          <p className="mt-1 text-slate-700">Times are {zone ?? meeting.timeZone}.</p>
          {byDay(meeting).map(([day, items]) => (
            <div key={day} className="mt-5">
              <h3 className="font-semibold text-slate-900">{day}</h3>
              <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                {items.map((item) => (
                  <li key={item.startsAt} className="grid gap-x-4 p-3 sm:grid-cols-[6rem_1fr] sm:px-4">
                    <p className="font-semibold text-slate-900 tabular-nums">
                      {formatTime(item.startsAt, meeting.timeZone)}
                    </p>
                    <div>
                      <p className="font-medium text-slate-900">{item.title}</p>
                      <p className="text-[0.9375rem] text-slate-700">{item.description}</p>
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

import { formatDateInZone } from '../../src/lib/format';
import { clock } from '../../mocks/clock';
import type { MeetingRow } from '../../mocks/db/rows/meetings';
import { HttpError } from '../../mocks/lib/http-error';

/**
 * When a registration can be changed, each rule against the mock's clock: people register and edit
 * needs while registration is open, and cancel until the meeting starts. Dates in messages are in
 * the meeting's own zone, as everywhere else.
 */

const reached = (instant: string): boolean => clock.now().getTime() >= Date.parse(instant);
const onDate = (meeting: MeetingRow, instant: string): string => formatDateInZone(instant, meeting.timeZone);

export function requireRegistrationOpen(meeting: MeetingRow): void {
  if (meeting.status === 'canceled') {
    throw new HttpError(409, 'meeting_canceled', `MIP canceled the ${meeting.title}, so no one can register for it.`);
  }
  if (!reached(meeting.registrationOpensAt)) {
    throw new HttpError(
      409,
      'registration_not_open',
      `Registration for the ${meeting.title} opens ${onDate(meeting, meeting.registrationOpensAt)}.`,
    );
  }
  if (reached(meeting.registrationClosesAt)) {
    throw new HttpError(
      409,
      'registration_closed',
      `Registration for the ${meeting.title} closed on ${onDate(meeting, meeting.registrationClosesAt)}.`,
    );
  }
}

/** Needs and arrival feed MIP's catering and room plans, which are fixed when registration closes. */
export function requireNeedsEditable(meeting: MeetingRow): void {
  if (meeting.status === 'canceled') {
    throw new HttpError(409, 'meeting_canceled', `MIP canceled the ${meeting.title}, so there is nothing to change.`);
  }
  if (reached(meeting.registrationClosesAt)) {
    throw new HttpError(
      409,
      'editing_closed',
      `Registration closed on ${onDate(meeting, meeting.registrationClosesAt)}, so needs can no longer be changed here.`,
    );
  }
}

export function requireNotStarted(meeting: MeetingRow): void {
  if (reached(meeting.startsAt)) {
    throw new HttpError(
      409,
      'meeting_started',
      `The ${meeting.title} started on ${onDate(meeting, meeting.startsAt)}, so registrations can no longer be canceled here.`,
    );
  }
}

import type { AttendeeInput } from '../../src/api/contracts/meetings';
import type { MeetingRow } from '../../mocks/db/rows/meetings';
import { HttpError, type FieldErrors } from '../../mocks/lib/http-error';
import type { StoreTx } from '../store/store';

/** The same address however it was typed: "Ana.Ortiz@Riverton.example " is ana.ortiz@riverton.example. */
const normalEmail = (email: string): string => email.trim().toLowerCase();

/**
 * Checks every attendee of a submission against the meeting and the city's registrations for it,
 * and refuses the whole submission with every problem at once, keyed by field
 * ("attendees.2.email"), so the form can mark them all in one go. A problem of the answers
 * themselves (travel support where none is offered) makes it a 422; only conflicts with who is
 * already registered make it a 409.
 */
export async function requireNoAttendeeProblems(
  tx: StoreTx,
  meeting: MeetingRow,
  memberId: string,
  attendees: readonly AttendeeInput[],
): Promise<void> {
  const registered = (await tx.registrations.find({ meetingId: meeting.id, memberId })).filter(
    (r) => r.status !== 'cancelled',
  );
  const mayorRegistered = registered.some((r) => r.attendee.kind === 'mayor');
  let mayorListed = false;
  const emails = new Set(registered.map((r) => normalEmail(r.attendee.email)));
  const listed = new Set<string>();
  const fieldErrors: FieldErrors = {};
  let invalid = false;
  const add = (field: string, message: string): void => {
    (fieldErrors[field] ??= []).push(message);
  };

  for (const [index, attendee] of attendees.entries()) {
    const at = `attendees.${String(index)}`;
    if (attendee.travelSupport && !meeting.travelSupportOffered) {
      add(`${at}.travelSupport`, `The ${meeting.title} does not offer travel support.`);
      invalid = true;
    }
    if (attendee.kind === 'mayor') {
      if (mayorRegistered) add(`${at}.kind`, 'The mayor is already registered for this meeting.');
      else if (mayorListed) add(`${at}.kind`, 'Only one person can attend as the mayor.');
      mayorListed = true;
    }
    const email = normalEmail(attendee.email);
    if (emails.has(email)) add(`${at}.email`, `${email} is already registered for this meeting.`);
    else if (listed.has(email)) add(`${at}.email`, `${email} is listed twice: register each person once.`);
    listed.add(email);
  }

  if (Object.keys(fieldErrors).length === 0) return;
  if (invalid) throw new HttpError(422, 'validation_failed', 'Some answers need correcting.', fieldErrors);
  throw new HttpError(
    409,
    'already_registered',
    `Some of these people are already registered for the ${meeting.title}.`,
    fieldErrors,
  );
}

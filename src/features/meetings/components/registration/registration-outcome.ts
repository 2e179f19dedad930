import type { MeetingSummary, Registration } from '@/api/contracts/meetings';
import { countOf } from '@/lib/format';

const people = (n: number): string => countOf(n, 'person', 'people');

/** "2 people registered", "1 person registered; 2 people are on the waitlist". */
export function registrationOutcomeText(created: readonly Registration[]): string {
  const confirmed = created.filter((r) => r.status === 'confirmed').length;
  const waitlisted = created.filter((r) => r.status === 'waitlisted').length;
  const parts: string[] = [];
  if (confirmed > 0) parts.push(`${people(confirmed)} registered`);
  if (waitlisted > 0) parts.push(`${people(waitlisted)} ${waitlisted === 1 ? 'is' : 'are'} on the waitlist`);
  const sentence = parts.join('; ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

type Seats = Pick<MeetingSummary, 'capacity' | 'seatsTaken' | 'waitlistLength'>;

/**
 * Seats someone registering now can still get. While anyone waits, newcomers queue behind them
 * (the API's rule), so a seat freed by a raised capacity is not free to them.
 */
export function seatsFree({ capacity, seatsTaken, waitlistLength }: Seats): number {
  if (capacity === null) return Number.POSITIVE_INFINITY;
  return waitlistLength > 0 ? 0 : Math.max(0, capacity - seatsTaken);
}

/** "number 3", "numbers 3 and 4", "numbers 3 to 6": the places in line of `count` people. */
function placesInLine(first: number, count: number): string {
  if (count === 1) return `number ${first}`;
  return `numbers ${first} ${count === 2 ? 'and' : 'to'} ${first + count - 1}`;
}

/** What the seats left mean for the people on the form, before they submit. */
export function capacityNotice(seats: Seats, attendeeCount: number): string | null {
  if (seats.capacity === null) return null;
  const free = seatsFree(seats);
  if (free === 0) {
    const places = placesInLine(seats.waitlistLength + 1, attendeeCount);
    return attendeeCount === 1
      ? `This meeting is full. The person you add now joins the waitlist as ${places} in line, and moves up when someone cancels.`
      : `This meeting is full. The ${people(attendeeCount)} you add now join the waitlist as ${places} in line, and move up when someone cancels.`;
  }
  if (attendeeCount > free) {
    const places = placesInLine(1, attendeeCount - free);
    return `Only ${people(free)} can still get a seat: the first ${free} on this form get seats, the rest join the waitlist as ${places} in line.`;
  }
  return null;
}

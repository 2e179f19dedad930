import type { Registration } from '@/api/contracts/meetings';
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

/** What the seats left mean for the people on the form, before they submit. */
export function capacityNotice(capacity: number | null, seatsTaken: number, attendeeCount: number): string | null {
  if (capacity === null) return null;
  const left = Math.max(0, capacity - seatsTaken);
  if (left === 0) {
    return 'This meeting is full. The people you register now join the waitlist in order, and move up when someone cancels.';
  }
  if (attendeeCount > left) {
    return `Only ${people(left)} can still get a seat: the first ${left} on this form get seats, the rest join the waitlist.`;
  }
  return null;
}

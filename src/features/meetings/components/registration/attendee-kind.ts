import type { Registration } from '@/api/contracts/meetings';
import { attendeeKindLabel } from '@/lib/attendee-kind-words';

/**
 * The person's title, with what they attend as when the title doesn't already say it: "Council
 * Member, Ward 2" (not "· Council member" again), "Sustainability Director · City staff".
 */
export function attendeeRoleLine(attendee: Pick<Registration['attendee'], 'kind' | 'title'>): string {
  if (attendee.kind === 'mayor') return attendee.title;
  const label = attendeeKindLabel[attendee.kind];
  // "City staff" is said by any title with "staff" in it; "Council member" by one with "council".
  const keyword = attendee.kind === 'staff' ? 'staff' : 'council';
  return attendee.title.toLowerCase().includes(keyword) ? attendee.title : `${attendee.title} · ${label}`;
}

import type { MeetingSummary } from '@/api/contracts/meetings';
import { countOf, formatCount } from '@/lib/format';

/** "18 of 25 seats taken, 2 waiting" or "40 registered, no limit". */
export function seatsWords({ capacity, seatsTaken, waitlistLength }: MeetingSummary): string {
  const taken =
    capacity === null
      ? `${formatCount(seatsTaken)} registered, no limit`
      : `${formatCount(seatsTaken)} of ${countOf(capacity, 'seat', 'seats')} taken`;
  return waitlistLength > 0 ? `${taken}, ${formatCount(waitlistLength)} waiting` : taken;
}

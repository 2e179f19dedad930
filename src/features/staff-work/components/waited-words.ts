import { countOf } from '@/lib/format';

const DAY_MS = 86_400_000;

/** How long a request has waited for MIP, in whole days: "Waiting 12 days", "Waiting less than a day". */
export function waitedWords(waitingSince: string, now: number): string {
  const days = Math.floor((now - Date.parse(waitingSince)) / DAY_MS);
  return days < 1 ? 'Waiting less than a day' : `Waiting ${countOf(days, 'day', 'days')}`;
}

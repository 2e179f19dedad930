import { isoDateOf, membershipYearOf, type MembershipYear } from '../../../src/lib/membership-year';
import { createPrng, seedFrom, type Prng } from '../prng';

/** What every seed module gets: the seed date and one reproducible random stream per area. */
export interface SeedContext {
  now: Date;
  /** The seed date, YYYY-MM-DD (UTC). */
  today: string;
  /** The membership year the seed date falls in. */
  year: MembershipYear;
  /** The calendar year the current membership year starts in (2026 for "2026–27"). */
  startYear: number;
  prng(area: string): Prng;
}

export function createSeedContext(now: Date): SeedContext {
  const today = isoDateOf(now);
  const year = membershipYearOf(today);
  return {
    now,
    today,
    year,
    startYear: Number(year.startsOn.slice(0, 4)),
    // Seeded by the date and the area, so adding rows to one area never reshuffles another.
    prng: (area) => createPrng(seedFrom(`${today}:${area}`)),
  };
}

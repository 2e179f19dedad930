/**
 * MIP's membership year runs July 1 to June 30. "2026–27" starts on 2026-07-01.
 * Calendar dates only (YYYY-MM-DD); no time zone is involved.
 */
export interface MembershipYear {
  label: string;
  startsOn: string;
  endsOn: string;
}

export function membershipYearOf(isoDate: string): MembershipYear {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const startYear = month >= 7 ? year : year - 1;
  return membershipYearStarting(startYear);
}

export function membershipYearStarting(startYear: number): MembershipYear {
  return {
    label: `${startYear}–${String(startYear + 1).slice(2)}`,
    startsOn: `${startYear}-07-01`,
    endsOn: `${startYear + 1}-06-30`,
  };
}

/** Today's calendar date in UTC as YYYY-MM-DD. */
export function isoDateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

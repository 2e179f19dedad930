import type { PersonRow } from '../rows/people';
import type { TrackMembershipRow } from '../rows/benefits';
import type { GeneratedMember } from './generated-members';
import type { SeedContext } from './seed-context';

/** Mayors whose term began in the last four years count as first-term for the seed. */
const FIRST_TERM_YEARS = 4;

export interface TrackSeed {
  memberships: TrackMembershipRow[];
  /** Cities whose mayor is in the first-term track: they are invited to the retreat. */
  firstTermMemberIds: string[];
}

export function seedTrackMemberships(ctx: SeedContext, generated: readonly GeneratedMember[]): TrackSeed {
  const rnd = ctx.prng('tracks');
  // Ana is in the first-term track but (not yet) in the Women Mayors' Network; Marcus is in none.
  const memberships: TrackMembershipRow[] = [
    { personId: 'ana-ortiz', trackId: 'first-term', joinedOn: '2025-02-10' },
    { personId: 'dana-whitfield', trackId: 'womens-network', joinedOn: '2022-03-08' },
  ];
  const firstTermMemberIds: string[] = [];
  const isFirstTerm = (mayor: PersonRow): boolean =>
    mayor.termStartedOn !== null && Number(mayor.termStartedOn.slice(0, 4)) > ctx.startYear - FIRST_TERM_YEARS;
  for (const { member, mayor } of generated) {
    const joined = `${Math.max(Number(mayor.termStartedOn?.slice(0, 4) ?? ctx.startYear), ctx.startYear - 6)}-0${rnd.int(3, 9)}-1${rnd.int(0, 9)}`;
    const joinsWomensNetwork = mayor.identifiesAsWoman && rnd.chance(0.6);
    const joinsFirstTerm = isFirstTerm(mayor) && rnd.chance(0.7);
    if (joined > ctx.today) continue;
    if (joinsWomensNetwork) memberships.push({ personId: mayor.id, trackId: 'womens-network', joinedOn: joined });
    if (joinsFirstTerm) {
      memberships.push({ personId: mayor.id, trackId: 'first-term', joinedOn: joined });
      firstTermMemberIds.push(member.id);
    }
  }
  return { memberships, firstTermMemberIds };
}

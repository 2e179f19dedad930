import type { TrackId } from '../../src/api/contracts/tracks';
import { formatDate } from '../../src/lib/format';
import { possessive } from '../../src/lib/possessive';
import type { TrackRow } from '../../mocks/db/rows/benefits';
import type { MemberRow, PersonRow } from '../../mocks/db/rows/people';
import type { StoreTx } from '../store/store';
import { liveGrantsOf } from './access';
import { today } from './invoices';
import { displayName, findMember } from './people';
import type { ActiveSession } from './sessions';

/** The first-term track is for mayors whose term began less than this many years ago. */
export const FIRST_TERM_YEARS = 4;

/**
 * How the viewer stands to the person whose tracks they look at: the person themself, a live
 * delegate of theirs, MIP staff previewing their city, or anyone else. Only the first three learn
 * whether the person may join a track.
 */
export type TrackViewer = 'self' | 'delegate' | 'preview' | 'other';

export async function trackViewerOf(tx: StoreTx, session: ActiveSession, person: PersonRow): Promise<TrackViewer> {
  if (session.preview) return session.preview.memberId === person.memberId ? 'preview' : 'other';
  if (session.person.id === person.id) return 'self';
  if ((await liveGrantsOf(tx, session.person.id)).some((d) => d.mayorId === person.id)) return 'delegate';
  return 'other';
}

export interface TrackEligibility {
  trackId: TrackId;
  eligible: boolean;
  reason: string;
}

/** The mayor of a member city (not a prospective one): the only people who can join a track. */
function isMemberMayor(person: PersonRow, member: MemberRow | undefined): boolean {
  return person.role === 'mayor' && member?.kind === 'member' && member.mayorId === person.id;
}

/** The date four years before `on` (YYYY-MM-DD; a 29 Feb compares correctly as a string). */
function yearsBefore(on: string, years: number): string {
  return `${String(Number(on.slice(0, 4)) - years)}${on.slice(4)}`;
}

/** The city of the person whose tracks are looked at: whether they are its mayor decides. */
export function cityOfPerson(tx: StoreTx, person: PersonRow): Promise<MemberRow | undefined> {
  return person.memberId ? findMember(tx, person.memberId) : Promise.resolve(undefined);
}

/**
 * Whether the person (of the city `member`) may join a track, in a sentence that speaks to the viewer ("Your term…" to
 * the mayor and to MIP previewing their hub, "Mayor Ana Ortiz's term…" to a delegate).
 *
 * The Women Mayors' Network is open to every mayor of a member city: it is for mayors who identify
 * as women, and joining is itself the identification, so eligibility never reads (or reveals) the
 * stored self-identification.
 */
export function trackEligibilityOf(
  track: TrackRow,
  person: PersonRow,
  member: MemberRow | undefined,
  viewer: TrackViewer,
): TrackEligibility {
  const no = (reason: string): TrackEligibility => ({ trackId: track.id, eligible: false, reason });
  const yes = (reason: string): TrackEligibility => ({ trackId: track.id, eligible: true, reason });
  if (person.role === 'prospective') return no('Only mayors of member cities can join.');
  if (person.role !== 'mayor') return no('Only mayors can join.');
  if (!isMemberMayor(person, member)) return no('Only mayors of member cities can join.');

  const whose = viewer === 'delegate' ? possessive(displayName(person)) : 'Your';
  if (track.identity) {
    return viewer === 'delegate'
      ? yes(`Only ${displayName(person)} can join this network: it is a personal choice, and it stays private.`)
      : yes('For mayors who identify as women. Joining is your own choice, and it stays private.');
  }
  if (person.termStartedOn === null) {
    return no(`${whose} term start date is not on file yet, so MIP can't tell whether this track fits.`);
  }
  const began = formatDate(person.termStartedOn);
  if (person.termStartedOn > yearsBefore(today(), FIRST_TERM_YEARS)) {
    return yes(`${whose} term began on ${began}, less than four years ago.`);
  }
  return no(`${whose} term began on ${began}, more than four years ago, so this track is for newer mayors.`);
}

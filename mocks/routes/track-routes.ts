import { endpoints } from '../../src/api/contracts/endpoints';
import type { PersonTracks, Track, TrackDetail } from '../../src/api/contracts/tracks';
import type { TrackRow } from '../db/rows/benefits';
import type { PersonRow } from '../db/rows/people';
import { TRACK_DETAILS, TRACKS } from '../db/seed/reference-data';
import { liveGrantsOf } from '../../server/rules/access';
import { appendDelegateAction } from '../../server/rules/access-log';
import { today } from '../../server/rules/invoices';
import { displayName, findMember, findPerson } from '../../server/rules/people';
import type { ActiveSession } from '../../server/rules/sessions';
import { cityOfPerson, trackEligibilityOf, trackViewerOf } from '../../server/rules/track-eligibility';
import type { StoreTx } from '../../server/store/store';
import { HttpError, notFound } from '../lib/http-error';
import { route } from '../lib/route';

/**
 * Who may see a person's track memberships at all: themself, MIP staff previewing their city,
 * delegates of theirs, and anyone when they are listed in the directory. Identity tracks are
 * narrower (`seesIdentityTracks`).
 */
async function canSeePerson(tx: StoreTx, session: ActiveSession, person: PersonRow): Promise<boolean> {
  if (session.person.id === person.id) return true;
  if (session.preview) return session.preview.memberId === person.memberId;
  if ((await liveGrantsOf(tx, session.person.id)).some((d) => d.mayorId === person.id)) return true;
  return person.listedInDirectory;
}

/**
 * The Women Mayors' Network is private: only the mayor themself sees it, and MIP staff previewing
 * that mayor's hub (a preview shows exactly what the mayor sees).
 */
async function seesIdentityTracks(tx: StoreTx, session: ActiveSession, personId: string): Promise<boolean> {
  if (session.person.id === personId) return true;
  const previewed = session.preview ? await findMember(tx, session.preview.memberId) : undefined;
  return previewed?.mayorId === personId;
}

function trackView(row: TrackRow): Track {
  return { id: row.id, name: row.name, summary: row.summary, identity: row.identity };
}

/** Where a track stands in the catalogue's order (the store reads rows by id). */
const trackRank = (trackId: string): number => {
  const at = TRACKS.findIndex((t) => t.id === trackId);
  return at === -1 ? TRACKS.length : at;
};

/** The tracks in the catalogue's order. */
async function allTracks(tx: StoreTx): Promise<TrackRow[]> {
  return (await tx.tracks.find()).sort((a, b) => trackRank(a.id) - trackRank(b.id) || a.id.localeCompare(b.id));
}

/** The person of the path, if the viewer may see their tracks at all (404 otherwise, so nobody learns who exists). */
async function visiblePerson(tx: StoreTx, session: ActiveSession, personId: string | undefined): Promise<PersonRow> {
  const person = await findPerson(tx, personId ?? '');
  if (!person || !(await canSeePerson(tx, session, person))) throw notFound('That person');
  return person;
}

async function findTrack(tx: StoreTx, trackId: string | undefined): Promise<TrackRow> {
  const track = await tx.tracks.get({ id: (trackId ?? '') as TrackRow['id'] });
  if (!track) throw notFound('That track');
  return track;
}

/**
 * A person's tracks as the viewer may see them: identity-track memberships only for the person
 * themself (and MIP previewing them), and eligibility only for the person, their delegates and MIP
 * previewing their city. Memberships read in the order they were made.
 */
async function personTracksView(tx: StoreTx, session: ActiveSession, person: PersonRow): Promise<PersonTracks> {
  const tracks = await allTracks(tx);
  const identityTracks = new Set(tracks.filter((t) => t.identity).map((t) => t.id));
  const showIdentity = await seesIdentityTracks(tx, session, person.id);
  const memberships = (await tx.trackMemberships.find({ personId: person.id }))
    .filter((m) => showIdentity || !identityTracks.has(m.trackId))
    .sort((a, b) => a.joinedOn.localeCompare(b.joinedOn) || trackRank(a.trackId) - trackRank(b.trackId))
    .map((m) => ({ trackId: m.trackId, joinedOn: m.joinedOn }));
  const viewer = await trackViewerOf(tx, session, person);
  const member = await cityOfPerson(tx, person);
  const eligibility = viewer === 'other' ? [] : tracks.map((t) => trackEligibilityOf(t, person, member, viewer));
  return { personId: person.id, memberships, eligibility };
}

/**
 * Who may join or leave a track for a person. An identity track only the person themself: it is a
 * personal choice (403 `self_only`, also for their delegates). Other tracks the person or a live
 * delegate of theirs (403 `forbidden` for anyone else). A preview never gets here (read-only).
 */
async function requireTrackActor(
  tx: StoreTx,
  session: ActiveSession,
  person: PersonRow,
  track: TrackRow,
  verb: 'join' | 'leave',
): Promise<void> {
  if (track.identity) {
    if (session.person.id !== person.id) {
      throw new HttpError(
        403,
        'self_only',
        `Only ${displayName(person)} can ${verb} the ${track.name}: it is a personal choice, and it stays private.`,
      );
    }
    return;
  }
  const viewer = await trackViewerOf(tx, session, person);
  if (viewer !== 'self' && viewer !== 'delegate') {
    throw new HttpError(
      403,
      'forbidden',
      `Only ${displayName(person)}, or staff they have given access, can ${verb} ${track.name} for them.`,
    );
  }
}

/** A delegate joining or leaving a track for the mayor goes into the mayor's access history. */
async function recordTrackChange(
  tx: StoreTx,
  session: ActiveSession,
  person: PersonRow,
  description: string,
): Promise<void> {
  if (person.memberId && (await trackViewerOf(tx, session, person)) === 'delegate') {
    await appendDelegateAction(tx, person.memberId, session.person.id, `${description} for ${displayName(person)}`);
  }
}

export const trackRoutes = [
  route(endpoints.listTracks, async ({ tx }) => ({ items: (await allTracks(tx)).map(trackView) })),

  route(endpoints.getTrack, async ({ params, tx }): Promise<TrackDetail> => {
    const track = await findTrack(tx, params.trackId);
    return { ...trackView(track), ...TRACK_DETAILS[track.id] };
  }),

  route(endpoints.getPersonTracks, async ({ params, session, tx }) =>
    personTracksView(tx, session, await visiblePerson(tx, session, params.personId)),
  ),

  // Joining twice changes nothing. Joining the identity track is the self-identification itself.
  route(endpoints.joinTrack, async ({ params, session, tx }) => {
    const person = await visiblePerson(tx, session, params.personId);
    const track = await findTrack(tx, params.trackId);
    await requireTrackActor(tx, session, person, track, 'join');
    const key = { personId: person.id, trackId: track.id };
    if (!(await tx.trackMemberships.get(key))) {
      const viewer = await trackViewerOf(tx, session, person);
      const eligibility = trackEligibilityOf(track, person, await cityOfPerson(tx, person), viewer);
      if (!eligibility.eligible) throw new HttpError(409, 'not_eligible', eligibility.reason);
      // Two joins at once make one membership: only the one that claims it records it.
      if (await tx.trackMemberships.insertIfAbsent({ ...key, joinedOn: today() })) {
        if (track.identity) await tx.people.update({ ...person, identifiesAsWoman: true });
        await recordTrackChange(tx, session, person, `Joined the ${track.name} track`);
      }
    }
    return personTracksView(tx, session, person);
  }),

  // Leaving removes every trace: for the identity track, the self-identification goes with it.
  route(endpoints.leaveTrack, async ({ params, session, tx }) => {
    const person = await visiblePerson(tx, session, params.personId);
    const track = await findTrack(tx, params.trackId);
    await requireTrackActor(tx, session, person, track, 'leave');
    const left = await tx.trackMemberships.delete({ personId: person.id, trackId: track.id });
    if (track.identity && left) await tx.people.update({ ...person, identifiesAsWoman: false });
    if (left) await recordTrackChange(tx, session, person, `Left the ${track.name} track`);
    return personTracksView(tx, session, person);
  }),
];

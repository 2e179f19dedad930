import { endpoints } from '../../src/api/contracts/endpoints';
import type { PersonTracks, Track, TrackDetail } from '../../src/api/contracts/tracks';
import { getDb } from '../db/db';
import type { TrackRow } from '../db/rows/benefits';
import type { PersonRow } from '../db/rows/people';
import { TRACK_DETAILS } from '../db/seed/reference-data';
import { liveGrantsOf } from '../lib/access';
import { appendDelegateAction } from '../lib/access-log';
import { HttpError, notFound } from '../lib/http-error';
import { today } from '../lib/invoices';
import { displayName, findMember, findPerson } from '../lib/people';
import { route } from '../lib/route';
import type { ActiveSession } from '../../server/rules/sessions';
import { trackEligibilityOf, trackViewerOf } from '../lib/track-eligibility';

/**
 * Who may see a person's track memberships at all: themself, MIP staff previewing their city,
 * delegates of theirs, and anyone when they are listed in the directory. Identity tracks are
 * narrower (`seesIdentityTracks`).
 */
function canSeePerson(session: ActiveSession, personId: string, memberId: string | null, listed: boolean): boolean {
  if (session.person.id === personId) return true;
  if (session.preview) return session.preview.memberId === memberId;
  if (liveGrantsOf(session.person.id).some((d) => d.mayorId === personId)) return true;
  return listed;
}

/**
 * The Women Mayors' Network is private: only the mayor themself sees it, and MIP staff previewing
 * that mayor's hub (a preview shows exactly what the mayor sees).
 */
function seesIdentityTracks(session: ActiveSession, personId: string): boolean {
  if (session.person.id === personId) return true;
  const previewed = session.preview ? findMember(session.preview.memberId) : undefined;
  return previewed?.mayorId === personId;
}

function trackView(row: TrackRow): Track {
  return { id: row.id, name: row.name, summary: row.summary, identity: row.identity };
}

/** The person of the path, if the viewer may see their tracks at all (404 otherwise, so nobody learns who exists). */
function visiblePerson(session: ActiveSession, personId: string | undefined): PersonRow {
  const person = findPerson(personId ?? '');
  if (!person || !canSeePerson(session, person.id, person.memberId, person.listedInDirectory))
    throw notFound('That person');
  return person;
}

function findTrack(trackId: string | undefined): TrackRow {
  const track = getDb().tracks.find((t) => t.id === trackId);
  if (!track) throw notFound('That track');
  return track;
}

/**
 * A person's tracks as the viewer may see them: identity-track memberships only for the person
 * themself (and MIP previewing them), and eligibility only for the person, their delegates and MIP
 * previewing their city.
 */
function personTracksView(session: ActiveSession, person: PersonRow): PersonTracks {
  const db = getDb();
  const identityTracks = new Set(db.tracks.filter((t) => t.identity).map((t) => t.id));
  const showIdentity = seesIdentityTracks(session, person.id);
  const memberships = db.trackMemberships
    .filter((m) => m.personId === person.id && (showIdentity || !identityTracks.has(m.trackId)))
    .map((m) => ({ trackId: m.trackId, joinedOn: m.joinedOn }));
  const viewer = trackViewerOf(session, person);
  const eligibility = viewer === 'other' ? [] : db.tracks.map((t) => trackEligibilityOf(t, person, viewer));
  return { personId: person.id, memberships, eligibility };
}

/**
 * Who may join or leave a track for a person. An identity track only the person themself: it is a
 * personal choice (403 `self_only`, also for their delegates). Other tracks the person or a live
 * delegate of theirs (403 `forbidden` for anyone else). A preview never gets here (read-only).
 */
function requireTrackActor(session: ActiveSession, person: PersonRow, track: TrackRow, verb: 'join' | 'leave'): void {
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
  const viewer = trackViewerOf(session, person);
  if (viewer !== 'self' && viewer !== 'delegate') {
    throw new HttpError(
      403,
      'forbidden',
      `Only ${displayName(person)}, or staff they have given access, can ${verb} ${track.name} for them.`,
    );
  }
}

/** A delegate joining or leaving a track for the mayor goes into the mayor's access history. */
function recordTrackChange(session: ActiveSession, person: PersonRow, description: string): void {
  if (person.memberId && trackViewerOf(session, person) === 'delegate') {
    appendDelegateAction(person.memberId, session.person.id, `${description} for ${displayName(person)}`);
  }
}

export const trackRoutes = [
  route(endpoints.listTracks, () => ({ items: getDb().tracks.map(trackView) })),

  route(endpoints.getTrack, ({ params }): TrackDetail => {
    const track = findTrack(params.trackId);
    return { ...trackView(track), ...TRACK_DETAILS[track.id] };
  }),

  route(endpoints.getPersonTracks, ({ params, session }) =>
    personTracksView(session, visiblePerson(session, params.personId)),
  ),

  // Joining twice changes nothing. Joining the identity track is the self-identification itself.
  route(endpoints.joinTrack, ({ params, session }) => {
    const person = visiblePerson(session, params.personId);
    const track = findTrack(params.trackId);
    requireTrackActor(session, person, track, 'join');
    const db = getDb();
    const member = db.trackMemberships.some((m) => m.personId === person.id && m.trackId === track.id);
    if (!member) {
      const eligibility = trackEligibilityOf(track, person, trackViewerOf(session, person));
      if (!eligibility.eligible) throw new HttpError(409, 'not_eligible', eligibility.reason);
      db.trackMemberships.push({ personId: person.id, trackId: track.id, joinedOn: today() });
      if (track.identity) person.identifiesAsWoman = true;
      recordTrackChange(session, person, `Joined the ${track.name} track`);
    }
    return personTracksView(session, person);
  }),

  // Leaving removes every trace: for the identity track, the self-identification goes with it.
  route(endpoints.leaveTrack, ({ params, session }) => {
    const person = visiblePerson(session, params.personId);
    const track = findTrack(params.trackId);
    requireTrackActor(session, person, track, 'leave');
    const db = getDb();
    const before = db.trackMemberships.length;
    db.trackMemberships = db.trackMemberships.filter((m) => !(m.personId === person.id && m.trackId === track.id));
    const left = db.trackMemberships.length < before;
    if (track.identity && left) person.identifiesAsWoman = false;
    if (left) recordTrackChange(session, person, `Left the ${track.name} track`);
    return personTracksView(session, person);
  }),
];

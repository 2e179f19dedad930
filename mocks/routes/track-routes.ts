import { endpoints } from '../../src/api/contracts/endpoints';
import { getDb } from '../db/db';
import { liveGrantsOf } from '../lib/access';
import { notFound } from '../lib/http-error';
import { findMember, findPerson } from '../lib/people';
import { route } from '../lib/route';
import type { ActiveSession } from '../lib/sessions';

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

export const trackRoutes = [
  route(endpoints.listTracks, () => ({ items: getDb().tracks })),

  route(endpoints.getPersonTracks, ({ params, session }) => {
    const person = findPerson(params.personId ?? '');
    if (!person || !canSeePerson(session, person.id, person.memberId, person.listedInDirectory))
      throw notFound('That person');
    const db = getDb();
    const identityTracks = new Set(db.tracks.filter((t) => t.identity).map((t) => t.id));
    const showIdentity = seesIdentityTracks(session, person.id);
    const memberships = db.trackMemberships
      .filter((m) => m.personId === person.id && (showIdentity || !identityTracks.has(m.trackId)))
      .map((m) => ({ trackId: m.trackId, joinedOn: m.joinedOn }));
    return { personId: person.id, memberships };
  }),
];

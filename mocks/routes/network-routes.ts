import { endpoints } from '../../src/api/contracts/endpoints';
import type { DirectoryListing } from '../../src/api/contracts/network';
import { getDb } from '../db/db';
import type { PersonRow } from '../db/rows/people';
import { directoryEntryOf, requireDirectoryAccess, requireDirectoryKind, searchDirectory } from '../lib/directory';
import { emailPreferencesOf } from '../lib/email-preferences';
import { notFound } from '../lib/http-error';
import { paginate } from '../lib/paginate';
import { findMember, findPerson } from '../lib/people';
import { route } from '../lib/route';
import type { ActiveSession } from '../../server/rules/sessions';

/**
 * A person's directory listing and e-mail updates are their own: only they read and change them
 * (404 for anyone else, delegates included, so nothing leaks). MIP staff previewing a city may read
 * its mayor's, because a preview shows what the mayor sees; the route helper refuses every change.
 */
function ownPerson(session: ActiveSession, personId: string | undefined, what: string): PersonRow {
  const person = findPerson(personId ?? '');
  const previewed = session.preview ? findMember(session.preview.memberId) : undefined;
  const own = session.preview ? previewed?.mayorId === person?.id : session.person.id === person?.id;
  if (!person || !own) throw notFound(what);
  return person;
}

function listingOf(person: PersonRow): DirectoryListing {
  return { listed: person.listedInDirectory, entry: directoryEntryOf(person, requireDirectoryKind(person)) };
}

export const networkRoutes = [
  // Only listed people, and only what the directory shows: never tracks or self-identification.
  route(endpoints.searchDirectory, ({ query, session }) => {
    requireDirectoryAccess(session);
    const hits = searchDirectory(query);
    return paginate(hits, query.page, query.pageSize);
  }),

  route(endpoints.getDirectoryListing, ({ params, session }) =>
    listingOf(ownPerson(session, params.personId, 'That directory listing')),
  ),

  route(endpoints.updateDirectoryListing, ({ params, session, body }) => {
    const person = ownPerson(session, params.personId, 'That directory listing');
    requireDirectoryKind(person);
    person.listedInDirectory = body.listed;
    return listingOf(person);
  }),

  route(endpoints.getEmailPreferences, ({ params, session }) =>
    emailPreferencesOf(ownPerson(session, params.personId, 'Those e-mail preferences').id),
  ),

  route(endpoints.updateEmailPreferences, ({ params, session, body }) => {
    const person = ownPerson(session, params.personId, 'Those e-mail preferences');
    const db = getDb();
    // The person is the path's (checked above), whatever the body says.
    const { newsletter, meetingAnnouncements, trackNews, requestUpdates } = body;
    const row = { personId: person.id, newsletter, meetingAnnouncements, trackNews, requestUpdates };
    db.emailPreferences = [...db.emailPreferences.filter((p) => p.personId !== person.id), row];
    return emailPreferencesOf(person.id);
  }),
];

import { endpoints } from '../../src/api/contracts/endpoints';
import type { DirectoryListing } from '../../src/api/contracts/network';
import type { PersonRow } from '../db/rows/people';
import {
  directoryEntryOf,
  requireDirectoryAccess,
  requireDirectoryKind,
  searchDirectory,
} from '../../server/rules/directory';
import { emailPreferencesOf } from '../../server/rules/email-preferences';
import { findMember, findPerson } from '../../server/rules/people';
import type { ActiveSession } from '../../server/rules/sessions';
import type { StoreTx } from '../../server/store/store';
import { notFound } from '../lib/http-error';
import { paginate } from '../lib/paginate';
import { route } from '../lib/route';

/**
 * A person's directory listing and e-mail updates are their own: only they read and change them
 * (404 for anyone else, delegates included, so nothing leaks). MIP staff previewing a city may read
 * its mayor's, because a preview shows what the mayor sees; the route helper refuses every change.
 */
async function ownPerson(
  tx: StoreTx,
  session: ActiveSession,
  personId: string | undefined,
  what: string,
): Promise<PersonRow> {
  const person = await findPerson(tx, personId ?? '');
  const previewed = session.preview ? await findMember(tx, session.preview.memberId) : undefined;
  const own = session.preview ? previewed?.mayorId === person?.id : session.person.id === person?.id;
  if (!person || !own) throw notFound(what);
  return person;
}

async function listingOf(tx: StoreTx, person: PersonRow): Promise<DirectoryListing> {
  const entry = await directoryEntryOf(tx, person, await requireDirectoryKind(tx, person));
  return { listed: person.listedInDirectory, entry };
}

export const networkRoutes = [
  // Only listed people, and only what the directory shows: never tracks or self-identification.
  route(endpoints.searchDirectory, async ({ query, session, tx }) => {
    await requireDirectoryAccess(tx, session);
    const hits = await searchDirectory(tx, query);
    return paginate(hits, query.page, query.pageSize);
  }),

  route(endpoints.getDirectoryListing, async ({ params, session, tx }) =>
    listingOf(tx, await ownPerson(tx, session, params.personId, 'That directory listing')),
  ),

  route(endpoints.updateDirectoryListing, async ({ params, session, body, tx }) => {
    const person = await ownPerson(tx, session, params.personId, 'That directory listing');
    await requireDirectoryKind(tx, person);
    person.listedInDirectory = body.listed;
    await tx.people.update(person);
    return listingOf(tx, person);
  }),

  route(endpoints.getEmailPreferences, async ({ params, session, tx }) =>
    emailPreferencesOf(tx, (await ownPerson(tx, session, params.personId, 'Those e-mail preferences')).id),
  ),

  route(endpoints.updateEmailPreferences, async ({ params, session, body, tx }) => {
    const person = await ownPerson(tx, session, params.personId, 'Those e-mail preferences');
    // The person is the path's (checked above), whatever the body says.
    const { newsletter, meetingAnnouncements, trackNews, requestUpdates } = body;
    const row = { personId: person.id, newsletter, meetingAnnouncements, trackNews, requestUpdates };
    if (!(await tx.emailPreferences.insertIfAbsent(row))) await tx.emailPreferences.update(row);
    return emailPreferencesOf(tx, person.id);
  }),
];

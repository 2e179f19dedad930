import type { Invitation } from '../../src/api/contracts/staff-accounts';
import type { WelcomeLink } from '../../src/api/contracts/welcome-links';
import { clock } from '../../mocks/clock';
import { addMinutes } from '../../mocks/db/dates';
import type { PersonRow, WelcomeLinkRow } from '../../mocks/db/rows/people';
import type { OutboxRow } from '../../mocks/db/rows/staff';
import { HttpError } from '../../mocks/lib/http-error';
import { welcomeWords } from '../../mocks/lib/outbox-words';
import type { PasswordKeeper } from '../runtime';
import type { StoreTx } from '../store/store';
import { displayName, findMember } from './people';

/**
 * The first sign-in of an account MIP's staff made (issue 19, decision 039). Making it queues a
 * welcome e-mail whose link carries a random token; only the token's SHA-256 is stored, so the
 * table (or a backup of it) can't sign anyone in. A link works once and for 14 days; a newer one
 * for the same person ends the older ones. The staff outbox shows the e-mail without its link.
 */

export const WELCOME_LINK_DAYS = 14;

/** 256 random bits, base64url: what the link carries. */
function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** The key a token is stored under: its SHA-256, hex. */
async function linkId(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The welcome e-mail's words: a mayor is told their city, a colleague their staff account. */
async function wordsFor(tx: StoreTx, person: PersonRow, token: string, expiresAt: string) {
  const member = person.memberId ? await findMember(tx, person.memberId) : undefined;
  if (person.role === 'mip_staff' || !member) return welcomeWords.colleague(person.name, token, expiresAt);
  return welcomeWords.mayor(displayName(person), `${member.city}, ${member.state}`, token, expiresAt);
}

/** Ends the person's unused links: a newer one replaces them, or the account no longer needs one. */
export async function endWelcomeLinksOf(tx: StoreTx, personId: string): Promise<void> {
  for (const link of await tx.welcomeLinks.find({ personId, usedAt: null }))
    await tx.welcomeLinks.delete({ id: link.id });
}

/** A new link for the person (older ones stop working) and the e-mail that carries it. */
export async function sendWelcomeLink(tx: StoreTx, person: PersonRow): Promise<void> {
  await endWelcomeLinksOf(tx, person.id);
  const token = newToken();
  const createdAt = clock.now().toISOString();
  const expiresAt = addMinutes(createdAt, WELCOME_LINK_DAYS * 24 * 60);
  await tx.welcomeLinks.insert({ id: await linkId(token), personId: person.id, createdAt, expiresAt, usedAt: null });
  const words = await wordsFor(tx, person, token, expiresAt);
  const email: OutboxRow = {
    id: await tx.nextId('email'),
    toPersonId: person.id,
    toEmail: person.email,
    subject: words.subject,
    body: words.body,
    // Not a request update: it is how the person gets in, whatever their e-mail preferences.
    kind: 'welcome',
    recordKind: 'account',
    recordId: person.id,
    memberId: person.memberId,
    createdAt,
    sentAt: null,
  };
  await tx.outbox.insert(email);
}

/**
 * The welcome e-mail waiting for its person: null once they set their password with a link, and
 * for accounts that never had one (the seed's, an applicant's who chose their own).
 */
export async function invitationOf(tx: StoreTx, personId: string): Promise<Invitation | null> {
  const links = await tx.welcomeLinks.find({ personId });
  if (links.length === 0 || links.some((link) => link.usedAt !== null)) return null;
  const latest = links.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
  return {
    sentAt: latest.createdAt,
    expiresAt: latest.expiresAt,
    expired: latest.expiresAt <= clock.now().toISOString(),
  };
}

/** Sends the link again, while the person hasn't set their password yet. */
export async function resendWelcomeLink(tx: StoreTx, person: PersonRow): Promise<void> {
  if (!(await invitationOf(tx, person.id))) {
    throw new HttpError(
      409,
      'already_set_up',
      `${displayName(person)} has already set a password and signs in with it: there is no link to send again.`,
    );
  }
  await sendWelcomeLink(tx, person);
}

const unknownLink = () =>
  new HttpError(
    404,
    'welcome_link_not_found',
    'This link has already been used, or a newer one replaced it. Sign in with your password, or ask MIP to send the link again.',
  );

/** The link behind a token and its person, held for this transaction: 404 unknown or used, 410 expired. */
async function usableLink(tx: StoreTx, token: string): Promise<{ link: WelcomeLinkRow; person: PersonRow }> {
  const link = await tx.welcomeLinks.getForUpdate({ id: await linkId(token) });
  if (!link || link.usedAt !== null) throw unknownLink();
  const person = await tx.people.get({ id: link.personId });
  // An account deactivated, or a mayor who left the city, has no first sign-in to make.
  if (!person || person.deactivatedAt !== null || (person.role !== 'mip_staff' && person.memberId === null)) {
    throw unknownLink();
  }
  if (link.expiresAt <= clock.now().toISOString()) {
    throw new HttpError(
      410,
      'welcome_link_expired',
      'This link has expired: links work for 14 days. Ask MIP to send you a new one.',
    );
  }
  return { link, person };
}

export async function welcomeLinkView(tx: StoreTx, token: string): Promise<WelcomeLink> {
  const { link, person } = await usableLink(tx, token);
  return { name: displayName(person), email: person.email, expiresAt: link.expiresAt };
}

/** Sets the account's first password and uses the link up; the caller signs the person in. */
export async function acceptWelcomeLink(
  tx: StoreTx,
  token: string,
  password: string,
  passwords: PasswordKeeper,
): Promise<PersonRow> {
  const { link, person } = await usableLink(tx, token);
  const usedAt = clock.now().toISOString();
  await tx.welcomeLinks.update({ ...link, usedAt });
  const ready: PersonRow = { ...person, password: await passwords.hash(password) };
  await tx.people.update(ready);
  return ready;
}

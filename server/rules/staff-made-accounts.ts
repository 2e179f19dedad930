import type { PersonRow } from '../../mocks/db/rows/people';
import { HttpError } from '../../mocks/lib/http-error';
import { uniqueSlug } from '../../mocks/lib/slug';
import type { PasswordKeeper } from '../runtime';
import type { StoreTx } from '../store/store';
import { insertOrRefuse } from './insert-or-refuse';
import { sendWelcomeLink } from './welcome-links';

/**
 * An account MIP's staff make for someone else (a city's new mayor, an invited colleague): its
 * e-mail must be nobody's, and its password is a random one nobody knows: the person chooses
 * theirs from the link of the welcome e-mail queued with it (welcome-links.ts). Not in the
 * directory, no tracks, no private self-identification: those are the person's own to choose.
 */
export interface StaffMadeAccount {
  /** The words for the id (`uniqueSlug`), and the id to fall back on. */
  slugOf: string;
  slugFallback: string;
  name: string;
  email: string;
  title: string | null;
  role: PersonRow['role'];
  memberId: string | null;
  termStartedOn: string | null;
  staffAreas: PersonRow['staffAreas'];
}

/** 409 `email_taken` at the field, in the words of the form that asked (whose address it wants). */
const emailInUse = (fieldWords: string) => (): HttpError =>
  new HttpError(409, 'email_taken', 'That e-mail address already belongs to an account in the Hub.', {
    email: [fieldWords],
  });

export async function insertStaffMadeAccount(
  tx: StoreTx,
  passwords: PasswordKeeper,
  account: StaffMadeAccount,
  emailTakenWords: string,
): Promise<PersonRow> {
  const refusal = emailInUse(emailTakenWords);
  const email = account.email.trim();
  if (await tx.personByEmail(email)) throw refusal();
  const ids = new Set((await tx.people.find()).map((p) => p.id));
  const person: PersonRow = {
    id: uniqueSlug(account.slugOf, (id) => ids.has(id), account.slugFallback),
    name: account.name.trim(),
    email,
    password: await passwords.hash(crypto.randomUUID()),
    title: account.title,
    role: account.role,
    memberId: account.memberId,
    termStartedOn: account.termStartedOn,
    identifiesAsWoman: false,
    listedInDirectory: false,
    policyAreas: [],
    staffAreas: account.staffAreas,
    deactivatedAt: null,
  };
  await insertOrRefuse(tx.people.insert(person), refusal);
  await sendWelcomeLink(tx, person);
  return person;
}

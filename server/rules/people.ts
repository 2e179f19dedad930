import type { PersonRef } from '../../src/api/contracts/common';
import type { MemberRow, PersonRow } from '../../mocks/db/rows/people';
import type { StoreTx } from '../store/store';

export function findPerson(tx: StoreTx, id: string): Promise<PersonRow | undefined> {
  return tx.people.get({ id });
}

export function findMember(tx: StoreTx, id: string): Promise<MemberRow | undefined> {
  return tx.members.get({ id });
}

export function personRefOf(person: PersonRow): PersonRef {
  return { id: person.id, name: person.name, title: person.title };
}

/** A person removed since stays readable, by this name. */
export function formerUserRef(id: string): PersonRef {
  return { id, name: 'Former user', title: null };
}

/** A reference to a person by id; a person removed since stays readable as "Former user". */
export async function personRef(tx: StoreTx, id: string): Promise<PersonRef> {
  const person = await findPerson(tx, id);
  return person ? personRefOf(person) : formerUserRef(id);
}

/** "Mayor Ana Ortiz", "Jordan Lee": how a person is named in messages. */
export { displayName } from '../../mocks/lib/access-log-words';

export async function mayorOf(tx: StoreTx, member: MemberRow): Promise<PersonRow> {
  const mayor = await findPerson(tx, member.mayorId);
  if (!mayor) throw new Error(`Member ${member.id} has no mayor ${member.mayorId}`);
  return mayor;
}

import type { PersonRef } from '../../src/api/contracts/common';
import { getDb } from '../db/db';
import type { MemberRow, PersonRow } from '../db/rows/people';

export function findPerson(id: string): PersonRow | undefined {
  return getDb().people.find((p) => p.id === id);
}

export function findMember(id: string): MemberRow | undefined {
  return getDb().members.find((m) => m.id === id);
}

export function personRefOf(person: PersonRow): PersonRef {
  return { id: person.id, name: person.name, title: person.title };
}

/** A reference to a person by id; a person removed since stays readable as "Former user". */
export function personRef(id: string): PersonRef {
  const person = findPerson(id);
  return person ? personRefOf(person) : { id, name: 'Former user', title: null };
}

/** "Mayor Ana Ortiz", "Jordan Lee": how a person is named in messages. */
export { displayName } from './access-log-words';

export function mayorOf(member: MemberRow): PersonRow {
  const mayor = findPerson(member.mayorId);
  if (!mayor) throw new Error(`Member ${member.id} has no mayor ${member.mayorId}`);
  return mayor;
}

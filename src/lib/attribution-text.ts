import type { Attribution, PersonRef } from '@/api/contracts/common';

function named(person: PersonRef): string {
  return person.title === 'Mayor' ? `Mayor ${person.name}` : person.name;
}

/**
 * Who made a record: "Registered by Jordan Lee for Mayor Ana Ortiz" when a delegate acted,
 * "Registered by Mayor Ana Ortiz" when the mayor acted themselves.
 */
export function attributionText(verb: string, { actor, subject }: Attribution): string {
  if (actor.id === subject.id) return `${verb} by ${named(actor)}`;
  return `${verb} by ${actor.name} for ${named(subject)}`;
}

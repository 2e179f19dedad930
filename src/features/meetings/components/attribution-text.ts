import type { Attribution, PersonRef } from '@/api/contracts/common';

function named(person: PersonRef): string {
  return person.title === 'Mayor' ? `Mayor ${person.name}` : person.name;
}

/** "Registered by Jordan Lee for Mayor Ana Ortiz" when a delegate acted; null when the person acted for themselves. */
export function attributionText(verb: string, { actor, subject }: Attribution): string | null {
  if (actor.id === subject.id) return null;
  return `${verb} by ${actor.name} for ${named(subject)}`;
}

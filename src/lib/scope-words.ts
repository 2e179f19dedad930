import type { Scope } from '../api/contracts/common';

/** What each area of a delegate's access is called (the mock API's refusals use these words too). */
export const SCOPE_WORDS: Record<Scope, string> = { meetings: 'meetings', memos: 'policy memos', dues: 'dues' };
const READING_ORDER: readonly Scope[] = ['meetings', 'memos', 'dues'];

/** "meetings, policy memos and dues": a grant's areas in words, in the order people read them. */
export function scopePhrase(scopes: readonly Scope[]): string {
  const words = READING_ORDER.filter((scope) => scopes.includes(scope)).map((scope) => SCOPE_WORDS[scope]);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? 'nothing');
}

/** "Meetings, policy memos and dues": the same, starting a sentence or a table cell. */
export function scopeSentence(scopes: readonly Scope[]): string {
  const phrase = scopePhrase(scopes);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

import type { Scope } from '@/api/contracts/common';

const WORDS: Record<Scope, string> = { meetings: 'meetings', memos: 'policy memos', dues: 'dues' };
const ORDER: readonly Scope[] = ['meetings', 'memos', 'dues'];

/** "Meetings, policy memos and dues": a delegate's areas as a sentence fragment. */
export function scopeSentence(scopes: readonly Scope[]): string {
  const words = ORDER.filter((scope) => scopes.includes(scope)).map((scope) => WORDS[scope]);
  const text = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? 'nothing');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

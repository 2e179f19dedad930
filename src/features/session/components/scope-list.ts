import type { Scope } from '@/api/contracts/common';

/** "meetings, memos, dues": the scopes of a grant, in the order people read them. */
export function scopeList(scopes: readonly Scope[]): string {
  const order: Scope[] = ['meetings', 'memos', 'dues'];
  return order.filter((scope) => scopes.includes(scope)).join(', ');
}

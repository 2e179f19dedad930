import { useQuery } from '@tanstack/react-query';
import type { Scope } from '@/api/contracts/common';
import type { Session } from '@/api/contracts/session';
import { SCOPE_WORDS } from '@/lib/scope-words';
import { sessionQueryOptions } from './session-queries';
import { possessive } from '@/lib/possessive';

export interface ChangeContext {
  /** The member whose data would change. */
  memberId: string;
  /** The delegation scope the change needs, for a delegate. */
  scope?: Scope;
}

/**
 * Why the signed-in person may not change something here, as a sentence; null when they may.
 * The API refuses these changes anyway; this lets the UI say so before anyone tries.
 */
export function readOnlyReason(session: Session | undefined, context?: ChangeContext): string | null {
  if (!session) return null;
  if (session.preview) {
    return `You are previewing ${possessive(session.preview.city)} hub as MIP staff. A preview is read-only, so nothing can be changed.`;
  }
  if (context?.scope && session.person.role === 'city_staff') {
    const grant = session.grants.find((g) => g.memberId === context.memberId);
    if (!grant) return 'You do not act for this city.';
    if (!grant.scopes.includes(context.scope)) {
      return `Mayor ${grant.mayor.name} has not given you access to ${SCOPE_WORDS[context.scope]}.`;
    }
  }
  return null;
}

/** The shared guard every changing control uses (through ChangeButton or by hand). */
export function useReadOnlyReason(context?: ChangeContext): string | null {
  const { data: session } = useQuery(sessionQueryOptions());
  return readOnlyReason(session, context);
}

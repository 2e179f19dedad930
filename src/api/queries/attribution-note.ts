import { useQuery } from '@tanstack/react-query';
import type { Session } from '@/api/contracts/session';
import { sessionQueryOptions } from './session-queries';

/**
 * For a confirmation after a delegate acted: " Recorded as Jordan Lee for Mayor Ana Ortiz.", the
 * words every record they create carries; empty when the mayor acted themself.
 */
export function attributionNote(session: Session | undefined, memberId: string): string {
  if (!session || session.person.role !== 'city_staff') return '';
  const grant = session.grants.find((g) => g.memberId === memberId);
  return grant ? ` Recorded as ${session.person.name} for Mayor ${grant.mayor.name}.` : '';
}

export function useAttributionNote(memberId: string): string {
  const { data: session } = useQuery(sessionQueryOptions());
  return attributionNote(session, memberId);
}

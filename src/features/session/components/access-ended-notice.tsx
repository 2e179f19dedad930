import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError, type ApiError } from '@/api/api-error';
import { apiRequest } from '@/api/client';
import type { Overview } from '@/api/contracts/members';
import type { Session } from '@/api/contracts/session';
import { forgetData } from '@/api/queries/forget-on-arrival';
import { overviewQueryOptions } from '@/api/queries/overview-queries';
import { useSession } from '@/api/queries/session-queries';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';

/**
 * Why the API refuses this delegate now, asked once: 403 `delegation_revoked` or
 * `delegation_expired`, with the API's own sentence ("Ask them to grant it again…").
 */
function useAccessEndedReason(memberId: string) {
  return useQuery({
    queryKey: ['access-ended', memberId],
    queryFn: ({ signal, client }) => apiRequest('getOverview', { params: { memberId }, signal, client }),
    retry: false,
    staleTime: Infinity,
    // The notice can mount twice in a row (the hub's, then the failed page's): the second one reads
    // the answer the first got instead of asking again (and showing nothing meanwhile).
    retryOnMount: false,
  });
}

/**
 * The mayor's name from what this tab already read (the grant, the city's overview), kept under
 * the 'access-ended' key: the rest is forgotten, and the notice may show twice (the page's error,
 * then the hub's) in one go.
 */
function useEndedMayorName(memberId: string, session: Session): string | null {
  const queryClient = useQueryClient();
  const [name] = useState(() => {
    const key = ['access-ended', memberId, 'mayor'];
    const known =
      queryClient.getQueryData<string>(key) ??
      session.grants.find((grant) => grant.memberId === memberId)?.mayor.name ??
      queryClient.getQueryData<Overview>(overviewQueryOptions(memberId).queryKey)?.member.mayor.name ??
      null;
    if (known) queryClient.setQueryData(key, known);
    return known;
  });
  return name;
}

/**
 * What a delegate's open tab shows once the mayor revoked them, or their access ran out: in place
 * of the mayor's pages, in words, with the way on. What the tab had read for that mayor is dropped.
 */
export function AccessEndedNotice({ memberId }: { memberId: string }) {
  const queryClient = useQueryClient();
  const session = useSession();
  const mayorName = useEndedMayorName(memberId, session);
  useEffect(() => forgetData(queryClient, 'access-ended'), [queryClient]);
  const reason = useAccessEndedReason(memberId);
  // Access was given back meanwhile: read the session again, which then shows the grant.
  const givenBack = reason.isSuccess;
  useEffect(() => {
    if (givenBack) void queryClient.invalidateQueries({ queryKey: ['session'] });
  }, [givenBack, queryClient]);

  if (reason.isPending) return null;
  const error = isApiError(reason.error) ? reason.error : null;
  const { heading, explanation } = noticeWords(mayorName, error);
  const others = session.grants.filter((grant) => grant.memberId !== memberId);

  return (
    <div className="max-w-2xl">
      <PageHeading>{heading}</PageHeading>
      <p className="mt-4 text-lg text-slate-700">{explanation}</p>
      <p className="mt-4 text-slate-700">Nothing you did before is lost: it stays in the mayor's records.</p>
      <p className="mt-6">
        {others.length > 0 ? (
          <TextLink to={paths.actAs.href()}>Choose another mayor to act for</TextLink>
        ) : (
          <TextLink to={paths.home.href()}>Go to your home page</TextLink>
        )}
      </p>
    </div>
  );
}

/**
 * "Your access for Mayor Ana Ortiz was revoked" and what to do. The API's message starts with
 * that sentence; the name this tab knew is used when it has one (the message is the fallback for a
 * tab opened after the revocation, which never read the mayor's name).
 */
function noticeWords(mayorName: string | null, error: ApiError | null): { heading: string; explanation: string } {
  const expired = error?.code === 'delegation_expired';
  const [firstSentence, ...rest] = (error?.message ?? '').split(/(?<=\.)\s+/);
  const fallback = 'Ask the mayor to grant you access again if you still need it.';
  if (mayorName) {
    return {
      heading: `Your access for Mayor ${mayorName} ${expired ? 'has ended' : 'was revoked'}`,
      explanation: error?.message ?? fallback,
    };
  }
  if (firstSentence && rest.length > 0) {
    return { heading: firstSentence.replace(/\.$/, ''), explanation: rest.join(' ') };
  }
  return { heading: `Your access to this hub ${expired ? 'has ended' : 'was revoked'}`, explanation: fallback };
}

import { memo, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Outlet, useLocation, useNavigation, useRouteError } from 'react-router';
import type { Session } from '@/api/contracts/session';
import { sessionQueryKey, useSession } from '@/api/queries/session-queries';
import { PageMain } from '@/components/layout/page-main';
import { PreviewEndedNotice } from '@/features/preview/components/preview-ended-notice';
import { AccessEndedNotice } from '@/features/session/components/access-ended-notice';
import { ActingForBar } from '@/features/session/components/acting-for-bar';
import { MemberBar } from '../shell/member-bar';
import { RouteErrorContent } from '../shell/route-error-content';
import { useMemberId } from './use-member-id';

// Same city, same bars: a navigation within the hub (a search typed in the library) skips them.
const CityBar = memo(MemberBar);
const DelegateBar = memo(ActingForBar);

/**
 * Whether the session that opened this hub lost it since: a delegate whose grant was revoked or
 * ran out (the session, read again after the API refused them, no longer lists it), or MIP staff
 * whose preview ended.
 */
function accessLost(session: Session, memberId: string): 'delegate' | 'preview' | null {
  if (session.person.role === 'city_staff' && !session.grants.some((grant) => grant.memberId === memberId)) {
    return 'delegate';
  }
  if (session.person.role === 'mip_staff' && session.preview?.memberId !== memberId) return 'preview';
  return null;
}

/**
 * A delegate's grants are read again on every page they open (in the background), so a mayor's
 * revocation shows on their next click even when that page's data was still cached.
 */
function useGrantsRecheckedOnNavigation(session: Session) {
  const queryClient = useQueryClient();
  const { pathname } = useLocation();
  const delegate = session.person.role === 'city_staff';
  // Not on arrival: the loader has just read the session; only later pages need a fresh look.
  const arrivedAt = useRef(pathname);
  useEffect(() => {
    if (delegate && pathname !== arrivedAt.current) void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  }, [pathname, delegate, queryClient]);
}

/**
 * The lost access, said once the page being opened has settled. The session read again can
 * arrive while the router is still rendering that page's refusal: shown at once, the notice would
 * show twice in a row (the hub's, then the failed page's), and a click on the first would be lost.
 * Once shown, it stays through the navigation away from it.
 */
function useAccessLostOnceSettled(session: Session, memberId: string) {
  const lost = accessLost(session, memberId);
  const settled = useNavigation().state === 'idle';
  const [shown, setShown] = useState<typeof lost>(null);
  if (lost && settled && shown !== lost) setShown(lost);
  return lost && (settled || shown === lost) ? lost : null;
}

/** Every page of one member's hub: the city and its status, the delegate's bar, the page. */
export function Component() {
  const memberId = useMemberId();
  const session = useSession();
  useGrantsRecheckedOnNavigation(session);
  const lost = useAccessLostOnceSettled(session, memberId);
  if (lost) {
    return (
      <PageMain>{lost === 'delegate' ? <AccessEndedNotice memberId={memberId} /> : <PreviewEndedNotice />}</PageMain>
    );
  }
  return (
    <>
      <CityBar memberId={memberId} />
      <DelegateBar memberId={memberId} />
      <PageMain>
        <Outlet />
      </PageMain>
    </>
  );
}

export function ErrorBoundary() {
  return (
    <PageMain>
      <RouteErrorContent error={useRouteError()} />
    </PageMain>
  );
}

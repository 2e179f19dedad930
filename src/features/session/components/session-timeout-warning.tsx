import { lazy, Suspense, useEffect, useState } from 'react';
import { useIsFetching, useIsMutating } from '@tanstack/react-query';
import { formatInstantTime } from '@/lib/format';
import { useLoadLater } from '@/lib/use-load-later';
import { nextTimeoutMoment, timeLeftInWords, timeoutPhase } from '../api/session-timeout';
import { useIdleDeadline } from '../api/use-idle-deadline';
import { useSignOut } from '../api/sign-out';
import { useStaySignedIn } from '../api/use-stay-signed-in';

// The dialog's code (Radix Dialog with it) loads just after the first signed-in page, never before
// it, and is in hand long before a warning is due.
const loadDialog = () => import('./session-timeout-dialog');
const SessionTimeoutDialog = lazy(loadDialog);

/** setTimeout fires at once for anything longer (a clock set weeks ahead in a test, say). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The time now, as of the last moment that matters for `deadline` (see nextTimeoutMoment). One
 * timer, set for the next such moment and cleared on unmount; coming back to a tab whose timers
 * were held up while it slept reads the clock again at once.
 */
function useTimeoutClock(deadline: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    const tick = () => setNow(Date.now());
    const next = nextTimeoutMoment(deadline, now);
    const timer = next === null ? undefined : setTimeout(tick, Math.min(Math.max(0, next - Date.now()), MAX_TIMER_MS));
    const onVisible = () => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [deadline, now]);
  return now;
}

/**
 * Warns 2 minutes before the session ends for want of activity, and offers to stay signed in
 * (docs/decisions/011-session-timeout-warning.md). Mounted once, in the signed-in shell. Until a
 * warning is due it only keeps one timer; what the warning needs is set up when it is.
 */
export function SessionTimeoutWarning() {
  const deadline = useIdleDeadline();
  const now = useTimeoutClock(deadline);
  // Escape once the time is up closes the notice for this session end; the next request asks to
  // sign in again.
  const [closedFor, setClosedFor] = useState<number | null>(null);

  useLoadLater(loadDialog);

  if (deadline === null || closedFor === deadline) return null;
  const phase = timeoutPhase(deadline, now);
  if (phase === 'idle') return null;
  return (
    <DueWarning
      ended={phase === 'ended'}
      timeLeft={timeLeftInWords(deadline - now)}
      endsAt={formatInstantTime(new Date(deadline).toISOString())}
      onClose={() => setClosedFor(deadline)}
    />
  );
}

interface DueWarningProps {
  ended: boolean;
  timeLeft: string;
  endsAt: string;
  onClose: () => void;
}

/**
 * The warning while it is due (mounted afresh for each one, so an old failure never shows). It
 * steps aside while any request is on its way: that request either slides the session's window
 * (and the warning is no longer due) or meets the ended session, and then the sign-in-again dialog
 * takes over. Once the time is up it says so; the page stays as it was, forms and all.
 */
function DueWarning({ ended, timeLeft, endsAt, onClose }: DueWarningProps) {
  const requests = useIsFetching() + useIsMutating();
  const staySignedIn = useStaySignedIn();
  const signOut = useSignOut();
  if (requests > 0) return null;

  return (
    <Suspense fallback={null}>
      <SessionTimeoutDialog
        ended={ended}
        timeLeft={timeLeft}
        endsAt={endsAt}
        error={staySignedIn.error}
        onStay={() => staySignedIn.mutate()}
        onSignOut={() => signOut.mutate()}
        onEscape={() => (ended ? onClose() : staySignedIn.mutate())}
      />
    </Suspense>
  );
}

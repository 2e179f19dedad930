import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { describeError } from '@/api/api-error';
import type { TrackDetail } from '@/api/contracts/tracks';
import { useSession } from '@/api/queries/session-queries';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ChangeButton } from '@/components/ui/change-button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { StatusTag } from '@/components/ui/status-tag';
import { showToast } from '@/components/ui/toast';
import { formatDate } from '@/lib/format';
import { useTrackMembership } from '../api/track-mutations';
import { personTracksQueryOptions } from '../api/tracks-queries';
import { trackInSentence } from './track-name';

interface TrackMembershipProps {
  track: TrackDetail;
  mayor: { id: string; name: string };
}

/**
 * Where the mayor stands with a track, and the way to join or leave. An identity track (the Women
 * Mayors' Network) is the mayor's own act: a delegate sees why the button is closed to them.
 */
export function TrackMembership({ track, mayor }: TrackMembershipProps) {
  const session = useSession();
  const { data } = useSuspenseQuery(personTracksQueryOptions(mayor.id));
  const [joining, setJoining] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const membership = useTrackMembership(mayor.id);
  const joined = data.memberships.find((m) => m.trackId === track.id);
  const eligibility = data.eligibility.find((e) => e.trackId === track.id);
  const isMayor = session.person.id === mayor.id;
  const selfOnly =
    track.identity && !isMayor
      ? `Only Mayor ${mayor.name} can join or leave ${trackInSentence(track.name)}: it is a personal choice, and it stays private.`
      : null;

  if (track.identity && !isMayor && !session.preview) {
    // A delegate never learns whether the mayor is a member.
    return (
      <Alert tone="info" title="Private to the mayor">
        {selfOnly}
      </Alert>
    );
  }

  return (
    <div className="space-y-3">
      {joined ? (
        <p className="flex flex-wrap items-center gap-2 text-slate-800">
          <StatusTag tone="success">Member</StatusTag>
          {isMayor ? 'You' : `Mayor ${mayor.name}`} joined on {formatDate(joined.joinedOn)}.
        </p>
      ) : (
        eligibility && (
          <p className="text-slate-800">
            <StatusTag tone={eligibility.eligible ? 'info' : 'neutral'}>
              {eligibility.eligible ? 'Eligible' : 'Not eligible'}
            </StatusTag>{' '}
            {eligibility.reason}
          </p>
        )
      )}
      {joined ? (
        <ChangeButton variant="secondary" notAllowedBecause={selfOnly} onClick={() => setLeaving(true)}>
          Leave {trackInSentence(track.name)}
        </ChangeButton>
      ) : (
        eligibility?.eligible && (
          <ChangeButton notAllowedBecause={selfOnly} onClick={() => setJoining(true)}>
            Join {trackInSentence(track.name)}
          </ChangeButton>
        )
      )}
      <JoinDialog
        track={track}
        open={joining}
        onClose={() => {
          membership.reset();
          setJoining(false);
        }}
        pending={membership.isPending}
        error={membership.isError ? describeError(membership.error) : null}
        onJoin={() =>
          membership.mutate(
            { trackId: track.id, join: true },
            {
              onSuccess: () => {
                setJoining(false);
                showToast('success', `Welcome to ${trackInSentence(track.name)}.`);
              },
            },
          )
        }
      />
      <ConfirmDialog
        open={leaving}
        onClose={() => setLeaving(false)}
        title={`Leave ${trackInSentence(track.name)}?`}
        description={
          track.identity
            ? 'Your membership and your self-identification are removed. You can join again at any time.'
            : 'You will no longer get its invitations and resources. You can join again while you are eligible.'
        }
        confirmLabel="Leave"
        pendingLabel="Leaving…"
        keepLabel="Stay a member"
        failureTitle="You are still a member"
        onConfirm={async () => {
          await membership.mutateAsync({ trackId: track.id, join: false });
          showToast('success', `You left ${trackInSentence(track.name)}.`);
        }}
      />
      <p className="sr-only" aria-live="polite">
        {joined ? `Member of ${trackInSentence(track.name)}` : ''}
      </p>
    </div>
  );
}

interface JoinDialogProps {
  track: TrackDetail;
  open: boolean;
  onClose: () => void;
  onJoin: () => void;
  pending: boolean;
  error: string | null;
}

/** Joining says plainly what it means (and, for an identity track, that it is private) before it happens. */
function JoinDialog({ track, open, onClose, onJoin, pending, error }: JoinDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(next) => !next && onClose()} title={`Join ${trackInSentence(track.name)}`}>
      <div className="space-y-5">
        <p className="text-slate-800">{track.joiningMeans}</p>
        {error && (
          <Alert tone="danger" role="alert" title="You did not join">
            {error}
          </Alert>
        )}
        <div className="flex flex-wrap gap-3">
          <Button onClick={onJoin} pending={pending} pendingLabel="Joining…">
            {error ? 'Try again' : `Join ${trackInSentence(track.name)}`}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Not now
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

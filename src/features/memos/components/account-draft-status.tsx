import { describeError } from '@/api/api-error';
import { Button } from '@/components/ui/button';
import { formatInstant, formatInstantTime } from '@/lib/format';
import type { AccountDraftState } from './use-account-draft';

/** "at 3:04 PM" today, "on Nov 20, 2026, 3:04 PM" before. */
function whenSaved(savedAt: string): string {
  const saved = new Date(savedAt);
  const today = new Date();
  return saved.toDateString() === today.toDateString()
    ? `at ${formatInstantTime(savedAt)}`
    : `on ${formatInstant(savedAt)}`;
}

/**
 * Where the draft is: saved to the account (quietly, it changes at every pause), or, said out loud,
 * not saved there and why, with a way to try again.
 */
export function AccountDraftStatus({ state, onRetry }: { state: AccountDraftState; onRetry: () => void }) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'saving':
      return <p className="text-[0.9375rem] text-slate-600">Saving your draft to your account</p>;
    case 'saved':
      return <p className="text-[0.9375rem] text-slate-600">Draft saved to your account {whenSaved(state.savedAt)}.</p>;
    case 'not-kept':
      return (
        <p role="status" className="text-[0.9375rem] text-slate-700">
          Your draft is kept in this browser tab only, not in your account: {state.reason}.
        </p>
      );
    case 'failed':
      return (
        <div role="status" className="flex flex-wrap items-center gap-x-3 gap-y-2 text-[0.9375rem] text-slate-800">
          <p>
            Your draft was not saved to your account. {describeError(state.error)} It is still kept in this browser tab.
          </p>
          <Button variant="secondary" size="sm" onClick={onRetry}>
            Try again
          </Button>
        </div>
      );
  }
}

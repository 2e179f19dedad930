import { useLayoutEffect, useRef } from 'react';
import * as RadixDialog from '@radix-ui/react-dialog';
import { describeError } from '@/api/api-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

export interface SessionTimeoutDialogProps {
  ended: boolean;
  /** "2 minutes": changes only at the moments it should be read out again. */
  timeLeft: string;
  /** "4:35 PM", when the session ends. */
  endsAt: string;
  /** Why staying signed in failed, if it did. */
  error: unknown;
  onStay: () => void;
  onSignOut: () => void;
  /** Escape: stays signed in while there is time (pressing a key is being here), else closes. */
  onEscape: () => void;
}

/**
 * The warning itself (its own chunk: loaded after the page, needed at most once in half an hour).
 * An alertdialog rather than the `Dialog` primitive's plain dialog: it interrupts, and a screen
 * reader reads its words out when it opens. Focus goes to "Stay signed in" and, when the dialog
 * closes (or steps aside for a request), back to where it was. Clicking outside does nothing: the
 * warning needs an answer.
 */
export default function SessionTimeoutDialog({
  ended,
  timeLeft,
  endsAt,
  error,
  onStay,
  onSignOut,
  onEscape,
}: SessionTimeoutDialogProps) {
  // Radix gives focus back to a Dialog.Trigger, and this dialog opens on its own, without one. A
  // layout effect runs before Radix's focus effect moves focus in, so this is where it was.
  const returnFocusTo = useRef<Element | null>(null);
  useLayoutEffect(() => {
    returnFocusTo.current = document.activeElement;
  }, []);

  return (
    <RadixDialog.Root open onOpenChange={(open) => !open && onEscape()}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/60" />
        <RadixDialog.Content
          role="alertdialog"
          onInteractOutside={(event) => event.preventDefault()}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            const target = returnFocusTo.current;
            if (target instanceof HTMLElement && target.isConnected) target.focus();
          }}
          className="fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl sm:p-6"
        >
          <RadixDialog.Title className="text-xl font-bold text-slate-900">
            {ended ? 'Your session has ended' : 'Your session is about to end'}
          </RadixDialog.Title>
          <RadixDialog.Description asChild>
            <div className="mt-2 space-y-2 text-slate-700">
              {/* Read out when it changes: at 1 minute, at 30 seconds and at the end, not every second. */}
              <p aria-live="polite" aria-atomic="true" className="font-semibold text-slate-900">
                {ended ? 'You have been signed out.' : `You will be signed out in ${timeLeft}, at ${endsAt}.`}
              </p>
              <p>
                For your security, the Member Hub signs you out after a time without activity.{' '}
                {ended
                  ? 'Sign in again to carry on where you were: nothing on this page is lost.'
                  : 'Nothing on this page will be lost.'}
              </p>
            </div>
          </RadixDialog.Description>
          {error !== null && (
            <Alert tone="danger" role="alert" title="You could not be kept signed in" className="mt-4">
              {describeError(error)}
            </Alert>
          )}
          <div className="mt-5 flex flex-wrap gap-3">
            <Button onClick={onStay}>{ended ? 'Sign in again' : 'Stay signed in'}</Button>
            <Button variant="secondary" onClick={onSignOut}>
              Sign out
            </Button>
          </div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

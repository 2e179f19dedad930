import type { ReactNode, RefObject } from 'react';
import { Alert } from './alert';

interface RequestErrorAlertProps {
  /** Why the last request failed (from useGuardedSubmit); nothing shows while it is null. */
  error: unknown;
  /** useGuardedSubmit's ref: focus moves here when the alert appears. */
  focusRef: RefObject<HTMLDivElement | null>;
  /** What did not happen, in a few words ("Your request was not sent"). */
  title: string;
  /** The failure in words, and that what was typed is still there. */
  words: (error: unknown) => ReactNode;
}

/** A form's failed request that no field explains: said above the form, where focus goes. */
export function RequestErrorAlert({ error, focusRef, title, words }: RequestErrorAlertProps) {
  if (error === null) return null;
  return (
    <div ref={focusRef} tabIndex={-1}>
      <Alert tone="danger" role="alert" title={title}>
        {words(error)}
      </Alert>
    </div>
  );
}

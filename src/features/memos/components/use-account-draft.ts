import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { MemoDraft } from '@/api/contracts/memos';
import { readDraft } from '@/lib/drafts';
import { useDeleteMemoDraft, useSaveMemoDraft } from '../api/memo-draft-queries';
import {
  BLANK_MEMO_REQUEST,
  fromMemoDraft,
  restoreDraft,
  toMemoDraftBody,
  whyDraftNotKept,
  type MemoRequestFormInput,
  type MemoRequestFormValues,
} from '../api/memo-request-form';

/** How long typing must pause before the draft goes to the account. */
const DRAFT_PAUSE_MS = 1000;

export type AccountDraftState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: string }
  | { kind: 'failed'; error: unknown }
  /** Over one of the request's limits: kept in this tab only, until shortened. */
  | { kind: 'not-kept'; reason: string };

interface AccountDraftOptions {
  memberId: string;
  /** This tab's copy (drafts.ts): when it is gone on the way out, the person signed out. */
  localKey: string;
  /** The draft the account held when the form opened. */
  accountDraft: MemoDraft | null;
  /** False where nothing may change (a preview): the account's draft is only shown. */
  enabled: boolean;
}

export interface AccountDraft {
  state: AccountDraftState;
  /** Sends what waits for the pause now (focus left the form; "Try again"). */
  saveNow: () => Promise<void>;
  /** Before sending the request: nothing more goes out until `afterSend`. */
  holdForSend: () => Promise<void>;
  /** Sent: the API discarded the draft. Not sent: the draft is saved again at once. */
  afterSend: (sent: boolean) => void;
  /** Discards the account's draft; rejects (and keeps everything) when the API could not. */
  discard: () => Promise<void>;
}

const keyOf = (values: MemoRequestFormValues): string => JSON.stringify(toMemoDraftBody(values));
const BLANK_KEY = keyOf(BLANK_MEMO_REQUEST);

/**
 * Keeps the memo request's draft in the account while it is typed, so it is there in a new tab,
 * on another computer and after signing out: saved when typing pauses, when focus leaves the form
 * and when the page is left. This tab's sessionStorage copy (useDraftAutosave) stays the instant
 * one. Saves go out one at a time, in order, and only when the text differs from the last saved.
 */
export function useAccountDraft(
  form: UseFormReturn<MemoRequestFormInput, unknown, MemoRequestFormValues>,
  { memberId, localKey, accountDraft, enabled }: AccountDraftOptions,
): AccountDraft {
  const save = useSaveMemoDraft(memberId);
  const remove = useDeleteMemoDraft(memberId);
  const [state, setState] = useState<AccountDraftState>(
    accountDraft ? { kind: 'saved', savedAt: accountDraft.savedAt } : { kind: 'idle' },
  );
  const lastSaved = useRef(accountDraft ? keyOf(fromMemoDraft(accountDraft)) : BLANK_KEY);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const held = useRef(false);
  const { mutateAsync: saveDraft } = save;
  const { mutateAsync: removeDraft } = remove;

  const stopTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  const saveNow = useCallback((): Promise<void> => {
    stopTimer();
    const values = restoreDraft(form.getValues());
    queue.current = queue.current.then(async () => {
      const key = keyOf(values);
      if (key === lastSaved.current) return;
      const body = toMemoDraftBody(values);
      const reason = whyDraftNotKept(body);
      if (reason) {
        setState({ kind: 'not-kept', reason });
        return;
      }
      setState({ kind: 'saving' });
      try {
        const draft = await saveDraft(body);
        lastSaved.current = key;
        setState({ kind: 'saved', savedAt: draft.savedAt });
      } catch (error) {
        setState({ kind: 'failed', error });
      }
    });
    return queue.current;
  }, [form, saveDraft]);

  // Each change waits for a pause; this tab's copy (newer than the account's after a reload) too.
  useEffect(() => {
    if (!enabled) return;
    const later = () => {
      if (held.current) return;
      stopTimer();
      timer.current = setTimeout(() => void saveNow(), DRAFT_PAUSE_MS);
    };
    later();
    return form.subscribe({ formState: { values: true }, callback: later });
  }, [form, enabled, saveNow]);

  // Leaving: closing or reloading the tab, or another page of the hub. Not after signing out
  // (which clears this tab's copy first): the session the save needs is gone.
  useEffect(() => {
    if (!enabled) return;
    const onPageHide = () => {
      if (timer.current !== null) void saveNow();
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      if (timer.current !== null && readDraft(localKey) !== null) void saveNow();
      stopTimer();
    };
  }, [enabled, localKey, saveNow]);

  const holdForSend = async () => {
    held.current = true;
    stopTimer();
    await queue.current;
  };

  const afterSend = (sent: boolean) => {
    held.current = false;
    if (!sent) {
      void saveNow();
      return;
    }
    lastSaved.current = BLANK_KEY;
    setState({ kind: 'idle' });
  };

  const discard = async () => {
    await holdForSend();
    try {
      await removeDraft();
      lastSaved.current = BLANK_KEY;
      setState({ kind: 'idle' });
    } finally {
      held.current = false;
    }
  };

  return { state, saveNow, holdForSend, afterSend, discard };
}

import { getDb } from '../db/db';
import { saveSnapshot } from './idb-store';

/**
 * After a change, write on the next task: requests answered in the same tick are written once, and
 * the write has started before anyone can reload (a 400 ms wait once lost a new session when a
 * reload followed sign-in at once).
 */
const CHANGE_DEBOUNCE_MS = 0;
/** Reads only touch the session's idle clock: save that now and then, not on every GET. */
const READ_SAVE_INTERVAL_MS = 5 * 60 * 1000;

export interface Persister {
  /** A request was answered; `changed` when it could have changed data (non-GET). */
  noteRequest(changed: boolean): void;
  /** Write now if anything is pending (the page is going away). */
  flush(): void;
  /** Write now, and resolve once it is stored: a change's answer waits for this. */
  saveNow(): Promise<void>;
  /** Forget pending writes (after a reset cleared the stored copy). */
  cancel(): void;
}

export function createPersister(onError: (error: unknown) => void): Persister {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;
  let lastSave = Date.now();

  const write = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    dirty = false;
    lastSave = Date.now();
    return saveSnapshot(getDb()).catch(onError);
  };
  const save = (): void => {
    if (dirty) void write();
  };

  return {
    noteRequest(changed) {
      dirty = true;
      if (changed) {
        if (timer) clearTimeout(timer);
        timer = setTimeout(save, CHANGE_DEBOUNCE_MS);
      } else if (!timer && Date.now() - lastSave > READ_SAVE_INTERVAL_MS) {
        timer = setTimeout(save, CHANGE_DEBOUNCE_MS);
      }
    },
    flush: save,
    saveNow: write,
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      dirty = false;
    },
  };
}

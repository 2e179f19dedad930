/**
 * Drafts of long forms, kept as the person types so that a reload, an expired session, a failed
 * request or a lost connection never costs them their text. sessionStorage keeps a draft in this
 * tab only (two tabs can hold two drafts) and until the tab closes; the key names the signed-in
 * person and the city, so one account never sees another's draft. Signing out clears them all.
 */
const PREFIX = 'mip-hub:draft:';

export function draftKey(form: string, personId: string, memberId: string): string {
  return `${PREFIX}${form}:${personId}:${memberId}`;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled (some private modes): the form still works, without drafts
  }
}

export function readDraft<T>(key: string): Partial<T> | null {
  const text = storage()?.getItem(key);
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : null;
  } catch {
    return null;
  }
}

export function saveDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Quota full: keep going; the text is still in the form.
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(key);
}

/**
 * Signing out clears every draft; signing in clears those of anyone else, so a person whose session
 * ran out (or who reloaded the page and had to sign in again) finds their own draft waiting.
 */
export function clearAllDrafts(exceptPersonId?: string): void {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
    (key): key is string =>
      (key?.startsWith(PREFIX) ?? false) && !(exceptPersonId && key?.includes(`:${exceptPersonId}:`)),
  );
  for (const key of keys) store.removeItem(key);
}

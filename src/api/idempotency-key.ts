import { useRef } from 'react';

/**
 * One Idempotency-Key per thing the person means to create. Submitting the same content again
 * (a retry after a timeout, a double click) reuses the key, so the server answers the first
 * result instead of creating a second; changing what they typed, or succeeding, starts a new one.
 */
export function useIdempotencyKey(): { keyFor: (content: unknown) => string; reset: () => void } {
  const last = useRef<{ fingerprint: string; key: string } | null>(null);
  return {
    keyFor(content) {
      const fingerprint = JSON.stringify(content);
      if (last.current?.fingerprint !== fingerprint) last.current = { fingerprint, key: crypto.randomUUID() };
      return last.current.key;
    },
    reset() {
      last.current = null;
    },
  };
}

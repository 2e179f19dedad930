import { vi } from 'vitest';

/**
 * Records the Idempotency-Key of every POST whose URL ends with `pathEnd`, as the app sends them
 * (the requests still go through to the mock API): proof that a retry reuses its key.
 */
export function recordIdempotencyKeys(pathEnd: string): string[] {
  const keys: string[] = [];
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const request = new Request(input, init);
    if (request.method === 'POST' && request.url.endsWith(pathEnd))
      keys.push(request.headers.get('Idempotency-Key') ?? '');
    return realFetch(request);
  });
  return keys;
}

import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '@mocks/node';
import { resetMockApi } from '@mocks/control';
import { clearToasts } from '@/components/ui/toast';

// Route modules are lazy chunks that vitest transforms on first use, a retried query backs off for
// seconds, and this machine is shared (2 cores, two test files at once): findBy*/waitFor may wait
// up to 20 s. An upper bound only; a passing test waits no longer than it needs.
configure({ asyncUtilTimeout: 20_000 });

// Every test starts from the deterministic seed with no faults and no session.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockApi());
// Every test is a fresh browser tab: no drafts left by the test before.
beforeEach(() => {
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  clearToasts();
  server.resetHandlers();
});
afterAll(() => server.close());

// A console.error is a bug (React warnings, failed prop types, act() misuse): fail the test. It is
// recorded and fails the test afterwards, not thrown where it is called: a throw inside React's
// scheduler would break the page and hide the message behind a query that times out.
const consoleErrors: string[] = [];
beforeEach(() => {
  consoleErrors.length = 0;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
  });
});
afterEach(() => {
  if (consoleErrors.length > 0) throw new Error(`console.error was called: ${consoleErrors.join('\n')}`);
});

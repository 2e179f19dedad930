import { expect, test } from './fixtures';

/** The policy's directives by name: "script-src 'self'" → { 'script-src': ["'self'"] }. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

test('the built app is served with a strict Content-Security-Policy, on every route', async ({ request, baseURL }) => {
  for (const path of ['/', '/sign-in', '/join', '/m/riverton/dues']) {
    const response = await request.get(`${baseURL ?? ''}${path}`);
    expect(response.status(), path).toBe(200);
    const policy = directives(response.headers()['content-security-policy'] ?? '');
    // No inline script and no eval, from anywhere but this origin.
    expect(policy['script-src'], path).toEqual(["'self'"]);
    expect(policy['object-src'], path).toEqual(["'none'"]);
    expect(policy['frame-ancestors'], path).toEqual(["'none'"]);
    expect(policy['base-uri'], path).toEqual(["'self'"]);
    expect(policy['default-src'], path).toEqual(["'self'"]);
  }
});

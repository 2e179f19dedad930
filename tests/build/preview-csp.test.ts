import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
/** The API dist-real/ is built for (scripts/build-both.sh). */
const REAL_API_URL = process.env.REAL_API_URL ?? 'http://127.0.0.1:8787';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill();
});

/** `vite preview --outDir <dir>` with the given VITE_API_URL (undefined: none), as the README runs it. */
async function preview(outDir: string, viteApiUrl: string | undefined): Promise<string> {
  const port = await freePort();
  const env = { ...process.env };
  delete env.VITE_API_URL;
  if (viteApiUrl !== undefined) env.VITE_API_URL = viteApiUrl;
  const child = spawn(
    path.join(root, 'node_modules/.bin/vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: root, env, stdio: 'ignore' },
  );
  running.push(child);
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 300; tries += 1) {
    if (child.exitCode !== null) throw new Error(`vite preview --outDir ${outDir} exited (${child.exitCode})`);
    try {
      await fetch(origin);
      return origin;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`vite preview --outDir ${outDir} did not answer at ${origin}`);
}

async function connectSrc(url: string): Promise<string[]> {
  const policy = (await fetch(url)).headers.get('Content-Security-Policy') ?? '';
  const directive = policy.split(';').find((part) => part.trim().startsWith('connect-src')) ?? '';
  return directive.trim().split(/\s+/).slice(1);
}

// Each test starts `vite preview`, which loads the whole vite config: seconds on a busy machine.
describe('the Content-Security-Policy vite preview serves comes from the build', { timeout: 60_000 }, () => {
  it('lets a real-API build (dist-real/) reach its API with no VITE_API_URL when it is served', async () => {
    const origin = await preview('dist-real', undefined);
    expect(await connectSrc(`${origin}/`)).toEqual(["'self'", new URL(REAL_API_URL).origin]);
    expect(await connectSrc(`${origin}/m/riverton/dues`), 'a deep link').toEqual([
      "'self'",
      new URL(REAL_API_URL).origin,
    ]);
  });

  it('ignores a VITE_API_URL set when serving: a build connects only where it was built to', async () => {
    const real = await preview('dist-real', 'http://elsewhere.example:9999');
    expect(await connectSrc(`${real}/`)).toEqual(["'self'", new URL(REAL_API_URL).origin]);
    const mock = await preview('dist', 'http://elsewhere.example:9999');
    expect(await connectSrc(`${mock}/`)).toEqual(["'self'"]);
  });
});

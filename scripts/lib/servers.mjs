// @ts-check
/**
 * Servers for the node scripts (bench): reuse one that already answers, otherwise start it in its
 * own process group and stop that group at the end. Only the servers started here are stopped.
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** @type {import('node:child_process').ChildProcess[]} */
const started = [];

/** @param {string} url */
export async function isUp(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.status < 500;
  } catch {
    return false;
  }
}

/**
 * Starts a server unless one already answers at `url`; the process group is ours to stop.
 * @param {string} url @param {string} command @param {string[]} args @param {Record<string, string>} env
 * @param {string} [cwd] where to start it (the project root unless told)
 */
export async function ensureServer(url, command, args, env, cwd) {
  if (await isUp(url)) return;
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore', detached: true, cwd });
  started.push(child);
  for (let i = 0; i < 120; i += 1) {
    if (await isUp(url)) return;
    await sleep(500);
  }
  throw new Error(`${command} ${args.join(' ')} did not answer at ${url}`);
}

/**
 * `vite preview` of a built directory on 127.0.0.1:`port` (the app's CSP names its API origin).
 * @param {{ dir: string, port: number, apiUrl: string, origin: string }} target
 */
export function ensurePreview(target) {
  return ensureServer(
    target.origin,
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--outDir', target.dir],
    {
      PREVIEW_PORT: String(target.port),
      VITE_API_URL: target.apiUrl,
    },
  );
}

/** Stops every server this process started (their process groups), none other. */
export function stopServers() {
  for (const child of started.splice(0)) {
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}

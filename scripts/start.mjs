// `npm start`: the Member Hub server on embedded PGlite (data in .hub-data, created, migrated and
// seeded with the demo data on first start), then the app's dev server in front of it on
// http://localhost:5173, handing /api to the server so both share one origin. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const API_PORT = process.env.PORT ?? '8787';
const API = `http://127.0.0.1:${API_PORT}`;
const children = [];

function start(command, args, env) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${command} ${args.join(' ')} stopped (${signal ?? `exit ${String(code)}`}); stopping the rest.`);
    stop(code ?? 1);
  });
  return child;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 2000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitForServer() {
  // The first start creates and seeds the database: give it a minute.
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (stopping) return false;
    try {
      if ((await fetch(`${API}/health`)).ok) return true;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  return false;
}

start('node_modules/.bin/tsx', ['server/main.ts'], { PORT: API_PORT });
if (await waitForServer()) {
  start('node_modules/.bin/vite', [], { HUB_API_PROXY: API });
} else if (!stopping) {
  console.error(`The Member Hub server did not answer on ${API}/health within a minute.`);
  stop(1);
}

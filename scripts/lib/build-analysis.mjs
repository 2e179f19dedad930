// @ts-check
/**
 * Reads a Vite production build (dist/ or dist-real/) and classifies its JavaScript:
 *   initial  the entry script and the chunks dist/index.html modulepreloads (what the first page
 *            needs before any route chunk),
 *   mock     the embedded mock API: chunks containing MSW, and chunks only they reach,
 *   other    everything else (lazy route chunks, shared chunks).
 * Edges between chunks are found by name: a chunk that mentions another chunk's file name
 * (static import, dynamic import() or Vite's preload map) depends on it.
 * Used by scripts/size-budget.mjs, scripts/bench.mjs and tests/build/*.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Strings that only MSW (or our mock API) puts in a bundle. */
export const MOCK_MARKERS = [
  { name: 'mockServiceWorker', test: (/** @type {string} */ s) => s.includes('mockServiceWorker') },
  { name: 'setupWorker', test: (/** @type {string} */ s) => s.includes('setupWorker') },
  { name: '__mock', test: (/** @type {string} */ s) => s.includes('__mock') },
  { name: 'msw', test: (/** @type {string} */ s) => /\bmsw\b/i.test(s) },
];

/** @param {string} text */
export function mockMarkersIn(text) {
  return MOCK_MARKERS.filter((marker) => marker.test(text)).map((marker) => marker.name);
}

/** @param {string} dir */
function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

/**
 * @typedef {{ file: string, raw: number, gzip: number, markers: string[], kind: 'initial' | 'mock' | 'other' | 'staff' }} Chunk
 * @typedef {{ dir: string, chunks: Chunk[], files: { file: string, markers: string[] }[], entry: string[], preloaded: string[] }} Build
 */

/**
 * Vite writes every lazy chunk's dependencies into one list in the chunk that imports it
 * (`m.f=["assets/a.js",…]`, then `import(\`./route.js\`),__vite__mapDeps([3,7])`). Naming a file
 * there is not loading it: the route's dependencies load with the route. So the list is taken out
 * of the text searched for names, and each import's dependencies are given as the route's.
 * @param {string} body
 * @returns {{ body: string, deps: [string, string[]][] }}
 */
function withoutPreloadList(body) {
  const list = /m\.f=\[([^\]]*)\]/.exec(body);
  if (!list) return { body, deps: [] };
  const names = [...(list[1] ?? '').matchAll(/"(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  /** @type {[string, string[]][]} */
  const deps = [];
  for (const m of body.matchAll(/import\([`'"]\.\/([^`'"]+\.js)[`'"]\),__vite__mapDeps\(\[([\d,]*)\]\)/g)) {
    const indexes = (m[2] ?? '').split(',').filter(Boolean);
    deps.push([`assets/${m[1] ?? ''}`, indexes.map((i) => names[Number(i)] ?? '')]);
  }
  return { body: body.replace(list[0], ''), deps };
}

/**
 * @param {string} dir absolute or relative build directory
 * @returns {Build}
 */
export function analyzeBuild(dir) {
  const indexPath = path.join(dir, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`${indexPath} not found: build first (bash scripts/build-both.sh)`);
  const html = readFileSync(indexPath, 'utf8');
  const toFile = (/** @type {string} */ url) => url.replace(/^\//, '');
  const entry = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+\.js)"/g)].map((m) => toFile(m[1] ?? ''));
  const preloaded = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map((m) =>
    toFile(m[1] ?? ''),
  );

  const all = listFiles(dir).map((full) => path.relative(dir, full).split(path.sep).join('/'));
  const files = all
    .filter((file) => /\.(js|mjs|html|css|json|map|txt|svg|webmanifest)$/.test(file))
    .map((file) => ({ file, markers: mockMarkersIn(readFileSync(path.join(dir, file), 'utf8')) }));

  // Application JavaScript: the chunks under assets/ (the service-worker script at the root is not
  // part of the app bundle; it is reported by the build checks instead).
  const jsFiles = all.filter((file) => file.startsWith('assets/') && file.endsWith('.js'));
  const text = new Map(jsFiles.map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]));
  /** @type {Map<string, string[]>} */
  const edges = new Map();
  /** @type {[string, string[]][]} */
  const preloads = [];
  for (const file of jsFiles) {
    const { body, deps } = withoutPreloadList(text.get(file) ?? '');
    edges.set(
      file,
      jsFiles.filter((other) => other !== file && body.includes(path.posix.basename(other))),
    );
    preloads.push(...deps);
  }
  // What a lazy chunk preloads is reached through that chunk, not from the file that lists it.
  for (const [target, deps] of preloads) {
    edges.set(target, [...new Set([...(edges.get(target) ?? []), ...deps.filter((dep) => text.has(dep))])]);
  }
  const markers = new Map(jsFiles.map((file) => [file, mockMarkersIn(text.get(file) ?? '')]));
  const hasMarkers = (/** @type {string} */ file) => (markers.get(file)?.length ?? 0) > 0;

  /** Files reachable from `start`, not walking into `stop` files. */
  const reach = (/** @type {string[]} */ start, /** @type {(f: string) => boolean} */ stop) => {
    const seen = new Set();
    const queue = start.filter((file) => !stop(file));
    while (queue.length > 0) {
      const file = /** @type {string} */ (queue.shift());
      if (seen.has(file)) continue;
      seen.add(file);
      for (const next of edges.get(file) ?? []) if (!seen.has(next) && !stop(next)) queue.push(next);
    }
    return seen;
  };
  const initial = new Set([...entry, ...preloaded]);
  // Initial chunks are the app whatever they contain (the build checks fail if they hold MSW).
  const isMockRoot = (/** @type {string} */ file) => hasMarkers(file) && !initial.has(file);
  const appReachable = reach([...initial], isMockRoot);
  const mockReachable = reach(jsFiles.filter(isMockRoot), () => false);

  // MIP staff's workbench: the route modules of src/app/routes/staff-*.tsx (a route chunk exports
  // its Component), and the staff endpoints' schemas the fetch client loads only for a staff
  // endpoint (src/api/contracts/staff-contract.ts, decision 036). What only they reach is
  // staff-only: members never load it.
  const isStaffRoute = (/** @type {string} */ file) =>
    (/^assets\/staff-[a-z-]+-[\w-]{8}\.js$/.test(file) && /\bas Component\b/.test(text.get(file) ?? '')) ||
    /^assets\/staff-contract-[\w-]{8}\.js$/.test(file);
  const memberReachable = reach([...initial], (file) => isMockRoot(file) || isStaffRoute(file));

  /** @type {Chunk[]} */
  const chunks = jsFiles.map((file) => {
    const body = text.get(file) ?? '';
    /** @type {Chunk['kind']} */
    const kind = initial.has(file)
      ? 'initial'
      : isMockRoot(file) || (mockReachable.has(file) && !appReachable.has(file))
        ? 'mock'
        : memberReachable.has(file)
          ? 'other'
          : 'staff';
    return {
      file,
      raw: Buffer.byteLength(body),
      gzip: gzipSync(body, { level: 9 }).length,
      markers: markers.get(file) ?? [],
      kind,
    };
  });
  return { dir, chunks, files, entry, preloaded };
}

/** @param {number} bytes */
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** @param {Build} build */
export function sizeSummary(build) {
  const sum = (/** @type {Chunk[]} */ list) => list.reduce((total, chunk) => total + chunk.gzip, 0);
  const initial = build.chunks.filter((chunk) => chunk.kind === 'initial');
  const mock = build.chunks.filter((chunk) => chunk.kind === 'mock');
  const app = build.chunks.filter((chunk) => chunk.kind !== 'mock');
  const staff = build.chunks.filter((chunk) => chunk.kind === 'staff');
  return {
    initialGzip: sum(initial),
    totalGzip: sum(app),
    /** What a member's routes can load: everything but the mock API and the staff-only chunks. */
    memberGzip: sum(app) - sum(staff),
    staffGzip: sum(staff),
    mockGzip: sum(mock),
    chunkCount: build.chunks.length,
  };
}

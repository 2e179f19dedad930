#!/usr/bin/env node
// @ts-check
/**
 * Library search as the library grows (issue 5): keystroke-to-results on /m/riverton/library with
 * 1,000, 10,000 and 50,000 items, Chromium with a 4× CPU slowdown, in both builds:
 *   - real-api (dist-real/ against `npm run api`): the API runs in its own process, as a backend
 *     would, so the slowdown applies to the app on the phone-like device only.
 *   - mock (dist/): the embedded mock API runs its search in the page itself, so the throttled
 *     "device" does the server's work too: the stricter of the two, and the one issue 5 names.
 * Target: at most 100 ms of search work at 10,000 items, in both. Prints numbers only, never fails on one
 * (a shared, noisy machine); fails only if the app cannot be driven.
 *
 * One run: the search box is empty and settled; the query is typed quickly; t0 = the input event of
 * its last key, t1 = the first animation frame after the results heading reads `for “<query>”` with
 * no "Searching for …" in its status (that sign only appears after 200 ms). Both are taken inside the
 * page (performance.now(), a MutationObserver), so no DevTools-protocol latency is counted. t1 − t0
 * includes the 300 ms typing pause (SEARCH_DEBOUNCE_MS); "search work" is the rest: the request,
 * the mock's search (in the mock build it runs in the page, throttled too) and the render. The URL
 * follows in the frame after the results (decision 012). "API" is the search request's fetch
 * duration and "shown" its response end → t1 (Resource Timing). Every query is distinct per size,
 * so none is answered from the query cache.
 *
 * The library size is set through POST /__mock/library-size for the embedded mock, from the page
 * after it has loaded (it keeps the size in memory only, so a reload would bring back the stored
 * seed); for the real-API build, through the Member Hub server's test-only control endpoint (the
 * server runs on PGlite in memory, in test mode).
 * A first search per size (not counted) builds the mock's search index for the new library.
 * Run after a build (`npm run bench` builds first): `node scripts/bench-library.mjs`.
 */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { resetAndSignIn, resetServer, TEST_SERVER_ENV, waitForMockWorker } from './lib/app-session.mjs';
import { CHROME_PATH, CHROMIUM_FLAGS } from './lib/chromium.mjs';
import { LIBRARY_QUERIES } from './lib/library-queries.mjs';
import { ensurePreview, ensureServer, stopServers } from './lib/servers.mjs';

const API_URL = 'http://127.0.0.1:8787';
const TARGETS = [
  { name: 'real-api', dir: 'dist-real', port: 4174, apiUrl: API_URL, origin: 'http://127.0.0.1:4174' },
  { name: 'mock', dir: 'dist', port: 4173, apiUrl: '', origin: 'http://127.0.0.1:4173' },
];
/** @typedef {typeof TARGETS[number]} Target */
const LIBRARY_PATH = '/m/riverton/library';
const SIZES = [1_000, 10_000, 50_000];
const CPU_SLOWDOWN = 4;
/** SEARCH_DEBOUNCE_MS in src/features/briefing-books/components/library/library-search-form.tsx. */
const DEBOUNCE_MS = 300;
const TARGET_MS = 100;
const TARGET_SIZE = 10_000;
/** Not counted: builds the search index for the new library. */
const WARM_UP_QUERY = 'city';
/** One- and two-word queries that all find something in a generated library. */
const TYPING_DELAY_MS = 20;
const RUN_TIMEOUT_MS = 60_000;

/**
 * @typedef {{ total: number, api: number | null, shown: number | null, results: string }} Run
 * total: last key → results shown; api: the search request's fetch; shown: its response → results shown
 */

/**
 * Waits until the box is empty and the unfiltered results are on screen and settled.
 * @param {import('puppeteer-core').Page} page
 */
async function waitForSettledEmptySearch(page) {
  await page.waitForFunction(
    () => {
      const input = /** @type {HTMLInputElement | null} */ (document.getElementById('library-q'));
      const heading = document.getElementById('results-heading');
      const status = document.querySelector('section[aria-labelledby="results-heading"] [role="status"]');
      return (
        input?.value === '' &&
        heading !== null &&
        !heading.textContent.includes('“') &&
        !status?.textContent.includes('Searching') &&
        !new URL(location.href).searchParams.has('q')
      );
    },
    { timeout: RUN_TIMEOUT_MS, polling: 50 },
  );
}

/**
 * Empties the search box the way a person would (select all, Backspace) and waits for it to settle.
 * @param {import('puppeteer-core').Page} page
 */
async function clearSearch(page) {
  await page.focus('#library-q');
  const empty = await page.$eval('#library-q', (input) => /** @type {HTMLInputElement} */ (input).value === '');
  if (!empty) {
    await page.$eval('#library-q', (input) => {
      /** @type {HTMLInputElement} */ (input).select();
    });
    await page.keyboard.press('Backspace');
  }
  await waitForSettledEmptySearch(page);
  // The unfiltered list may be refetching in the background (stale in the query cache): let it end.
  await page.waitForNetworkIdle({ idleTime: 150, timeout: RUN_TIMEOUT_MS });
}

/**
 * Types `query` into the empty search box and measures, in the page, last key → results shown.
 * @param {import('puppeteer-core').Page} page @param {string} query
 * @returns {Promise<Run>}
 */
async function searchOnce(page, query) {
  await clearSearch(page);
  await page.evaluate((q) => {
    performance.clearResourceTimings();
    /** @type {{ q: string, t0: number | null, t1: number | null, results: string }} */
    const state = { q, t0: null, t1: null, results: '' };
    Object.assign(window, { __benchSearch: state });
    const input = /** @type {HTMLInputElement} */ (document.getElementById('library-q'));
    const onInput = () => {
      state.t0 = input.value === q ? performance.now() : null;
    };
    input.addEventListener('input', onInput);
    const observer = new MutationObserver(() => {
      if (state.t0 === null) return;
      const heading = document.getElementById('results-heading');
      const status = document.querySelector('section[aria-labelledby="results-heading"] [role="status"]');
      if (!heading?.textContent.includes(`for “${q}”`) || status?.textContent.includes('Searching')) return;
      observer.disconnect();
      input.removeEventListener('input', onInput);
      state.results = heading.textContent;
      requestAnimationFrame(() => {
        state.t1 = performance.now();
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, query);

  await page.type('#library-q', query, { delay: TYPING_DELAY_MS });
  await page.waitForFunction(
    () =>
      /** @type {{ __benchSearch?: { t1: number | null } }} */ (/** @type {unknown} */ (window)).__benchSearch?.t1 !=
      null,
    { timeout: RUN_TIMEOUT_MS, polling: 50 },
  );
  return page.evaluate(() => {
    const state = /** @type {{ __benchSearch: { q: string, t0: number, t1: number, results: string } }} */ (
      /** @type {unknown} */ (window)
    ).__benchSearch;
    const request = performance
      .getEntriesByType('resource')
      .filter((entry) => {
        const url = new URL(entry.name);
        return url.pathname.endsWith('/api/v1/briefing-books') && url.searchParams.get('q') === state.q;
      })
      .at(-1);
    return {
      total: state.t1 - state.t0,
      api: request ? request.duration : null,
      shown: request ? state.t1 - request.responseEnd : null,
      results: state.results,
    };
  });
}

/** @param {number[]} values @param {number} p a fraction (nearest rank) */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

/** @param {number} ms */
const fmt = (ms) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : '–');

/**
 * Sets the library size in the mock API (the page's, or the HTTP one) and checks it took.
 * @param {import('puppeteer-core').Page} page @param {Target} target @param {number} size
 */
async function setLibrarySize(page, target, size) {
  if (target.apiUrl) {
    const set = await fetch(`${target.apiUrl}/api/v1/__test/library-size`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ size }),
    });
    if (set.status !== 204) throw new Error(`POST /api/v1/__test/library-size answered ${set.status}`);
    return;
  }
  await waitForMockWorker(page);
  const answer = await page.evaluate(async (size) => {
    const set = await fetch('/__mock/library-size', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ size }),
    });
    if (set.status !== 204) return { error: `POST /__mock/library-size answered ${set.status}` };
    const list = await fetch('/api/v1/briefing-books?pageSize=1', { headers: { Accept: 'application/json' } });
    if (!list.ok) return { error: `GET /api/v1/briefing-books answered ${list.status}` };
    const body = /** @type {{ total: number }} */ (await list.json());
    return { total: body.total };
  }, size);
  if ('error' in answer) throw new Error(answer.error);
  if (answer.total !== size) throw new Error(`The library has ${answer.total} items, not ${size}`);
}

/**
 * @param {import('puppeteer-core').Page} page @param {Target} target @param {number} size
 * @returns {Promise<Run[]>}
 */
async function measureSize(page, target, size) {
  if (target.apiUrl) await setLibrarySize(page, target, size);
  await page.goto(`${target.origin}${LIBRARY_PATH}`, { waitUntil: 'networkidle0' });
  if (new URL(page.url()).pathname !== LIBRARY_PATH) {
    throw new Error(`Opening ${LIBRARY_PATH} ended on ${page.url()}: not signed in?`);
  }
  await page.waitForSelector('#results-heading', { timeout: RUN_TIMEOUT_MS });
  if (!target.apiUrl) await setLibrarySize(page, target, size);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  try {
    await searchOnce(page, WARM_UP_QUERY);
    /** @type {Run[]} */
    const runs = [];
    for (const query of LIBRARY_QUERIES) runs.push(await searchOnce(page, query));
    return runs;
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}

/** @param {number} n */
const count = (n) => n.toLocaleString('en-US');

/** @param {Target} target */
async function benchTarget(target) {
  if (!existsSync(`${target.dir}/index.html`)) {
    throw new Error(`No ${target.dir}/index.html: build first (npm run build:both)`);
  }
  if (target.apiUrl) {
    await ensureServer(
      `${target.apiUrl}/api/v1/dues-tiers`,
      'node_modules/.bin/tsx',
      ['server/main.ts'],
      TEST_SERVER_ENV,
    );
  }
  await ensurePreview(target);
  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: ['--no-sandbox', ...CHROMIUM_FLAGS],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await resetAndSignIn(page, target);

    const where = target.apiUrl
      ? 'real-API build (the API in its own process)'
      : 'mock build (the mock API runs in the page)';
    console.log(
      `\nLibrary search on ${LIBRARY_PATH}: last keystroke → results shown, ${where}, ${CPU_SLOWDOWN}× CPU slowdown, ${LIBRARY_QUERIES.length} queries per size`,
    );
    console.log(
      `  work = keystroke → results minus the ${DEBOUNCE_MS} ms typing pause; API = the search request; shown = its response → results on screen`,
    );
    const header = [
      'items'.padStart(8),
      'median'.padStart(9),
      'p90'.padStart(9),
      'work median'.padStart(12),
      'work p90'.padStart(9),
      'API median'.padStart(11),
      'API p90'.padStart(9),
      'shown median'.padStart(13),
    ];
    console.log(`  ${header.join(' ')}`);
    /** @type {Map<number, number>} */
    const workMedians = new Map();
    for (const size of SIZES) {
      const runs = await measureSize(page, target, size);
      const totals = runs.map((r) => r.total);
      const work = totals.map((t) => t - DEBOUNCE_MS);
      const api = runs.flatMap((r) => (r.api === null ? [] : [r.api]));
      const shown = runs.flatMap((r) => (r.shown === null ? [] : [r.shown]));
      workMedians.set(size, percentile(work, 0.5));
      const row = [
        count(size).padStart(8),
        fmt(percentile(totals, 0.5)).padStart(9),
        fmt(percentile(totals, 0.9)).padStart(9),
        fmt(percentile(work, 0.5)).padStart(12),
        fmt(percentile(work, 0.9)).padStart(9),
        fmt(api.length ? percentile(api, 0.5) : NaN).padStart(11),
        fmt(api.length ? percentile(api, 0.9) : NaN).padStart(9),
        fmt(shown.length ? percentile(shown, 0.5) : NaN).padStart(13),
      ];
      console.log(`  ${row.join(' ')}`);
    }

    const scaling = SIZES.slice(1).map((size, i) => {
      const before = SIZES[i] ?? size;
      const ratio = (workMedians.get(size) ?? NaN) / (workMedians.get(before) ?? NaN);
      return `${count(before)} → ${count(size)} items: ×${ratio.toFixed(2)}`;
    });
    console.log(`  Search work (median) scales ${scaling.join(', ')}`);
    const atTarget = workMedians.get(TARGET_SIZE) ?? NaN;
    const verdict =
      atTarget <= TARGET_MS ? 'within the target' : `over the target by ${Math.round(atTarget - TARGET_MS)} ms`;
    console.log(
      `  ${target.name}: target ≤ ${TARGET_MS} ms of search work at ${count(TARGET_SIZE)} items: median ${fmt(atTarget)}, ${verdict} (printed, not asserted)`,
    );
  } finally {
    await browser.close();
    if (target.apiUrl) await resetServer(target.apiUrl).catch(() => undefined);
  }
}

async function main() {
  const only = process.argv[2];
  for (const target of TARGETS) {
    if (!only || only === target.name) await benchTarget(target);
  }
}

try {
  await main();
} finally {
  stopServers();
}

#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench` (after scripts/build-both.sh): prints the figures of shared/docs/quality.md for
 * both production builds, beside the stack floor (../shared/perf/stack-floor, built here into
 * /tmp/stack-floor) measured in the same run: initial and total JS (gzip), then Lighthouse 12
 * performance, LCP, FCP, TBT and CLS, mobile and desktop presets, on the first page (`/`, signed
 * out) and on the signed-in dashboard (/m/riverton, Mayor Ana Ortiz). The three apps are measured
 * in turn within each run (BENCH_RUNS, 5 unless told), so a noisy moment of this shared machine
 * falls on all of them; it prints medians and the LCP ratio to the floor's. It never fails on a
 * timing: the size budgets fail in scripts/size-budget.mjs.
 *
 * Signed in: Chromium is launched with a debugging port (chrome-launcher), puppeteer-core drives
 * one tab to the app, resets the mock data and signs in through the API from the page (the same
 * request the sign-in form sends), clears the HTTP cache (a cold load, as Lighthouse normally
 * measures) and hands that tab to Lighthouse with `disableStorageReset` so the session survives.
 * Signed out: a fresh Chromium's first visit. The floor has one page, which stands for both.
 * Runs offline once the floor's packages are in npm's cache: CHROME_PATH defaults to /usr/bin/chromium.
 *
 * For profiling: BENCH_TARGETS (floor,real-api,mock), BENCH_PAGES (/,/m/riverton) and BENCH_PRESETS
 * (mobile,desktop) narrow the matrix; BENCH_DETAIL=1 prints, for every measurement, the LCP element,
 * its phases and the requests the page made (observed times, not the simulated ones).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { resetAndSignIn, TEST_SERVER_ENV } from './lib/app-session.mjs';
import { analyzeBuild, kib, sizeSummary } from './lib/build-analysis.mjs';
import { CHROME_PATH, CHROMIUM_FLAGS } from './lib/chromium.mjs';
import { ensurePreview, ensureServer, stopServers } from './lib/servers.mjs';

const CHROME_FLAGS = ['--headless', '--no-sandbox', ...CHROMIUM_FLAGS];
const API_URL = 'http://127.0.0.1:8787';
const RUNS = Number(process.env.BENCH_RUNS ?? '5');
const DETAIL = process.env.BENCH_DETAIL === '1';
/** @param {string} name @param {string[]} all */
const chosen = (name, all) => process.env[name]?.split(',') ?? all;
const FLOOR_SOURCE = '../shared/perf/stack-floor';
const FLOOR_OUT = '/tmp/stack-floor';

/** @typedef {{ name: string, dir: string, port: number, apiUrl: string, origin: string, floor?: boolean }} Target */
/** @type {Target[]} */
const targets = [
  { name: 'floor', dir: `${FLOOR_OUT}/dist`, port: 4104, apiUrl: '', origin: 'http://127.0.0.1:4104', floor: true },
  { name: 'real-api', dir: 'dist-real', port: 4174, apiUrl: API_URL, origin: 'http://127.0.0.1:4174' },
  { name: 'mock', dir: 'dist', port: 4173, apiUrl: '', origin: 'http://127.0.0.1:4173' },
];

/** @typedef {{ name: string, path: string, signedIn: boolean }} PageSpec */
/** @type {PageSpec[]} */
const pages = [
  { name: 'first page /', path: '/', signedIn: false },
  { name: 'dashboard /m/riverton', path: '/m/riverton', signedIn: true },
];
const presets = /** @type {const} */ (['mobile', 'desktop']);

const wantedTargets = chosen('BENCH_TARGETS', ['floor', 'real-api', 'mock']);
const wantedPages = chosen('BENCH_PAGES', ['/', '/m/riverton']);
const wantedPresets = chosen('BENCH_PRESETS', ['mobile', 'desktop']);

/** @typedef {{ score: number, lcp: number, fcp: number, tbt: number, cls: number, finalUrl: string }} Result */

/**
 * One Lighthouse run in a fresh Chromium: the page as its person first sees it.
 * @param {Target} target @param {PageSpec} spec @param {'mobile' | 'desktop'} preset
 * @returns {Promise<Result>}
 */
async function measure(target, spec, preset) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  try {
    const page = await browser.newPage();
    const signIn = spec.signedIn && !target.floor;
    if (signIn) {
      await resetAndSignIn(page, target);
      const cdp = await page.createCDPSession();
      await cdp.send('Network.clearBrowserCache');
    }
    const path = target.floor ? '/' : spec.path;
    const result = await lighthouse(
      `${target.origin}${path}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        disableStorageReset: signIn,
      },
      preset === 'desktop' ? desktopConfig : undefined,
      page,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    for (const warning of lhr.runWarnings)
      console.log(`      ${target.name} ${spec.path} ${preset}: ${String(warning)}`);
    const audit = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
    if (DETAIL) printDetail(`${target.name} ${spec.path} ${preset}`, lhr);
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcp: audit('largest-contentful-paint'),
      fcp: audit('first-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      finalUrl: lhr.finalDisplayedUrl,
    };
  } finally {
    await browser.disconnect();
    chrome.kill();
  }
}

/**
 * BENCH_DETAIL: what the LCP waited for. The LCP element and its phases, then every request with
 * its observed start and end (ms from navigation) and transfer size.
 * @param {string} label @param {import('lighthouse').Result} lhr
 */
function printDetail(label, lhr) {
  console.log(`\n    ${label}: LCP ${seconds(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN)}`);
  const element = /** @type {any} */ (lhr.audits['largest-contentful-paint-element']?.details);
  for (const table of element?.items ?? []) {
    for (const item of table.items ?? []) {
      if (item.node) console.log(`      element: ${String(item.node.snippet).slice(0, 140)}`);
      if (item.phase) console.log(`      ${String(item.phase).padEnd(22)} ${Math.round(item.timing)} ms`);
    }
  }
  const work = /** @type {any} */ (lhr.audits['mainthread-work-breakdown']?.details)?.items ?? [];
  console.log(
    `      main thread: ${work.map((/** @type {any} */ w) => `${w.groupLabel} ${Math.round(w.duration)} ms`).join(', ')}`,
  );
  const bootup = /** @type {any} */ (lhr.audits['bootup-time']?.details)?.items ?? [];
  for (const script of bootup.slice(0, 4))
    console.log(
      `      script ${String(script.url)
        .replace(/^https?:\/\/[^/]+/, '')
        .padEnd(40)} eval ${Math.round(script.scripting)} ms, parse ${Math.round(script.scriptParseCompile)} ms`,
    );
  const requests = /** @type {any} */ (lhr.audits['network-requests']?.details)?.items ?? [];
  const start = Math.min(...requests.map((/** @type {any} */ r) => r.networkRequestTime));
  for (const request of requests) {
    const path = String(request.url).replace(/^https?:\/\/[^/]+/, '');
    console.log(
      `      ${String(Math.round(request.networkRequestTime - start)).padStart(6)} → ${String(Math.round(request.networkEndTime - start)).padStart(6)} ms  ${kib(request.transferSize ?? 0).padStart(10)}  ${String(request.resourceType ?? '').padEnd(10)} ${path.slice(0, 90)}`,
    );
  }
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`;

function buildFloor() {
  if (!existsSync(FLOOR_SOURCE)) throw new Error(`The stack floor is not at ${FLOOR_SOURCE}`);
  execFileSync('bash', [`${FLOOR_SOURCE}/build.sh`], { env: { ...process.env, OUT: FLOOR_OUT }, stdio: 'ignore' });
}

function printSizes() {
  console.log('Bundle sizes (gzip, level 9)');
  console.log(
    `  ${'build'.padEnd(10)} ${'initial JS'.padStart(12)} ${'÷ floor'.padStart(8)} ${'total JS'.padStart(12)} ${'mock API (lazy)'.padStart(16)}`,
  );
  const floorInitial = sizeSummary(analyzeBuild(`${FLOOR_OUT}/dist`)).initialGzip;
  for (const target of targets) {
    const summary = sizeSummary(analyzeBuild(target.dir));
    console.log(
      `  ${target.name.padEnd(10)} ${kib(summary.initialGzip).padStart(12)} ${(summary.initialGzip / floorInitial).toFixed(2).padStart(8)} ${kib(summary.totalGzip).padStart(12)} ${kib(summary.mockGzip).padStart(16)}`,
    );
  }
}

async function main() {
  buildFloor();
  printSizes();

  await ensureServer(`${API_URL}/api/v1/dues-tiers`, 'node_modules/.bin/tsx', ['server/main.ts'], TEST_SERVER_ENV);
  for (const target of targets) {
    if (target.floor) {
      const args = ['preview', '--host', '127.0.0.1', '--port', String(target.port), '--strictPort'];
      await ensureServer(target.origin, `${FLOOR_OUT}/node_modules/.bin/vite`, args, {}, FLOOR_OUT);
    } else {
      await ensurePreview(target);
    }
  }

  /** @type {Map<string, Result[]>} */
  const results = new Map();
  const key = (/** @type {PageSpec} */ spec, /** @type {string} */ preset, /** @type {Target} */ target) =>
    `${spec.path} ${preset} ${target.name}`;
  console.log(`\nLighthouse 12.8.2, ${RUNS} runs, the three apps in turn within each run`);
  for (let run = 1; run <= RUNS; run += 1) {
    for (const spec of pages.filter((page) => wantedPages.includes(page.path))) {
      for (const preset of presets.filter((name) => wantedPresets.includes(name))) {
        for (const target of targets.filter((t) => wantedTargets.includes(t.name))) {
          const result = await measure(target, spec, preset);
          const list = results.get(key(spec, preset, target)) ?? [];
          list.push(result);
          results.set(key(spec, preset, target), list);
          const expected = target.floor ? '/' : spec.signedIn ? spec.path : '/sign-in';
          if (new URL(result.finalUrl).pathname !== expected)
            console.log(`      ${target.name} ${spec.path} ${preset} ended on ${result.finalUrl}`);
        }
      }
    }
    console.log(`  run ${run} of ${RUNS} done`);
  }

  for (const spec of pages.filter((page) => wantedPages.includes(page.path))) {
    for (const preset of presets.filter((name) => wantedPresets.includes(name))) {
      console.log(`\n${spec.name}, ${preset} (medians of ${RUNS})`);
      console.log(
        `  ${'build'.padEnd(10)} ${'score'.padStart(6)} ${'LCP'.padStart(9)} ${'÷ floor'.padStart(8)} ${'FCP'.padStart(9)} ${'TBT'.padStart(8)} ${'CLS'.padStart(6)}`,
      );
      const floorRuns = results.get(key(spec, preset, /** @type {Target} */ (targets[0]))) ?? [];
      const floorLcp = median(floorRuns.map((r) => r.lcp));
      for (const target of targets.filter((t) => wantedTargets.includes(t.name))) {
        const runs = results.get(key(spec, preset, target)) ?? [];
        const lcp = median(runs.map((r) => r.lcp));
        console.log(
          `  ${target.name.padEnd(10)} ${String(median(runs.map((r) => r.score))).padStart(6)} ${seconds(lcp).padStart(9)} ${(lcp / floorLcp).toFixed(2).padStart(8)} ${seconds(median(runs.map((r) => r.fcp))).padStart(9)} ${`${Math.round(median(runs.map((r) => r.tbt)))} ms`.padStart(8)} ${median(
            runs.map((r) => r.cls),
          )
            .toFixed(3)
            .padStart(6)}`,
        );
      }
    }
  }
}

try {
  await main();
} finally {
  stopServers();
}

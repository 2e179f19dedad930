#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench` (after scripts/build-both.sh): prints the figures of shared/docs/quality.md for
 * both production builds — initial-route and total JS (gzip), then Lighthouse 12 performance score
 * and LCP, mobile and desktop presets, on the SIGNED-IN dashboard (/m/riverton, Mayor Ana Ortiz).
 * It prints numbers only; the size budgets fail in scripts/size-budget.mjs.
 *
 * Signed in: Chromium is launched with a debugging port (chrome-launcher), puppeteer-core drives
 * one tab to the app, resets the mock data and signs in through the API from the page (the same
 * request the sign-in form sends), clears the HTTP cache (a cold load, as Lighthouse normally
 * measures) and hands that tab to Lighthouse with `disableStorageReset` so the session survives.
 * Runs offline: CHROME_PATH defaults to /usr/bin/chromium.
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { analyzeBuild, kib, sizeSummary } from './lib/build-analysis.mjs';
import { CHROME_PATH, CHROMIUM_FLAGS } from './lib/chromium.mjs';

const CHROME_FLAGS = ['--headless', '--no-sandbox', ...CHROMIUM_FLAGS];
const API_URL = 'http://127.0.0.1:8787';
const ACCOUNT = { email: 'ana.ortiz@riverton.example', password: 'demo' };
const DASHBOARD_PATH = '/m/riverton';

const targets = [
  { name: 'mock', dir: 'dist', port: 4173, apiUrl: '', origin: 'http://127.0.0.1:4173' },
  { name: 'real-api', dir: 'dist-real', port: 4174, apiUrl: API_URL, origin: 'http://127.0.0.1:4174' },
];

/** @type {import('node:child_process').ChildProcess[]} */
const started = [];

/** @param {string} url */
async function isUp(url) {
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
 */
async function ensureServer(url, command, args, env) {
  if (await isUp(url)) return;
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore', detached: true });
  started.push(child);
  for (let i = 0; i < 120; i += 1) {
    if (await isUp(url)) return;
    await sleep(500);
  }
  throw new Error(`${command} ${args.join(' ')} did not answer at ${url}`);
}

function stopServers() {
  for (const child of started) {
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}

/**
 * Opens the app in a fresh Chromium, signs in as Ana Ortiz and runs Lighthouse on the dashboard.
 * @param {typeof targets[number]} target @param {'mobile' | 'desktop'} preset
 */
async function measure(target, preset) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  try {
    const page = await browser.newPage();
    if (target.apiUrl) {
      await fetch(`${target.apiUrl}/__mock/reset`, { method: 'POST' });
    }
    await page.goto(`${target.origin}/sign-in`, { waitUntil: 'networkidle0' });
    const signedIn = await page.evaluate(
      async ({ apiUrl, account, mock }) => {
        if (mock) {
          // The embedded mock API answers once its service worker controls the page.
          for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i += 1) {
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          await fetch('/__mock/reset', { method: 'POST' });
        }
        const response = await fetch(`${apiUrl || location.origin}/api/v1/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(account),
          credentials: 'include',
        });
        return response.status;
      },
      { apiUrl: target.apiUrl, account: ACCOUNT, mock: !target.apiUrl },
    );
    if (signedIn !== 201) throw new Error(`${target.name}: sign-in answered ${signedIn}`);
    const cdp = await page.createCDPSession();
    await cdp.send('Network.clearBrowserCache');

    const url = `${target.origin}${DASHBOARD_PATH}`;
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        disableStorageReset: true,
      },
      preset === 'desktop' ? desktopConfig : undefined,
      page,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    const audit = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcp: audit('largest-contentful-paint'),
      fcp: audit('first-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      finalUrl: lhr.finalDisplayedUrl,
      warnings: lhr.runWarnings,
    };
  } finally {
    await browser.disconnect();
    chrome.kill();
  }
}

async function main() {
  console.log('Bundle sizes (gzip, level 9)');
  console.log(
    `  ${'build'.padEnd(10)} ${'initial JS'.padStart(12)} ${'total JS'.padStart(12)} ${'mock API (lazy)'.padStart(16)}`,
  );
  for (const target of targets) {
    const summary = sizeSummary(analyzeBuild(target.dir));
    console.log(
      `  ${target.name.padEnd(10)} ${kib(summary.initialGzip).padStart(12)} ${kib(summary.totalGzip).padStart(12)} ${kib(summary.mockGzip).padStart(16)}`,
    );
  }

  await ensureServer(`${API_URL}/api/v1/dues-tiers`, 'node_modules/.bin/tsx', ['mocks/http/server.ts'], {
    PORT: '8787',
  });
  for (const target of targets) {
    await ensureServer(
      target.origin,
      'node_modules/.bin/vite',
      ['preview', '--host', '127.0.0.1', '--outDir', target.dir],
      { PREVIEW_PORT: String(target.port), VITE_API_URL: target.apiUrl },
    );
  }

  console.log(`\nLighthouse ${'12.8.2'} on ${DASHBOARD_PATH}, signed in as Mayor Ana Ortiz`);
  console.log(
    `  ${'build'.padEnd(10)} ${'preset'.padEnd(8)} ${'score'.padStart(6)} ${'LCP'.padStart(9)} ${'FCP'.padStart(9)} ${'TBT'.padStart(8)} ${'CLS'.padStart(6)}`,
  );
  for (const target of targets) {
    for (const preset of /** @type {const} */ (['mobile', 'desktop'])) {
      const r = await measure(target, preset);
      const onDashboard = new URL(r.finalUrl).pathname === DASHBOARD_PATH;
      console.log(
        `  ${target.name.padEnd(10)} ${preset.padEnd(8)} ${String(r.score).padStart(6)} ${`${(r.lcp / 1000).toFixed(2)} s`.padStart(9)} ${`${(r.fcp / 1000).toFixed(2)} s`.padStart(9)} ${`${Math.round(r.tbt)} ms`.padStart(8)} ${r.cls.toFixed(3).padStart(6)}${onDashboard ? '' : `  (ended on ${r.finalUrl}: not signed in?)`}`,
      );
      for (const warning of r.warnings) console.log(`      warning: ${String(warning)}`);
    }
  }
}

try {
  await main();
} finally {
  stopServers();
}

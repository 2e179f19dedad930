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
const DASHBOARD_PATH = '/m/riverton';

const targets = [
  { name: 'mock', dir: 'dist', port: 4173, apiUrl: '', origin: 'http://127.0.0.1:4173' },
  { name: 'real-api', dir: 'dist-real', port: 4174, apiUrl: API_URL, origin: 'http://127.0.0.1:4174' },
];

/**
 * Opens the app in a fresh Chromium, signs in as Ana Ortiz and runs Lighthouse on the dashboard.
 * @param {typeof targets[number]} target @param {'mobile' | 'desktop'} preset
 */
async function measure(target, preset) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  try {
    const page = await browser.newPage();
    await resetAndSignIn(page, target);
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

  await ensureServer(`${API_URL}/api/v1/dues-tiers`, 'node_modules/.bin/tsx', ['server/main.ts'], TEST_SERVER_ENV);
  for (const target of targets) {
    await ensurePreview(target);
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

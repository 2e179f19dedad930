#!/usr/bin/env node
/**
 * `node scripts/profile-page.mjs <url> <text>`: where a page's start-up spends the main thread.
 * Opens the URL in headless Chromium at a phone's CPU (4× slowdown, Lighthouse's mobile preset),
 * samples the JavaScript until the page shows <text>, and prints the time by script and the
 * busiest functions. For profiling issue 20 (build with `--minify false` for readable names);
 * the figures are only comparable within one run on this shared machine.
 */
import puppeteer from 'puppeteer-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from './lib/chromium.mjs';

const [url, text] = process.argv.slice(2);
if (!url || !text) throw new Error('Usage: node scripts/profile-page.mjs <url> <text the page shows when ready>');

const browser = await puppeteer.launch({
  executablePath: CHROME_PATH,
  args: ['--headless', '--no-sandbox', ...CHROMIUM_FLAGS],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 823 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction((wanted) => document.body.innerText.includes(wanted), { timeout: 60_000 }, text);
  console.log(`"${text}" shown after ${Date.now() - started} ms`);
  const { profile } = await cdp.send('Profiler.stop');

  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map();
  profile.samples.forEach((id, index) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const byScript = new Map();
  const byFunction = new Map();
  for (const [id, micros] of selfTime) {
    const frame = nodes.get(id).callFrame;
    const script = frame.url.replace(/^https?:\/\/[^/]+/, '') || `(${frame.functionName})`;
    const name = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    byScript.set(script, (byScript.get(script) ?? 0) + micros);
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  }
  const top = (map, count) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, micros]) => `  ${`${Math.round(micros / 1000)} ms`.padStart(8)}  ${name}`)
      .join('\n');
  console.log(`By script (self time):\n${top(byScript, 12)}\nBusiest functions:\n${top(byFunction, 30)}`);
} finally {
  await browser.close();
}

#!/usr/bin/env node
// @ts-check
/**
 * `npm run budget [-- dist dist-real]`: gzip sizes of the built JavaScript, against the budgets of
 * shared/docs/quality.md:
 *   initial JS (entry + chunks modulepreloaded by index.html)  ≤ 158 KiB gzip (decision 040)
 *   member JS: all but the mock API and staff-only chunks      ≤ 320 KiB gzip (decisions 017, 022)
 *   staff-only JS: chunks only MIP staff's routes reach         ≤  85 KiB gzip (decision 036)
 * The total (member and staff-only) is printed for the record, and the initial JS as a ratio to the
 * stack floor's when `npm run bench` has built it (/tmp/stack-floor/dist): the target is 1.2×.
 * The mock-API chunks (MSW, handlers, seed) are listed separately: only the mock build has them, and
 * they load lazily. Exits 1 when a budget is exceeded. Gzip level 9, as a host's static compression.
 */
import { existsSync } from 'node:fs';
import { analyzeBuild, kib, sizeSummary } from './lib/build-analysis.mjs';

export const BUDGETS = {
  initialGzip: 158 * 1024,
  memberGzip: 320 * 1024,
  staffGzip: 85 * 1024,
};

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dist', 'dist-real'].filter(existsSync);
if (dirs.length === 0) {
  console.error('No build found: run `bash scripts/build-both.sh` first.');
  process.exit(1);
}

const FLOOR_DIST = '/tmp/stack-floor/dist';
const floorInitial = existsSync(FLOOR_DIST) ? sizeSummary(analyzeBuild(FLOOR_DIST)).initialGzip : null;

let failed = false;
for (const dir of dirs) {
  const build = analyzeBuild(dir);
  const summary = sizeSummary(build);
  console.log(`\n${dir}/`);
  const rows = [...build.chunks].sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip);
  const width = Math.max(...rows.map((row) => row.file.length), 10);
  console.log(`  ${'chunk'.padEnd(width)}  ${'kind'.padEnd(8)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
  for (const row of rows) {
    console.log(
      `  ${row.file.padEnd(width)}  ${row.kind.padEnd(8)}  ${kib(row.raw).padStart(10)}  ${kib(row.gzip).padStart(10)}`,
    );
  }
  const checks = [
    ['initial JS (first route)', summary.initialGzip, BUDGETS.initialGzip],
    ['member JS (all but staff-only)', summary.memberGzip, BUDGETS.memberGzip],
    ['staff-only JS (workbench)', summary.staffGzip, BUDGETS.staffGzip],
  ];
  for (const [label, size, budget] of /** @type {[string, number, number][]} */ (checks)) {
    const ok = size <= budget;
    if (!ok) failed = true;
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${label.padEnd(30)} ${kib(size).padStart(10)}  budget ${kib(budget)}`);
  }
  console.log(`  info ${'total JS (without mock API)'.padEnd(30)} ${kib(summary.totalGzip).padStart(10)}`);
  console.log(`  info ${'mock API chunks (lazy)'.padEnd(30)} ${kib(summary.mockGzip).padStart(10)}`);
  if (floorInitial)
    console.log(
      `  info ${'initial JS ÷ stack floor'.padEnd(30)} ${(summary.initialGzip / floorInitial).toFixed(2).padStart(10)}  target 1.20 (floor ${kib(floorInitial)})`,
    );
}
if (failed) {
  console.error('\nSize budget exceeded.');
  process.exit(1);
}
console.log('\nSize budgets met.');

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBuild, type Build } from '../../scripts/lib/build-analysis.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const load = (dir: string): Build => analyzeBuild(path.join(root, dir));

describe('the build for a real API (dist-real/)', () => {
  it('exists (run bash scripts/build-both.sh)', () => {
    expect(existsSync(path.join(root, 'dist-real/index.html'))).toBe(true);
  });

  it('contains no MSW and no mock API: no mockServiceWorker, msw, setupWorker or __mock anywhere', () => {
    const build = load('dist-real');
    const offenders = build.files.filter((file) => file.markers.length > 0);
    expect(offenders, 'files with mock-API code in dist-real/').toEqual([]);
    expect(existsSync(path.join(root, 'dist-real/mockServiceWorker.js'))).toBe(false);
    expect(build.chunks.filter((chunk) => chunk.kind === 'mock')).toEqual([]);
  });

  it("keeps MIP staff's schemas out of what a member's pages load (decision 036)", () => {
    const build = load('dist-real');
    // Words of the staff meetings contract and the city records one: schemas members never use.
    const staffWords = ['Describe the meeting in a sentence or two', 'Say where the figure comes from'];
    const holders = build.chunks.filter((chunk) =>
      staffWords.some((words) => readFileSync(path.join(root, 'dist-real', chunk.file), 'utf8').includes(words)),
    );
    expect(holders.length, 'chunks holding the staff schemas').toBeGreaterThan(0);
    expect(holders.filter((chunk) => chunk.kind !== 'staff').map((chunk) => chunk.file)).toEqual([]);
  });
});

describe('what index.html starts before any script runs (decision 040)', () => {
  const html = (dir: string) => readFileSync(path.join(root, dir, 'index.html'), 'utf8');

  it.each(['dist', 'dist-real'])('%s: one entry file, and the contract and signed-in layout preloaded', (dir) => {
    const build = load(dir);
    expect(build.entry).toHaveLength(1);
    const preloaded = build.preloaded.map((file) => path.basename(file));
    expect(preloaded.some((file) => file.startsWith('contract-'))).toBe(true);
    expect(preloaded.some((file) => file.startsWith('signed-in-layout-'))).toBe(true);
    // Only what every first page needs: no page of its own, no staff code, no mock API.
    expect(preloaded.filter((file) => /^(dashboard|sign-in|staff|browser)-/.test(file))).toEqual([]);
    expect(build.chunks.filter((chunk) => chunk.kind === 'initial' && chunk.markers.length > 0)).toEqual([]);
  });

  it.each(['dist', 'dist-real'])("%s: of the areas' schemas, only the session's (decision 042)", (dir) => {
    const build = load(dir);
    const text = (file: string) => readFileSync(path.join(root, dir, file), 'utf8');
    const holding = (words: string) => build.chunks.filter((chunk) => text(chunk.file).includes(words));
    const initial = (words: string) => holding(words).filter((chunk) => chunk.kind === 'initial');
    // A word of the sign-in body's schema, then of the dues area's and the memo area's.
    expect(initial('Enter your password')).not.toEqual([]);
    for (const words of ['Enter a ZIP code like 53703', 'Choose the policy area closest to your question']) {
      expect(holding(words), words).not.toEqual([]);
      expect(initial(words), words).toEqual([]);
    }
  });

  it('dist-real: opens the connection to its API (another origin) at once', () => {
    expect(html('dist-real')).toContain('<link rel="preconnect" href="http://127.0.0.1:8787">');
    expect(html('dist')).not.toContain('preconnect');
  });
});

describe('the build with the embedded mock API (dist/)', () => {
  it('loads MSW lazily, in its own chunk: not in the entry or anything index.html preloads', () => {
    const build = load('dist');
    expect(build.entry.length).toBeGreaterThan(0);
    const initial = build.chunks.filter((chunk) => chunk.kind === 'initial');
    expect(
      initial.filter((chunk) => chunk.markers.length > 0),
      'initial chunks with MSW',
    ).toEqual([]);
    const mock = build.chunks.filter((chunk) => chunk.kind === 'mock');
    expect(mock.length, 'a lazily loaded mock-API chunk').toBeGreaterThan(0);
    expect(existsSync(path.join(root, 'dist/mockServiceWorker.js'))).toBe(true);
  });
});

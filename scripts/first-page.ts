import type { Plugin } from 'vite';

/**
 * How the build cuts the app into files, and what `index.html` fetches before any script runs
 * (decision 040). On a phone every file on the way to the first paint costs a round trip, so:
 * - the code every page needs (React, the router, the cache, the shell) is one file, not nine;
 * - zod and the contract's common schemas are one file: every first request waits for them;
 *   each area's endpoint schemas are a file of their own, loaded with the area's first request;
 * - each page stays its own chunk (loaded with its route), and MIP staff's code stays apart.
 */
const contractBase =
  /[\\/]src[\\/]api[\\/]contracts[\\/](common|zod-config|runtime|endpoint)\.ts$|[\\/]node_modules[\\/]zod[\\/]/;

export const chunkGroups = [
  { name: 'app', tags: ['$initial' as const], priority: 20 },
  { name: 'contract', test: (id: string) => contractBase.test(id), priority: 10 },
];

/**
 * Modules every first page passes through (a signed-out visitor's `/` too): the signed-in layout,
 * and the session's schemas, which every first request's answer is read with (decision 042).
 */
const FIRST_PAGE_MODULES = [
  /[\\/]src[\\/]app[\\/]routes[\\/]signed-in-layout\.tsx$/,
  /[\\/]src[\\/]api[\\/]contracts[\\/]session\.ts$/,
];

/**
 * Adds to the built `index.html` a `modulepreload` for the contract's chunk and the signed-in
 * layout's (with what they import), so they download beside the entry rather than after it has
 * run, and a `preconnect` to an API on another origin, so the session request finds the
 * connection open.
 */
export function preloadFirstPage(apiUrl: string): Plugin {
  return {
    name: 'preload-first-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle ?? {};
        const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
        const entry = chunks.find((chunk) => chunk.isEntry);
        const alreadyLoaded = new Set([entry?.fileName, ...(entry?.imports ?? [])]);
        const wanted = chunks.filter(
          (chunk) =>
            chunk.name === 'contract' ||
            FIRST_PAGE_MODULES.some((module) => chunk.moduleIds.some((id) => module.test(id))),
        );
        const files = new Set<string>();
        const add = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          const item = bundle[file];
          if (item?.type === 'chunk') item.imports.forEach(add);
        };
        wanted.forEach((chunk) => add(chunk.fileName));
        const base = context.server?.config.base ?? '/';
        const tags = [...files]
          .filter((file) => !alreadyLoaded.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          }));
        const apiOrigin = apiUrl ? new URL(apiUrl).origin : '';
        // Credentialed requests use their own connection: a preconnect without `crossorigin`.
        if (apiOrigin)
          tags.unshift({ tag: 'link', attrs: { rel: 'preconnect', href: apiOrigin } as never, injectTo: 'head' });
        return tags;
      },
    },
  };
}

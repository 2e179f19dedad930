/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { contentSecurityPolicyFromBuild } from './scripts/csp.ts';
import { chunkGroups, preloadFirstPage } from './scripts/first-page.ts';

const apiUrl = process.env.VITE_API_URL ?? '';
/**
 * `npm start`: the dev server hands /api (and the test card's checkout page) to the Member Hub
 * server at this address, so the app and the API share one origin (scripts/start.mjs sets it).
 */
const apiProxy = process.env.HUB_API_PROXY ?? '';
// The embedded mock API is compiled in only when no real API is configured, so a real-API build
// carries none of MSW (checked by tests/build/real-api-build.test.ts).
const useMockApi = apiUrl === '' && apiProxy === '';

/** Vite copies public/ into every build; a real-API build must not ship the mock's service worker. */
function dropMockServiceWorker(): Plugin {
  return {
    name: 'drop-mock-service-worker',
    apply: 'build',
    writeBundle(options) {
      if (!useMockApi && options.dir) rmSync(`${options.dir}/mockServiceWorker.js`, { force: true });
    },
  };
}

/**
 * The embedded mock's build only: MSW's cookie jar gets a small stand-in for tldts (the public-suffix
 * list, 108 KiB gzip) that answers for the page's own host (mocks/lib/registrable-domain.ts).
 */
function mockCookieJarWithoutSuffixList(): Plugin {
  const standIn = fileURLToPath(new URL('./mocks/lib/registrable-domain.ts', import.meta.url));
  return {
    name: 'mock-cookie-jar-without-suffix-list',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      return useMockApi && source === 'tldts' && importer?.includes('tough-cookie') ? standIn : null;
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    dropMockServiceWorker(),
    mockCookieJarWithoutSuffixList(),
    contentSecurityPolicyFromBuild(apiUrl),
    preloadFirstPage(apiUrl),
  ],
  define: { __MOCK_API__: JSON.stringify(useMockApi) },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  build: {
    outDir: process.env.OUT_DIR ?? 'dist',
    sourcemap: false,
    target: 'es2022',
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
  preview: {
    port: Number(process.env.PREVIEW_PORT ?? 4173),
    strictPort: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    // Host kept as the app's: the server builds the checkout page's address from it.
    proxy: apiProxy
      ? {
          '/api': { target: apiProxy, changeOrigin: false },
          '/mock-checkout': { target: apiProxy, changeOrigin: false },
        }
      : {},
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./tests/setup/pin-clock.ts', './tests/setup/vitest-setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'mocks/**/*.test.ts',
      'tests/integration/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.ts',
      'server/**/*.test.ts',
    ],
    restoreMocks: true,
    testTimeout: 30_000,
    // Vitest's default is one fewer than the cores, which on this two-core machine runs the test
    // files one at a time; they are independent (each worker has its own mock API and database).
    maxWorkers: 2,
  },
});

import { defineConfig } from 'vitest/config';

/**
 * The build checks run after `bash scripts/build-both.sh`, on the built files, apart from the unit
 * and integration tests (no jsdom, no mock server): `npx vitest run --config tests/build/vitest.config.ts`.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    globals: false,
  },
});

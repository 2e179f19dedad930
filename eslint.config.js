// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import localRules from './scripts/eslint/import-layers.js';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'node_modules/**',
      'public/mockServiceWorker.js',
      'reports/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  // Type-aware linting for all TypeScript (src, mocks, tests, scripts, configs: tsconfig.json covers them).
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Numbers and booleans in template strings are ordinary ("1 of 3 used").
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `_`-prefixed names are deliberately unused (e.g. `infer _B` in contracts/endpoint.ts).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // React Router's `throw redirect()` / `throw data(..., 404)` throw Responses by design.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'lib', name: 'Response' },
            { from: 'package', package: 'react-router', name: 'DataWithResponseInit' },
          ],
        },
      ],
      // `onClick={() => setOpen(false)}` is idiomatic React; braces would add nothing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // JSX event handlers may return promises (React ignores the value).
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  ...pluginQuery.configs['flat/recommended'].map((config) => ({ ...config, files: ['src/**/*.{ts,tsx}'] })),
  {
    // Layers: features never import each other, shared code never imports features/app, and only
    // src/main.tsx loads mocks/ (dynamically). See scripts/eslint/import-layers.js.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local: localRules },
    rules: {
      'local/import-layers': 'error',
      // The app's requests name their QueryClient: it is how a 401 reaches this app's sign-in
      // dialog and how a preview stays read-only (src/api/session-hooks.ts).
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='apiRequest']:not(:has(Property[key.name='client']))",
          message: 'Pass the QueryClient (`client` from the query or mutation context, or useQueryClient()).',
        },
      ],
    },
  },
  {
    files: ['mocks/**/*.ts', 'scripts/**/*.{ts,js,mjs}', 'tests/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Plain JavaScript (this file, node scripts) is not in tsconfig: lint it without type information.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
);

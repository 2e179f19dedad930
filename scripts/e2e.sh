#!/usr/bin/env bash
# `npm run test:e2e [-- playwright args]`: builds both production variants (unless SKIP_BUILD=1,
# as scripts/test-all.sh does after building them itself), then runs Playwright for the `mock`
# and `real-api` projects. Playwright starts `vite preview` on 4173/4174 and the server (test mode) on 8787.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  bash scripts/build-both.sh
fi
exec node_modules/.bin/playwright test "$@"

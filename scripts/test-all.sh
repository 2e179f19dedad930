#!/usr/bin/env bash
# `npm test`: everything, in order, stopping at the first failing section.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
BIN=node_modules/.bin

section() {
  printf '\n\033[1m━━━ %s ━━━\033[0m\n' "$1"
}
trap 'status=$?; if [[ $status -ne 0 ]]; then printf "\n\033[1;31mFAILED in section: %s (exit %s)\033[0m\n" "${CURRENT:-?}" "$status"; fi' EXIT
run() {
  CURRENT="$1"
  section "$1"
  shift
  "$@"
}

run "0/11 Chromium and faketime (Debian)" bash scripts/ensure-system-tools.sh
run "1/11 Typecheck (tsc -b)" "$BIN/tsc" -b
run "2/11 Lint (eslint, US spelling of the words shown)" bash -c \
  "$BIN/eslint . --max-warnings=0 && $BIN/tsx scripts/spell-ui-words.ts"
run "3/11 Format (prettier --check .)" "$BIN/prettier" --check .
run "4/11 OpenAPI: up to date and lint (redocly)" bash -c \
  "$BIN/vitest run tests/unit/openapi.test.ts && $BIN/redocly lint public/openapi.json --config redocly.yaml"
run "5/11 Unit and integration tests (vitest)" "$BIN/vitest" run
# The tests pin their own clock (tests/setup/pinned-clock.ts); run them again with the machine's
# clock 200 days ahead, so a test that reads the real date fails the day it is written.
run "6/11 Unit and integration tests, machine clock +200 days (faketime)" \
  faketime -f '+200d' "$BIN/vitest" run
# The black-box HTTP suites again, on the server's app on SQL (issue 18): PGlite always, PostgreSQL
# when scripts/start-test-postgres.sh gave a TEST_DATABASE_URL (.ci/run starts it).
run "7/11 Black-box API suites on PGlite" env HUB_TEST_RUNTIME=pglite \
  "$BIN/vitest" run --config tests/black-box/vitest.config.ts
if [[ -n "${TEST_DATABASE_URL:-}" ]]; then
  run "7/11 Black-box API suites on PostgreSQL" env HUB_TEST_RUNTIME=postgres \
    "$BIN/vitest" run --config tests/black-box/vitest.config.ts
else
  section "7/11 Black-box API suites on PostgreSQL: skipped (no TEST_DATABASE_URL; see scripts/start-test-postgres.sh)"
fi
run "8/11 Production builds (dist/, dist-real/)" bash scripts/build-both.sh
run "9/11 Size budget" node scripts/size-budget.mjs dist dist-real
run "10/11 Build checks (tests/build)" "$BIN/vitest" run --config tests/build/vitest.config.ts
run "11/11 End-to-end (Playwright: mock, real-api)" env SKIP_BUILD=1 bash scripts/e2e.sh

CURRENT=""
printf '\n\033[1;32mAll checks passed.\033[0m\n'

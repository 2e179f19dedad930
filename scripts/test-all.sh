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

run "0/10 Chromium and faketime (Debian)" bash scripts/ensure-system-tools.sh
run "1/10 Typecheck (tsc -b)" "$BIN/tsc" -b
run "2/10 Lint (eslint, US spelling of the words shown)" bash -c \
  "$BIN/eslint . --max-warnings=0 && $BIN/tsx scripts/spell-ui-words.ts"
run "3/10 Format (prettier --check .)" "$BIN/prettier" --check .
run "4/10 OpenAPI: up to date and lint (redocly)" bash -c \
  "$BIN/vitest run tests/unit/openapi.test.ts && $BIN/redocly lint public/openapi.json --config redocly.yaml"
run "5/10 Unit and integration tests (vitest)" "$BIN/vitest" run
# The tests pin their own clock (tests/setup/pinned-clock.ts); run them again with the machine's
# clock 200 days ahead, so a test that reads the real date fails the day it is written.
run "6/10 Unit and integration tests, machine clock +200 days (faketime)" \
  faketime -f '+200d' "$BIN/vitest" run
run "7/10 Production builds (dist/, dist-real/)" bash scripts/build-both.sh
run "8/10 Size budget" node scripts/size-budget.mjs dist dist-real
run "9/10 Build checks (tests/build)" "$BIN/vitest" run --config tests/build/vitest.config.ts
run "10/10 End-to-end (Playwright: mock, real-api)" env SKIP_BUILD=1 bash scripts/e2e.sh

CURRENT=""
printf '\n\033[1;32mAll checks passed.\033[0m\n'

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

run "0/9 Chromium for the end-to-end tests" bash scripts/ensure-chromium.sh
run "1/9 Typecheck (tsc -b)" "$BIN/tsc" -b
run "2/9 Lint (eslint)" "$BIN/eslint" . --max-warnings=0
run "3/9 Format (prettier --check .)" "$BIN/prettier" --check .
run "4/9 OpenAPI: up to date and lint (redocly)" bash -c \
  "$BIN/vitest run tests/unit/openapi.test.ts && $BIN/redocly lint public/openapi.json --config redocly.yaml"
run "5/9 Unit and integration tests (vitest)" "$BIN/vitest" run
run "6/9 Production builds (dist/, dist-real/)" bash scripts/build-both.sh
run "7/9 Size budget" node scripts/size-budget.mjs dist dist-real
run "8/9 Build checks (tests/build)" "$BIN/vitest" run --config tests/build/vitest.config.ts
run "9/9 End-to-end (Playwright: mock, real-api)" env SKIP_BUILD=1 bash scripts/e2e.sh

CURRENT=""
printf '\n\033[1;32mAll checks passed.\033[0m\n'

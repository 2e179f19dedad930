#!/usr/bin/env bash
# `npm run bench`: builds both production variants, then prints bundle sizes and Lighthouse
# (mobile + desktop) on the first page and the signed-in dashboard of each, beside the stack floor in
# the same run (scripts/bench.mjs), then library search keystroke-to-results at
# 1,000 / 10,000 / 50,000 items (scripts/bench-library.mjs). Numbers only; never fails on a score.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
bash scripts/build-both.sh
node scripts/bench.mjs
node scripts/bench-library.mjs

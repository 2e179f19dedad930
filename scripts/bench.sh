#!/usr/bin/env bash
# `npm run bench`: builds both production variants, then prints bundle sizes and Lighthouse
# (mobile + desktop) on the signed-in dashboard of each. Numbers only; never fails on a score.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
bash scripts/build-both.sh
node scripts/bench.mjs

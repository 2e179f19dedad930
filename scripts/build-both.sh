#!/usr/bin/env bash
# Builds the two production variants the end-to-end tests, size budget and bench run against:
#   dist/       the embedded mock API (MSW in the browser, loaded lazily in its own chunk)
#   dist-real/  a build for a real API at $REAL_API_URL (default http://127.0.0.1:8787, `npm run server`)
# A build for a real API must carry none of MSW: vite copies public/ into every build, so the
# service-worker script is removed from dist-real (tests/build/real-api-build.test.ts checks it).
set -euo pipefail
cd "$(dirname "$0")/.."

REAL_API_URL="${REAL_API_URL:-http://127.0.0.1:8787}"
VITE=node_modules/.bin/vite

echo "› vite build (mock API) → dist/"
VITE_API_URL='' OUT_DIR=dist "$VITE" build --logLevel warn
echo "› vite build (real API at $REAL_API_URL) → dist-real/"
VITE_API_URL="$REAL_API_URL" OUT_DIR=dist-real "$VITE" build --logLevel warn
rm -f dist-real/mockServiceWorker.js
echo "› built dist/ and dist-real/"

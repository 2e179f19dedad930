#!/usr/bin/env bash
# Makes sure the Debian tools the tests use are installed: Chromium for the end-to-end tests and the
# bench (Playwright never downloads a browser here: it drives CHROME_PATH, default
# /usr/bin/chromium), and faketime to run the suite again with the machine's clock moved.
set -euo pipefail
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
missing=()
[[ -x "$CHROME_PATH" ]] || missing+=(chromium fonts-liberation)
command -v faketime >/dev/null || missing+=(faketime)
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi
if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null; then
  echo "Missing: ${missing[*]}. Install them from Debian (apt-get install ${missing[*]}), or set CHROME_PATH." >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian (apt-get)…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -y </dev/null
apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
[[ -x "$CHROME_PATH" ]] || { echo "Chromium still not found at $CHROME_PATH" >&2; exit 1; }
command -v faketime >/dev/null || { echo "faketime still not found" >&2; exit 1; }

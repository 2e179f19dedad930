#!/usr/bin/env bash
# Makes sure the system Chromium the end-to-end tests and the bench use is installed. Playwright
# never downloads a browser here: it drives Debian's chromium (CHROME_PATH, default /usr/bin/chromium).
set -euo pipefail
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
if [[ -x "$CHROME_PATH" ]]; then
  exit 0
fi
if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null; then
  echo "Chromium is missing at $CHROME_PATH: install Debian's chromium (apt-get install chromium) or set CHROME_PATH." >&2
  exit 1
fi
echo "Installing Chromium from Debian (apt-get)…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -y </dev/null
apt-get install -y --no-install-recommends chromium fonts-liberation </dev/null
[[ -x "$CHROME_PATH" ]] || { echo "Chromium still not found at $CHROME_PATH" >&2; exit 1; }

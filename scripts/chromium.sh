#!/usr/bin/env bash
# Debian's chromium for the browser test (test/interop/browser.test.ts drives it through playwright-core).
#   bash scripts/chromium.sh install   apt-get install chromium if it is missing (needs root)
set -euo pipefail
[ "${1:-}" = install ] || { echo "usage: bash scripts/chromium.sh install" >&2; exit 2; }
if command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then exit 0; fi
[ -n "${CHROMIUM_PATH:-}" ] && exit 0
[ "$(id -u)" = 0 ] || { echo "[chromium.sh] installing chromium needs root (apt-get)" >&2; exit 1; }
echo "[chromium.sh] installing chromium with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q --no-install-recommends chromium >/dev/null; then
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends chromium >/dev/null
fi

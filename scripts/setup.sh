#!/usr/bin/env bash
# Installs every Debian package chronicle's build and tests need (idempotent,
# non-interactive; runs as root or with sudo), then configures and builds the
# release preset. Usage: scripts/setup.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config git
  libsimdjson-dev libutf8proc-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev
  python3 python3-jsonschema time
  # later layers and front ends: SQLite store, HTML/WARC input, time zones,
  # country codes, HTTP server, Python bindings on Dask, browser and load tests
  libsqlite3-dev sqlite3 libgumbo-dev zlib1g-dev
  libhowardhinnant-date-dev tzdata iso-codes
  libcpp-httplib-dev wrk chromium
  python3-dev pybind11-dev python3-pybind11 python3-pytest
  python3-pandas python3-dask python3-distributed python3-dateparser
)

# Node.js and npm (browser tests): Debian's, unless the machine already has them.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# Browser-test tooling from npm (playwright-core only; the browser is Debian's
# chromium): the README's test command runs the browser test with it.
if [ ! -d tests/browser/node_modules/playwright-core ]; then
  npm ci --prefix tests/browser --no-audit --no-fund >&2
fi

if [ "${1:-}" != "--no-build" ]; then
  cmake --preset release >&2
  cmake --build --preset release >&2
fi

#!/usr/bin/env bash
# Installs what Ariadne needs on Debian 12, and nothing when it is already there, so that
# re-running `make run` or `make test` is quick. `--test` adds the test-only tools.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config ccache sqlite3 libsqlite3-dev libboost-dev libsodium-dev
          liboath-dev nlohmann-json3-dev libexpected-dev libcli11-dev libjemalloc-dev
          libicu-dev libphonenumber-dev libmagic-dev libstemmer-dev libpoppler-cpp-dev
          libcairo2-dev libpango1.0-dev fonts-dejavu-core libxlsxwriter-dev libzip-dev libexpat1-dev)
if [[ "${1:-}" == "--test" ]]; then
  # chromium for the end-to-end tests (Playwright drives Debian's build; it never downloads one).
  packages+=(libgtest-dev googletest chromium python3-yaml poppler-utils)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Node.js and npm come with the machine image; Debian's npm conflicts with them (DESIGN.md §9).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "setup: Node.js 20+ and npm are required (they are not installed from apt on purpose)" >&2
  exit 1
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if ((node_major < 20)); then
  echo "setup: Node.js 20 or newer is required, found $(node --version)" >&2
  exit 1
fi

# npm ci only when a lock file changed since the last install.
npm_ci() {
  local dir=$1 stamp=$1/node_modules/.ariadne-lock-stamp
  if [[ ! -f $stamp ]] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    echo "setup: npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
  fi
}
npm_ci web
if [[ "${1:-}" == "--test" ]]; then
  npm_ci tests/e2e
fi

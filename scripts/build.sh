#!/usr/bin/env bash
# scripts/build.sh - configure and build irkg (Release with debug info) into build/.
# usage: scripts/build.sh [BUILD_DIR] [extra cmake arguments...]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
shift || true
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIRKG_WERROR=ON "$@" >/dev/null
cmake --build "$build" -j "$(nproc)"

#!/usr/bin/env bash
# scripts/test.sh - set up, build and run every test: the doctest suites and the end-to-end
# tests of the irkg binary (each export checked by ../shared/tools/check-graph-clients), then
# the unit tests again under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup.sh"
jobs=$(nproc)

echo "== build (RelWithDebInfo, -Werror)"
"$here/scripts/build.sh" "$here/build" >/dev/null
echo "== tests"
ctest --test-dir "$here/build" --output-on-failure -j "$jobs"

echo "== build (ASan + UBSan)"
"$here/scripts/build.sh" "$here/build-asan" -DCMAKE_BUILD_TYPE=Debug -DIRKG_SANITIZE=ON >/dev/null
echo "== tests under ASan + UBSan (unit tests)"
ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$here/scripts/lsan.supp UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  ctest --test-dir "$here/build-asan" --output-on-failure -j "$jobs" -E "^e2e"

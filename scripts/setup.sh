#!/usr/bin/env bash
# scripts/setup.sh - install everything irkg needs to build and test, on Debian 12, as root.
# Idempotent: packages already present are left alone, so a second run takes seconds.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${IRKG_SHARED:-$here/../shared}

packages=(g++ cmake make pkg-config libboost-graph-dev rapidjson-dev libgraphviz-dev graphviz
          doctest-dev libsqlite3-dev sqlite3 iso-codes python3 clang-format bc)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The third-party graph readers that every export is checked against (xmllint, NetworkX,
# igraph, Graphviz, graphology).
if [ -x "$shared/tools/check-graph-clients" ]; then
  "$shared/tools/check-graph-clients" --install >/dev/null 2>&1 || {
    echo "setup: warning: check-graph-clients --install failed; the client checks will be skipped" >&2
  }
else
  echo "setup: warning: $shared/tools/check-graph-clients not found; client checks will be skipped" >&2
fi
echo "setup: ok" >&2

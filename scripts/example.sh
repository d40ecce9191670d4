#!/usr/bin/env bash
# scripts/example.sh - the main job on the bundled examples: set up, build, then turn the
# example corpora of graphs/ into diagrams (SVG), GraphML and GEXF, and ask a path query.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup.sh"
"$here/scripts/build.sh" "$here/build" >/dev/null
"$here/scripts/make-graphs.sh"
irkg=$here/build/tools/irkg/irkg
echo
echo "\$ irkg path graphs/korean-peninsula 'North Korea' Ukraine"
"$irkg" path "$here/graphs/korean-peninsula" "North Korea" Ukraine
echo
echo "diagrams, GraphML and GEXF written to $here/out/"
ls -1 "$here/out"

#!/usr/bin/env bash
# scripts/example.sh - the main job on the bundled examples: set up, build, then turn the
# example corpora of graphs/ into diagrams (SVG), GraphML and GEXF, build a knowledge base
# from them, and ask it a path query, an explanation and a timeline.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup.sh"
"$here/scripts/build.sh" "$here/build" >/dev/null
"$here/scripts/make-graphs.sh"
irkg=$here/build/tools/irkg/irkg
kb=$here/out/examples.sqlite
rm -f "$kb"
echo
echo "\$ irkg build --kb out/examples.sqlite graphs/korean-peninsula graphs/black-sea"
"$irkg" build --kb "$kb" "$here/graphs/korean-peninsula" "$here/graphs/black-sea"
echo
echo "\$ irkg path --kb out/examples.sqlite 'North Korea' Ukraine"
"$irkg" path --kb "$kb" "North Korea" Ukraine
echo
echo "\$ irkg explain --kb out/examples.sqlite 'North Korea' troop_deployment Russia"
"$irkg" explain --kb "$kb" "North Korea" troop_deployment Russia
echo
echo "\$ irkg timeline --kb out/examples.sqlite"
"$irkg" timeline --kb "$kb"
echo
echo "diagrams, timelines, GraphML, GEXF and the knowledge base written to $here/out/"
ls -1 "$here/out"

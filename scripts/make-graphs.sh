#!/usr/bin/env bash
# scripts/make-graphs.sh - regenerate the diagrams of graphs/ from its example corpora with
# the current irkg, and write the full set of exports to out/.
# graphs/<corpus>.{svg,graphml,gexf} are committed and compared by a test, so any change of
# the extractor or the writers shows up in review.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
irkg=${IRKG:-$here/build/tools/irkg/irkg}
mkdir -p "$here/out"
for corpus in korean-peninsula black-sea; do
  input=$here/graphs/$corpus
  title=$(echo "$corpus" | tr '-' ' ')
  for format in svg graphml gexf; do
    "$irkg" export --quiet "$input" --format "$format" --title "$title" -o "$here/graphs/$corpus.$format"
  done
  for format in svg png pdf dot graphml gexf json; do
    "$irkg" export --quiet "$input" --format "$format" --title "$title" -o "$here/out/$corpus.$format"
  done
done

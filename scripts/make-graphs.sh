#!/usr/bin/env bash
# scripts/make-graphs.sh - regenerate the diagrams of graphs/ from its example corpora with the
# current irkg: each corpus is built into a knowledge base, then rendered from it.
#
#   scripts/build.sh && scripts/make-graphs.sh     # then commit graphs/
#
# usage: scripts/make-graphs.sh [OUT_DIR]
#   without OUT_DIR: rewrites graphs/<corpus>.{svg,graphml,gexf} and graphs/<corpus>-timeline.svg
#   (committed, and compared by the e2e_graphs test so that they never drift from the code), and
#   writes every format (SVG, PNG, PDF, DOT, GraphML, GEXF, JSON) to out/.
#   with OUT_DIR: writes only the committed files, into OUT_DIR (what the drift test does).
# IRKG=path/to/irkg picks the binary (default build/tools/irkg/irkg).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
irkg=${IRKG:-$here/build/tools/irkg/irkg}
out_dir=${1:-$here/graphs}
all_formats=$([ $# -eq 0 ] && echo yes || echo no)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out_dir"
[ "$all_formats" = yes ] && mkdir -p "$here/out"
for corpus in korean-peninsula black-sea; do
  kb=$work/$corpus.sqlite
  title=$(echo "$corpus" | tr '-' ' ')
  "$irkg" build --quiet --kb "$kb" "$here/graphs/$corpus"
  for format in svg graphml gexf; do
    "$irkg" render --quiet --kb "$kb" --title "$title" -o "$out_dir/$corpus.$format"
  done
  "$irkg" timeline --kb "$kb" --title "$title: relations per month" -o "$out_dir/$corpus-timeline.svg"
  if [ "$all_formats" = yes ]; then
    for format in svg png pdf dot graphml gexf json; do
      "$irkg" render --quiet --kb "$kb" --title "$title" -o "$here/out/$corpus.$format"
    done
    "$irkg" timeline --kb "$kb" --title "$title: relations per month" -o "$here/out/$corpus-timeline.svg"
  fi
done

#!/usr/bin/env bash
# Re-renders the example summary for a coach in docs/summary/ from the synthetic leader
# (tests/summary: a fixed store, SAIB_NOW fixed), through the real saib-cli, in English
# and Welsh (and the English plain text), and the first page of each PDF as a PNG
# (pdftoppm, poppler-utils). Look at the PNGs before committing them.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SAIB_BUILD_DIR:-build}
out="$PWD/docs/summary"
mkdir -p "$out"
QT_QPA_PLATFORM=offscreen SAIB_SUMMARY_EXAMPLE_DIR="$out" \
  "$build/tests/saib_summary_tests" "[example]"
for name in coach-summary-example coach-summary-example-cy; do
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$out/$name.pdf" "$out/$name-page1"
done
ls -l "$out"

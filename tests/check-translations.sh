#!/usr/bin/env bash
# Fails when any user-visible string lacks a finished Welsh translation, or when a
# string in the code is missing from i18n/saib_cy.ts (lupdate is run on a scratch copy,
# so new strings show up there as unfinished without touching the real catalogue).
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for lang in cy en; do
  cp "i18n/saib_$lang.ts" "$scratch/saib_$lang.ts"
  extra=()
  [ "$lang" = en ] && extra=(-pluralonly)
  "$LUPDATE" -silent -locations none -no-obsolete "${extra[@]}" -extensions cpp,h,qml core app qml \
    -ts "$scratch/saib_$lang.ts" >/dev/null
  unfinished=$(grep -c 'type="unfinished"' "$scratch/saib_$lang.ts" || true)
  empty=$(grep -cE '<(translation|numerusform)>\s*</(translation|numerusform)>' "$scratch/saib_$lang.ts" || true)
  total=$(grep -c '<message' "$scratch/saib_$lang.ts" || true)
  echo "saib_$lang.ts: $total messages, $unfinished unfinished or missing, $empty empty"
  if [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
    grep -B3 'type="unfinished"' "$scratch/saib_$lang.ts" | grep '<source>' | head -20 || true
    status=1
  fi
done
exit $status

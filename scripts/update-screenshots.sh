#!/usr/bin/env bash
# Re-takes the README screenshots (docs/screenshots) by running the UI tests, which
# drive the real QML offscreen at phone (390x844) and laptop (1280x800) sizes. The light
# ones come from every test file; tests/qml/tst_theme.qml adds the dark ones (*-dark.png).
# With --all-dark the whole suite runs a second time in the dark theme (SAIB_THEME=dark)
# and every screenshot is also saved as NAME-dark.png.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
shots="$PWD/docs/screenshots"
tests="${SAIB_BUILD_DIR:-build}/tests/saib_qml_tests"
QT_QPA_PLATFORM=offscreen QT_QUICK_CONTROLS_STYLE=Material SAIB_SCREENSHOT_DIR="$shots" \
  "$tests" -input tests/qml
if [ "${1:-}" = "--all-dark" ]; then
  dark=$(mktemp -d)
  trap 'rm -rf "$dark"' EXIT
  QT_QPA_PLATFORM=offscreen QT_QUICK_CONTROLS_STYLE=Material SAIB_THEME=dark SAIB_SCREENSHOT_DIR="$dark" \
    "$tests" -input tests/qml
  for f in "$dark"/*.png; do
    name=$(basename "$f" .png)
    case "$name" in *-dark) cp "$f" "$shots/$name.png" ;; *) cp "$f" "$shots/$name-dark.png" ;; esac
  done
fi

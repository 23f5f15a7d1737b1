#!/usr/bin/env bash
# Re-takes the README screenshots (docs/screenshots) by running the UI tests, which
# drive the real QML offscreen at phone (390x844) and laptop (1280x800) sizes. The light
# ones come from every test file; tests/qml/tst_theme.qml adds the dark ones (*-dark.png).
# With --all-dark the whole suite runs a second time in the dark theme (SAIB_THEME=dark)
# and every screenshot is also saved as NAME-dark.png. Names after the options (sync,
# journal, ...) run only those test files (tests/qml/tst_NAME.qml), for the pages changed.
# SAIB_SKIP_BUILD=1 uses the build as it is (only the Qt Quick tests are needed).
# The fixtures keep test paths, loopback addresses and test ids out of the pictures.
set -euo pipefail
cd "$(dirname "$0")/.."
all_dark=0
if [ "${1:-}" = "--all-dark" ]; then all_dark=1; shift; fi
[ "${SAIB_SKIP_BUILD:-0}" = 1 ] || scripts/build.sh
shots="$PWD/docs/screenshots"
tests="${SAIB_BUILD_DIR:-build}/tests/saib_qml_tests"
inputs=()
if [ $# -eq 0 ]; then inputs=(tests/qml); else for n in "$@"; do inputs+=("tests/qml/tst_$n.qml"); done; fi
run() { # DIR [ENV...]
  local dir=$1; shift
  for input in "${inputs[@]}"; do
    env QT_QPA_PLATFORM=offscreen QT_QUICK_CONTROLS_STYLE=Material SAIB_SCREENSHOT_DIR="$dir" "$@" \
      "$tests" -input "$input"
  done
}
run "$shots"
if [ "$all_dark" = 1 ]; then
  dark=$(mktemp -d)
  trap 'rm -rf "$dark"' EXIT
  run "$dark" SAIB_THEME=dark
  for f in "$dark"/*.png; do
    name=$(basename "$f" .png)
    case "$name" in *-dark) cp "$f" "$shots/$name.png" ;; *) cp "$f" "$shots/$name-dark.png" ;; esac
  done
fi

#!/usr/bin/env bash
# Re-takes the README screenshots (docs/screenshots) by running the UI tests, which
# drive the real QML offscreen at phone (390x844) and laptop (1280x800) sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
QT_QPA_PLATFORM=offscreen SAIB_SCREENSHOT_DIR="$PWD/docs/screenshots" \
  "${SAIB_BUILD_DIR:-build}/tests/saib_qml_tests" -input tests/qml

#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: Catch2 core tests, the Qt Quick
# tests that drive the real QML (offscreen), and the translation completeness check.
# Screenshots taken by the UI tests land in build/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
cd "${SAIB_BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --timeout 900 "$@"

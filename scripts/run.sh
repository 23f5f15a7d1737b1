#!/usr/bin/env bash
# Installs what is missing, builds, and starts the Saib app on its embedded default: a
# local encrypted store in the platform data folder (no server). Extra arguments go to
# the app, e.g. scripts/run.sh --data-dir /tmp/saib-demo
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec "${SAIB_BUILD_DIR:-build}/app/gui/saib" "$@"

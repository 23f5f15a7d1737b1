#!/usr/bin/env bash
# Configures and builds Saib into ./build (or $SAIB_BUILD_DIR). Used by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${SAIB_BUILD_DIR:-build}
# SAIB_WERROR=ON (scripts/test.sh, so CI) makes any compiler warning fail the build.
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=${SAIB_BUILD_TYPE:-RelWithDebInfo} \
  -DSAIB_WERROR=${SAIB_WERROR:-OFF} >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"

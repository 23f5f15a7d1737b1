#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: Catch2 core tests, the Qt Quick
# tests that drive the real QML (offscreen), the relay tests (SQLite, and PostgreSQL in a
# throwaway cluster), and the translation completeness check; then the libFuzzer targets
# (scripts/fuzz.sh: a separate clang build, 30 s per target here; SAIB_FUZZ_SECONDS to
# change, SAIB_SKIP_FUZZ=1 to skip).
# Screenshots taken by the UI tests land in build/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Warnings fail the build here (and so in CI): a dropped saib::Error is one.
SAIB_WERROR=${SAIB_WERROR:-ON} scripts/build.sh

# A throwaway PostgreSQL for the relay's PostgreSQL cases (skipped, with the reason
# printed, when it cannot start). An existing SAIB_TEST_POSTGRES_URL is used as is.
root=$PWD
if [ -z "${SAIB_TEST_POSTGRES_URL:-}" ]; then
  pg_dir=$(mktemp -d /tmp/saib-pg.XXXXXX)
  trap '"$root/scripts/start-test-postgres.sh" --stop "$pg_dir"' EXIT
  if pg_url=$(scripts/start-test-postgres.sh "$pg_dir"); then
    export SAIB_TEST_POSTGRES_URL="$pg_url" SAIB_TEST_POSTGRES_DATA="$pg_dir/data"
  else
    echo "saib: test PostgreSQL did not start (see above); relay PostgreSQL cases will be skipped" >&2
  fi
fi

cd "${SAIB_BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --timeout 900 "$@"

if [ "${SAIB_SKIP_FUZZ:-0}" != 1 ]; then
  cd "$root"
  SAIB_FUZZ_SECONDS=${SAIB_FUZZ_SECONDS:-30} scripts/fuzz.sh
fi

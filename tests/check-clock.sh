#!/usr/bin/env bash
# "Today" comes from one injectable clock (core/Clock.h), so tests give the same result on
# any day (issue 13). This fails when logic, fixtures or QML read the system date directly.
# Protocol clocks that must advance use currentMSecsSinceEpoch and are not matched here.
set -euo pipefail
cd "$(dirname "$0")/.."
allowed='^(core/Clock\.(cpp|h)|app/relay/RequestLog\.cpp):'   # the clock itself; log line stamps
hits=$(grep -rnE 'QDate::currentDate\(|QDateTime::currentDateTime(Utc)?\(|new Date\(\)|Date\.now\(\)' \
         --include='*.cpp' --include='*.h' --include='*.qml' --include='*.js' \
         core app platform qml tests bench fuzz | grep -vE "$allowed" || true)
if [ -n "$hits" ]; then
  echo "Read the date from saib::Clock (core/Clock.h) or the test fixtures instead of:" >&2
  echo "$hits" >&2
  exit 1
fi
echo "clock: no direct reads of the system date"

#!/usr/bin/env bash
# Runs the date-sensitive suites under fixed dates and time zones (issue 13), so a test
# that secretly depends on today's weekday, a month end, a leap day or a clock change fails
# here on any day rather than in CI on some days. The clock is fixed for every process of
# the run through SAIB_NOW (core/Clock.h); TZ sets the local zone.
# Usage: fixed-dates.sh CORE_TESTS QML_TESTS QML_DIR
set -euo pipefail
core_tests=$1 qml_tests=$2 qml_dir=$3

# "SAIB_NOW|TZ|why"
cases=(
  "2026-11-29T10:00|Europe/London|a Sunday"
  "2026-11-30T07:45|Europe/London|a Monday morning"
  "2028-02-29T12:00|Europe/London|29 February"
  "2027-03-28T12:00|Europe/London|the spring clock change (23-hour day)"
  "2026-10-25T00:30|Europe/London|the autumn clock change, just after midnight"
  "2027-12-31T23:59|Europe/London|31 December, 23:59"
  "2027-01-01T00:00:30|Pacific/Auckland|just after midnight on New Year's Day, far from UTC"
)
core_spec='[insights],[calendar],[national],[signposting],[journal],[checkins],[prompts],[clock],[cli],[cli-journal],reminders:*'
qml_suites=(tst_insights.qml tst_checkin.qml tst_reminders.qml tst_history.qml)

failed=0
for c in "${cases[@]}"; do
  IFS='|' read -r now zone why <<<"$c"
  echo "== $now $zone ($why)"
  if ! SAIB_NOW=$now TZ=$zone "$core_tests" "$core_spec"; then
    echo "FAILED: core suites at $now $zone" >&2; failed=$((failed + 1))
  fi
  for suite in "${qml_suites[@]}"; do
    if ! SAIB_NOW=$now TZ=$zone QT_QPA_PLATFORM=offscreen QT_QUICK_CONTROLS_STYLE=Material \
        "$qml_tests" -input "$qml_dir/$suite"; then
      echo "FAILED: $suite at $now $zone" >&2; failed=$((failed + 1))
    fi
  done
done
echo "fixed dates: ${#cases[@]} dates, $failed failing runs"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# A Catch2 test name with a semicolon is cut there by CTest (a semicolon separates a CMake
# list), so its entry runs a name that matches no test and passes without testing
# anything. Fails on any such name, so no test is silently skipped again.
set -euo pipefail
cd "$(dirname "$0")"
if grep -rnE --include='*.cpp' '(TEST_CASE|SECTION|SCENARIO)\("[^"]*;' .; then
  echo "test names above contain ';': CTest would run none of them (use a comma)"
  exit 1
fi
echo "test names: none contains ';'"

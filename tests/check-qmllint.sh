#!/usr/bin/env bash
# qmllint over every file of the Saib QML module, against the module as built (its
# qmldir and .qmltypes in BUILD_DIR/qml/Saib, so the C++ singletons and types are known).
# Fails on any warning or info line. Categories that Qt 6.4's qmllint cannot check
# correctly are switched off in qml/.qmllint.ini, which says why.
set -euo pipefail
BUILD_DIR=${1:?usage: check-qmllint.sh BUILD_DIR}
cd "$(dirname "$0")/../qml"
QMLLINT=${QMLLINT:-/usr/lib/qt6/bin/qmllint}
mapfile -t files < <(find . -name '*.qml' | sort)
output=$("$QMLLINT" -I "$BUILD_DIR/qml" "${files[@]}" 2>&1) && status=0 || status=$?
if [ -n "$output" ]; then
  echo "$output"
  echo "qmllint: $(grep -c '^Warning\|^Info' <<<"$output" || true) findings in ${#files[@]} files"
  exit 1
fi
echo "qmllint: ${#files[@]} files, no findings"
exit "$status"

#!/usr/bin/env bash
# Only core/store holds SQL for the vault (issue 19): the stores own every row write, so
# validation, search indexing and the column lists live in one place. This fails when SQL
# or a raw Statement appears elsewhere in the app, core or bench. Not matched: tests
# (they inspect the file directly), the relay's own database (core/relaystore) and
# transaction control (SAVEPOINT) on Database::exec.
set -euo pipefail
cd "$(dirname "$0")/.."
allowed='^core/(store|relaystore)/'
hits=$(grep -rnE '"(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|REPLACE|WITH) |\bStatement [a-z][A-Za-z]*\(|core/store/Statement\.h' \
         --include='*.cpp' --include='*.h' core app platform bench | grep -vE "$allowed" || true)
if [ -n "$hits" ]; then
  echo "SQL belongs in core/store (use or add a store API) instead of:" >&2
  echo "$hits" >&2
  exit 1
fi
echo "sql: none outside core/store"

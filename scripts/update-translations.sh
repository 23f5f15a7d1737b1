#!/usr/bin/env bash
# Refreshes i18n/*.ts from every tr()/qsTr() in core/, app/ and qml/. Run it after
# changing user-visible text, then translate the new entries in i18n/saib_cy.ts
# (Qt Linguist, or by hand). English only keeps plural forms (-pluralonly).
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
SOURCES=(core app qml)
"$LUPDATE" -locations none -no-obsolete -extensions cpp,h,qml "${SOURCES[@]}" -ts i18n/saib_cy.ts
"$LUPDATE" -locations none -no-obsolete -pluralonly -extensions cpp,h,qml "${SOURCES[@]}" -ts i18n/saib_en.ts

#pragma once
// Day One's JSON export (the Journal.json inside its export zip): entries[] with text
// (Markdown), creationDate, modifiedDate, tags, uuid, starred and timeZone. Each entry
// becomes a journal entry: a leading "# heading" becomes its title, the rest its body
// (Markdown kept as written), its day is the creation date in its own time zone, and a
// starred entry gets the tag "starred". The Day One uuid fixes the Saib id, so a second
// import of the same export adds nothing.
#include "ImportPlan.h"

#include <QByteArray>

namespace saib::DayOneImport {
ImportParse parse(const QByteArray &json, const QDate &today);
} // namespace saib::DayOneImport

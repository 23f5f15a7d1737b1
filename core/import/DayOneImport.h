#pragma once
// Day One's JSON export (its export zip, or the Journal.json inside it): entries[] with text
// (Markdown), creationDate, modifiedDate, tags, uuid, starred and timeZone. Each entry
// becomes a journal entry: a leading "# heading" becomes its title, the rest its body
// (Markdown kept as written), its day is the creation date in its own time zone, and a
// starred entry gets the tag "starred". The Day One uuid fixes the Saib id, so a second
// import of the same export adds nothing.
#include "ImportPlan.h"

#include <QByteArray>

namespace saib::DayOneImport {
// `file`: the zip (its first top-level .json entry is read) or the JSON itself.
ImportParse parse(const QByteArray &file, const QDate &today);
} // namespace saib::DayOneImport

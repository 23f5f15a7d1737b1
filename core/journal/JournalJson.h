#pragma once
// The journal's JSON export format ("saib-journal", version 1) and its reader, so an
// export can be read back (import) without loss.
#include "../Error.h"
#include "../model/JournalEntry.h"

#include <QByteArray>
#include <QJsonObject>
#include <QVector>

namespace saib {

QJsonObject toJson(const JournalEntry &entry);
QByteArray journalToJson(const QVector<JournalEntry> &entries);
// One entry as toJson() writes it; ImportInvalid when it lacks an id, day or creation
// time, or is not a valid entry. Shared with the encrypted backup.
Result<JournalEntry> journalEntryFromJson(const QJsonObject &object);
// ImportInvalid when the bytes are not a version-1 Saib journal export.
Result<QVector<JournalEntry>> journalFromJson(const QByteArray &json);

} // namespace saib

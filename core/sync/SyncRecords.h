#pragma once
// The records that sync, as the rows that hold them. Each synced record is one row of a
// main table, found by its local key (a check-in by its day, a rating by its week, an
// entry, skills assessment or setting by its id or key), plus any child rows (tags,
// per-skill ratings). readRecord() turns those rows into JSON; writeRecord() replaces them
// with the JSON from another device, keeping the search index in step. Both run inside
// the caller's transaction.
#include <core/Error.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace saib {
class Database;
}

namespace saib::sync {

namespace kinds {
inline const QString checkin = QStringLiteral("checkin");
inline const QString entry = QStringLiteral("entry");
inline const QString rating = QStringLiteral("rating");
inline const QString skills = QStringLiteral("skills");
inline const QString setting = QStringLiteral("setting");
} // namespace kinds

bool isSyncedKind(const QString &kind);
QStringList syncedKinds();

// {"row": {column: value...}, "children": [{...}, ...]}, or nullopt when the record does
// not exist (deleted or never written).
Result<std::optional<QJsonObject>> readRecord(Database &db, const QString &kind, const QString &key);

// Replaces the record with `data` (or deletes it for nullopt). Rejects, with
// SyncMalformed, data whose columns or types do not match the schema or whose key does
// not match `key`; the database's CHECK constraints then guard the values.
Error writeRecord(Database &db, const QString &kind, const QString &key,
                  const std::optional<QJsonObject> &data);

// Every local key of a kind that exists now (to mark everything for a first push).
Result<QStringList> allKeys(Database &db, const QString &kind);

} // namespace saib::sync

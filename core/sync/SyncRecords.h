#pragma once
// The records that sync, and their wire format. Each synced record is found by its local
// key (a check-in by its day, a rating by its week, an entry, skills assessment or setting
// by its id or key) and travels as the columns of its table's row plus any child rows
// (tags, per-skill ratings). readRecord() reads it through its store and encodes it;
// writeRecord() decodes another device's JSON into the domain type, checks it with the
// same validate() as save(), and writes it with the store's put() (which keeps the search
// index in step). Neither holds SQL: the stores own every row write. Both run inside the
// caller's transaction.
#include <core/Error.h>
#include <core/model/Checkin.h>
#include <core/model/JournalEntry.h>
#include <core/model/WeeklyRating.h>
#include <core/store/PutOptions.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

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
// readRecord() for many keys of one kind, in their order, in two halves so the store is
// read on its thread and the encoding done on another (a sync push reads whole batches:
// check-ins, entries and ratings in bulk): the values as read (monostate when absent;
// skills and settings come encoded already), then encodeRecord() of each, which touches
// no store and gives what readRecord() gives.
using RecordValue = std::variant<std::monostate, Checkin, JournalEntry, WeeklyRating, QJsonObject>;
Result<QVector<RecordValue>> readRecordValues(Database &db, const QString &kind, const QStringList &keys);
std::optional<QJsonObject> encodeRecord(const RecordValue &value);

// Replaces the record with `data` (or deletes it for nullopt). Rejects, with
// SyncMalformed, data whose columns or types do not match the schema, whose key does not
// match `key`, or that validate() refuses (a note too long, a malformed tag, an unknown
// skill...); nothing is written then. `options.indexSearch` false leaves the record's
// text out of the search index, for a caller that indexes a whole batch afterwards.
Error writeRecord(Database &db, const QString &kind, const QString &key,
                  const std::optional<QJsonObject> &data, PutOptions options = {});

// Every local key of a kind that exists now (to mark everything for a first push).
Result<QStringList> allKeys(Database &db, const QString &kind);

} // namespace saib::sync

#pragma once
// Small encrypted key/value settings (the `settings` table): choices that are private
// enough to live inside the vault, such as the support region or a dismissed card.
#include "../Error.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace saib {

class Database;

class SettingsStore {
public:
    explicit SettingsStore(Database &db) : m_db(db) {}
    // Empty when unset.
    Result<QString> value(const QString &key);
    // nullopt when unset (an empty value is a value).
    Result<std::optional<QString>> find(const QString &key);
    // Writes one setting in its own transaction (or the caller's, when one is open).
    Error setValue(const QString &key, const QString &value);
    // The row writer: the setting replaced in whatever transaction is open (sync's
    // per-record savepoint included), marked for sync as a new row.
    Error put(const QString &key, const QString &value);
    // Deletes one setting; no error when it is unset.
    Error remove(const QString &key);
    // Every setting, by key.
    Result<QMap<QString, QString>> all();
    Result<QStringList> keys();
    // Replaces every setting with `settings` (a restored backup's).
    Error replaceAll(const QMap<QString, QString> &settings);

private:
    Database &m_db;
};

} // namespace saib

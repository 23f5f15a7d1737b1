#pragma once
// Small encrypted key/value settings (the `settings` table): choices that are private
// enough to live inside the vault, such as the support region or a dismissed card.
#include "../Error.h"

#include <QString>

namespace saib {

class Database;

class SettingsStore {
public:
    explicit SettingsStore(Database &db) : m_db(db) {}
    // Empty when unset.
    Result<QString> value(const QString &key);
    Error setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace saib

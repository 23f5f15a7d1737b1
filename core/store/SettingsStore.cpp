#include "SettingsStore.h"
#include "Database.h"
#include "SyncLedgerStore.h"

namespace saib {

Result<QString> SettingsStore::value(const QString &key)
{
    auto found = find(key);
    if (!found.ok())
        return found.error();
    return found.value().value_or(QString());
}

Result<std::optional<QString>> SettingsStore::find(const QString &key)
{
    CachedStatement st = m_db.cached("SELECT value FROM settings WHERE key = ?");
    st->bind(1, key);
    if (st->next())
        return std::optional<QString>(st->text(0));
    if (!st->error().ok())
        return st->error();
    return std::optional<QString>();
}

Error SettingsStore::setValue(const QString &key, const QString &value)
{
    return m_db.transaction([&]() -> Error { return put(key, value); });
}

Error SettingsStore::put(const QString &key, const QString &value)
{
    // DELETE + INSERT: SQLite 3.15 (SQLCipher 3.4.1) has no UPSERT.
    if (Error e = remove(key); !e.ok())
        return e;
    CachedStatement ins = m_db.cached("INSERT INTO settings (key, value) VALUES (?, ?)");
    ins->bind(1, key).bind(2, value);
    if (Error e = ins->run(); !e.ok())
        return e;
    return SyncLedgerStore(m_db).markInserted("setting", key);
}

Error SettingsStore::remove(const QString &key)
{
    CachedStatement del = m_db.cached("DELETE FROM settings WHERE key = ?");
    del->bind(1, key);
    return del->run();
}

Result<QMap<QString, QString>> SettingsStore::all()
{
    Statement st(m_db, "SELECT key, value FROM settings ORDER BY key");
    QMap<QString, QString> out;
    while (st.next())
        out.insert(st.text(0), st.text(1));
    if (!st.error().ok())
        return st.error();
    return out;
}

Result<QStringList> SettingsStore::keys()
{
    auto settings = all();
    if (!settings.ok())
        return settings.error();
    return settings.value().keys();
}

Error SettingsStore::replaceAll(const QMap<QString, QString> &settings)
{
    return m_db.transaction([&]() -> Error {
        if (Error e = m_db.exec("DELETE FROM settings"); !e.ok())
            return e;
        for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
            CachedStatement ins = m_db.cached("INSERT INTO settings (key, value) VALUES (?, ?)");
            ins->bind(1, it.key()).bind(2, it.value());
            if (Error e = ins->run(); !e.ok())
                return e;
            if (Error e = SyncLedgerStore(m_db).markInserted("setting", it.key()); !e.ok())
                return e;
        }
        return {};
    });
}

} // namespace saib

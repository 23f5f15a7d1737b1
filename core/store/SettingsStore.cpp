#include "SettingsStore.h"
#include "Database.h"

namespace saib {

Result<QString> SettingsStore::value(const QString &key)
{
    Statement st(m_db.handle(), "SELECT value FROM settings WHERE key = ?");
    st.bind(1, key);
    if (st.next())
        return st.text(0);
    if (!st.error().ok())
        return st.error();
    return QString();
}

Error SettingsStore::setValue(const QString &key, const QString &value)
{
    // DELETE + INSERT: SQLite 3.15 (SQLCipher 3.4.1) has no UPSERT.
    return m_db.transaction([&]() -> Error {
        Statement del(m_db.handle(), "DELETE FROM settings WHERE key = ?");
        del.bind(1, key);
        if (Error e = del.run(); !e.ok())
            return e;
        Statement ins(m_db.handle(), "INSERT INTO settings (key, value) VALUES (?, ?)");
        ins.bind(1, key).bind(2, value);
        return ins.run();
    });
}

} // namespace saib

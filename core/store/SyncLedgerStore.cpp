#include "SyncLedgerStore.h"
#include "Database.h"

#include <QStringList>
#include <functional>
#include <sodium.h>

namespace saib {

namespace {
// Runs `sql` followed by " IN (?, ...)" over `keys`, in as many statements as SQLite's
// bound-parameter limit needs. `bindHead` binds the `headCount` parameters before the
// list in each statement; `each` runs one.
Error inChunks(Database &db, const char *sql, int headCount, const QStringList &keys,
               const std::function<void(Statement &)> &bindHead, const std::function<Error(Statement &)> &each)
{
    const int chunk = Statement::kMaxInList - headCount;
    for (qsizetype from = 0; from < keys.size(); from += chunk) {
        const QStringList part = keys.mid(from, chunk);
        Statement st(db, (QByteArray(sql) + " IN " + Statement::inList(int(part.size()))).constData());
        bindHead(st);
        for (int i = 0; i < part.size(); ++i)
            st.bind(headCount + i + 1, part[i]);
        if (Error e = each(st); !e.ok())
            return e;
    }
    return {};
}
} // namespace

Result<QVector<SyncDirtyRow>> SyncLedgerStore::dirty(int limit)
{
    // Newest first: a device joining later pulls in the relay's order, so it gets this
    // week's records in its first pages and can show them while the years behind arrive.
    Statement st(m_db,
                 "SELECT kind, local_key, changed_ms FROM sync_dirty ORDER BY changed_ms DESC, kind, local_key LIMIT ?");
    st.bind(1, limit);
    QVector<SyncDirtyRow> out;
    while (st.next())
        out << SyncDirtyRow{st.text(0), st.text(1), st.integer(2)};
    if (!st.error().ok())
        return st.error();
    return out;
}

Result<std::optional<qint64>> SyncLedgerStore::dirtySince(const QString &kind, const QString &key)
{
    CachedStatement st = m_db.cached("SELECT changed_ms FROM sync_dirty WHERE kind = ? AND local_key = ?");
    st->bind(1, kind).bind(2, key);
    if (st->next())
        return std::optional<qint64>(st->integer(0));
    if (!st->error().ok())
        return st->error();
    return std::optional<qint64>();
}

Result<int> SyncLedgerStore::dirtyCount()
{
    Statement st(m_db, "SELECT count(*) FROM sync_dirty");
    if (!st.next())
        return st.error();
    return int(st.integer(0));
}

Error SyncLedgerStore::markDirty(const QString &kind, const QString &key, qint64 changedMs)
{
    if (Error e = dropDirty(kind, key); !e.ok())
        return e;
    CachedStatement st = m_db.cached("INSERT INTO sync_dirty VALUES (?, ?, ?)");
    st->bind(1, kind).bind(2, key).bind(3, changedMs);
    return st->run();
}

Error SyncLedgerStore::markInserted(const char *kind, const QString &key)
{
    {
        CachedStatement guard = m_db.cached("SELECT applying FROM sync_guard");
        if (!guard->next())
            return guard->error().ok() ? Error(ErrorCode::DatabaseCorrupt, QStringLiteral("no sync_guard row"))
                                       : guard->error();
        if (guard->integer(0) != 0)
            return {};
    }
    const QString kindText = QString::fromLatin1(kind);
    if (Error e = dropDirty(kindText, key); !e.ok())
        return e;
    CachedStatement st = m_db.cached("INSERT INTO sync_dirty VALUES (?, ?, " SAIB_SYNC_NOW_MS ")");
    st->bind(1, kindText).bind(2, key);
    return st->run();
}

Error SyncLedgerStore::markDirtyIfClean(const QString &kind, const QStringList &keys, qint64 changedMs)
{
    CachedStatement st = m_db.cached("INSERT OR IGNORE INTO sync_dirty VALUES (?, ?, ?)");
    for (const QString &key : keys) {
        st->reset();
        st->bind(1, kind).bind(2, key).bind(3, changedMs);
        if (Error e = st->run(); !e.ok())
            return e;
    }
    return st->prepareError();
}

Error SyncLedgerStore::clearDirtyMany(const QString &kind, const QStringList &keys, qint64 changedMs)
{
    return inChunks(
        m_db, "DELETE FROM sync_dirty WHERE kind = ? AND changed_ms = ? AND local_key", 2, keys,
        [&](Statement &st) { st.bind(1, kind).bind(2, changedMs); }, [](Statement &st) { return st.run(); });
}

Error SyncLedgerStore::dropDirty(const QString &kind, const QString &key)
{
    CachedStatement st = m_db.cached("DELETE FROM sync_dirty WHERE kind = ? AND local_key = ?");
    st->bind(1, kind).bind(2, key);
    return st->run();
}

Result<QString> SyncLedgerStore::clockText(const QString &kind, const QString &key)
{
    CachedStatement st = m_db.cached("SELECT clock FROM sync_records WHERE kind = ? AND local_key = ?");
    st->bind(1, kind).bind(2, key);
    if (st->next())
        return st->text(0);
    if (!st->error().ok())
        return st->error();
    return QString();
}

Result<QHash<QString, QString>> SyncLedgerStore::clockTexts(const QString &kind, const QStringList &keys)
{
    QHash<QString, QString> out;
    Error e = inChunks(
        m_db, "SELECT local_key, clock FROM sync_records WHERE kind = ? AND local_key", 1, keys,
        [&](Statement &st) { st.bind(1, kind); },
        [&](Statement &st) {
            while (st.next())
                out.insert(st.text(0), st.text(1));
            return st.error();
        });
    if (!e.ok())
        return e;
    return out;
}

Error SyncLedgerStore::setClockText(const QString &kind, const QString &key, const QString &clock)
{
    CachedStatement del = m_db.cached("DELETE FROM sync_records WHERE kind = ? AND local_key = ?");
    del->bind(1, kind).bind(2, key);
    if (Error e = del->run(); !e.ok())
        return e;
    CachedStatement st = m_db.cached("INSERT INTO sync_records VALUES (?, ?, ?)");
    st->bind(1, kind).bind(2, key).bind(3, clock);
    return st->run();
}

Error SyncLedgerStore::setClockTexts(const QString &kind, const QStringList &keys, const QStringList &clocks)
{
    // The old rows go in a few statements; the new ones go in one row at a time (a
    // prepared single-row INSERT is cheap, and a multi-row one keeps a statement journal).
    Error dropped = inChunks(
        m_db, "DELETE FROM sync_records WHERE kind = ? AND local_key", 1, keys,
        [&](Statement &st) { st.bind(1, kind); }, [](Statement &st) { return st.run(); });
    if (!dropped.ok())
        return dropped;
    CachedStatement st = m_db.cached("INSERT INTO sync_records VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        st->reset();
        st->bind(1, kind).bind(2, keys[i]).bind(3, clocks[i]);
        if (Error e = st->run(); !e.ok())
            return e;
    }
    return st->prepareError();
}

Error SyncLedgerStore::setApplying(bool applying)
{
    return m_db.exec(applying ? "UPDATE sync_guard SET applying = 1" : "UPDATE sync_guard SET applying = 0");
}

Result<QString> SyncLedgerStore::text(const QString &key)
{
    CachedStatement st = m_db.cached("SELECT value FROM sync_state WHERE key = ?");
    st->bind(1, key);
    if (st->next())
        return st->text(0);
    if (!st->error().ok())
        return st->error();
    return QString();
}

Error SyncLedgerStore::dropState(const QString &key)
{
    CachedStatement del = m_db.cached("DELETE FROM sync_state WHERE key = ?");
    del->bind(1, key);
    return del->run();
}

Error SyncLedgerStore::setText(const QString &key, const QString &value)
{
    if (Error e = dropState(key); !e.ok())
        return e;
    CachedStatement st = m_db.cached("INSERT INTO sync_state VALUES (?, ?)");
    st->bind(1, key).bind(2, value);
    return st->run();
}

Result<std::optional<SecureBuffer>> SyncLedgerStore::secret(const QString &key)
{
    Statement st(m_db, "SELECT value FROM sync_state WHERE key = ?");
    st.bind(1, key);
    if (!st.next()) {
        if (!st.error().ok())
            return st.error();
        return std::optional<SecureBuffer>();
    }
    QByteArray bytes = st.blob(0);
    SecureBuffer out = SecureBuffer::fromBytes(bytes.constData(), std::size_t(bytes.size()));
    sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    return std::optional<SecureBuffer>(std::move(out));
}

Error SyncLedgerStore::setSecret(const QString &key, const SecureBuffer &value)
{
    if (Error e = dropState(key); !e.ok())
        return e;
    Statement st(m_db, "INSERT INTO sync_state VALUES (?, ?)");
    st.bind(1, key);
    st.bind(2, QByteArray::fromRawData(reinterpret_cast<const char *>(value.data()), qsizetype(value.size())));
    return st.run();
}

Error SyncLedgerStore::clearState() { return m_db.exec("DELETE FROM sync_state; DELETE FROM sync_records;"); }

} // namespace saib

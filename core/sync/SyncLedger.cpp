#include "SyncLedger.h"
#include "SyncRecords.h"

#include <core/store/Database.h>
#include <core/store/Statement.h>

#include <sodium.h>

namespace saib::sync {

using protocol::HlcTimestamp;

Result<QVector<DirtyRecord>> SyncLedger::dirty(int limit)
{
    // Newest first: a device joining later pulls in the relay's order, so it gets this
    // week's records in its first pages and can show them while the years behind arrive.
    Statement st(m_db.handle(),
                 "SELECT kind, local_key, changed_ms FROM sync_dirty ORDER BY changed_ms DESC, kind, local_key LIMIT ?");
    st.bind(1, limit);
    QVector<DirtyRecord> out;
    while (st.next())
        out << DirtyRecord{st.text(0), st.text(1), st.integer(2)};
    if (!st.error().ok())
        return st.error();
    return out;
}

Result<std::optional<DirtyRecord>> SyncLedger::dirtyFor(const QString &kind, const QString &key)
{
    Statement st(m_db.handle(), "SELECT changed_ms FROM sync_dirty WHERE kind = ? AND local_key = ?");
    st.bind(1, kind).bind(2, key);
    if (st.next())
        return std::optional<DirtyRecord>(DirtyRecord{kind, key, st.integer(0)});
    if (!st.error().ok())
        return st.error();
    return std::optional<DirtyRecord>();
}

Result<int> SyncLedger::pendingCount()
{
    Statement st(m_db.handle(), "SELECT count(*) FROM sync_dirty");
    if (!st.next())
        return st.error();
    return int(st.integer(0));
}

Error SyncLedger::markDirty(const QString &kind, const QString &key, qint64 changedMs)
{
    Statement st(m_db.handle(), "INSERT OR REPLACE INTO sync_dirty VALUES (?, ?, ?)");
    st.bind(1, kind).bind(2, key).bind(3, changedMs);
    return st.run();
}

Error SyncLedger::markEverything(qint64 nowMs)
{
    Statement st(m_db.handle(), "INSERT OR IGNORE INTO sync_dirty VALUES (?, ?, ?)");
    for (const QString &kind : syncedKinds()) {
        auto keys = allKeys(m_db, kind);
        if (!keys.ok())
            return keys.error();
        for (const QString &key : keys.value()) {
            st.reset();
            st.bind(1, kind).bind(2, key).bind(3, nowMs);
            if (Error e = st.run(); !e.ok())
                return e;
        }
    }
    return {};
}

Result<int> SyncLedger::recordCount()
{
    int count = 0;
    for (const QString &kind : syncedKinds()) {
        auto keys = allKeys(m_db, kind);
        if (!keys.ok())
            return keys.error();
        count += keys.value().size();
    }
    return count;
}

Error SyncLedger::clearDirty(const DirtyRecord &pushed)
{
    Statement st(m_db.handle(), "DELETE FROM sync_dirty WHERE kind = ? AND local_key = ? AND changed_ms = ?");
    st.bind(1, pushed.kind).bind(2, pushed.key).bind(3, pushed.changedMs);
    return st.run();
}

Error SyncLedger::dropDirty(const QString &kind, const QString &key)
{
    Statement st(m_db.handle(), "DELETE FROM sync_dirty WHERE kind = ? AND local_key = ?");
    st.bind(1, kind).bind(2, key);
    return st.run();
}

Result<std::optional<HlcTimestamp>> SyncLedger::knownClock(const QString &kind, const QString &key)
{
    Statement st(m_db.handle(), "SELECT clock FROM sync_records WHERE kind = ? AND local_key = ?");
    st.bind(1, kind).bind(2, key);
    if (!st.next()) {
        if (!st.error().ok())
            return st.error();
        return std::optional<HlcTimestamp>();
    }
    auto clock = HlcTimestamp::parse(st.text(0));
    if (!clock.ok())
        return Error(ErrorCode::DatabaseCorrupt, QStringLiteral("bad clock in sync_records"));
    return std::optional<HlcTimestamp>(clock.value());
}

Error SyncLedger::setKnownClock(const QString &kind, const QString &key, const HlcTimestamp &clock)
{
    Statement st(m_db.handle(), "INSERT OR REPLACE INTO sync_records VALUES (?, ?, ?)");
    st.bind(1, kind).bind(2, key).bind(3, clock.toString());
    return st.run();
}

Error SyncLedger::setApplying(bool applying)
{
    return m_db.exec(applying ? "UPDATE sync_guard SET applying = 1" : "UPDATE sync_guard SET applying = 0");
}

Result<QString> SyncLedger::text(const QString &key)
{
    Statement st(m_db.handle(), "SELECT value FROM sync_state WHERE key = ?");
    st.bind(1, key);
    if (st.next())
        return st.text(0);
    if (!st.error().ok())
        return st.error();
    return QString();
}

Error SyncLedger::setText(const QString &key, const QString &value)
{
    Statement st(m_db.handle(), "INSERT OR REPLACE INTO sync_state VALUES (?, ?)");
    st.bind(1, key).bind(2, value);
    return st.run();
}

Result<std::optional<SecureBuffer>> SyncLedger::secret(const QString &key)
{
    Statement st(m_db.handle(), "SELECT value FROM sync_state WHERE key = ?");
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

Error SyncLedger::setSecret(const QString &key, const SecureBuffer &value)
{
    Statement st(m_db.handle(), "INSERT OR REPLACE INTO sync_state VALUES (?, ?)");
    st.bind(1, key);
    st.bind(2, QByteArray::fromRawData(reinterpret_cast<const char *>(value.data()), qsizetype(value.size())));
    return st.run();
}

Error SyncLedger::clearAll()
{
    return m_db.exec("DELETE FROM sync_state; DELETE FROM sync_records;");
}

HlcTimestamp localChangeClock(qint64 changedMs, const std::optional<HlcTimestamp> &replaced,
                              const QString &deviceId)
{
    HlcTimestamp clock{changedMs, 0, deviceId};
    if (replaced && !(*replaced < clock))
        clock = HlcTimestamp{replaced->wallMs, replaced->counter + 1, deviceId};
    return clock;
}

} // namespace saib::sync

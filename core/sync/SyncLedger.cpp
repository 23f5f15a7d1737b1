#include "SyncLedger.h"
#include "SyncRecords.h"

#include <core/store/Database.h>

#include <QHash>

namespace saib::sync {

using protocol::HlcTimestamp;

Result<QVector<DirtyRecord>> SyncLedger::dirty(int limit)
{
    auto rows = m_rows.dirty(limit);
    if (!rows.ok())
        return rows.error();
    QVector<DirtyRecord> out;
    out.reserve(rows.value().size());
    for (const SyncDirtyRow &r : rows.value())
        out << DirtyRecord{r.kind, r.key, r.changedMs};
    return out;
}

Result<std::optional<DirtyRecord>> SyncLedger::dirtyFor(const QString &kind, const QString &key)
{
    auto since = m_rows.dirtySince(kind, key);
    if (!since.ok())
        return since.error();
    if (!since.value())
        return std::optional<DirtyRecord>();
    return std::optional<DirtyRecord>(DirtyRecord{kind, key, *since.value()});
}

Result<int> SyncLedger::pendingCount() { return m_rows.dirtyCount(); }

Error SyncLedger::markDirty(const QString &kind, const QString &key, qint64 changedMs)
{
    return m_rows.markDirty(kind, key, changedMs);
}

Error SyncLedger::markEverything(qint64 nowMs)
{
    for (const QString &kind : syncedKinds()) {
        auto keys = allKeys(m_db, kind);
        if (!keys.ok())
            return keys.error();
        if (Error e = m_rows.markDirtyIfClean(kind, keys.value(), nowMs); !e.ok())
            return e;
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

Error SyncLedger::markPushed(const QVector<DirtyRecord> &pushed, const QVector<HlcTimestamp> &clocks)
{
    // A few statements per kind rather than two per record.
    struct Group {
        QStringList keys, clocks;
        QHash<qint64, QStringList> byChange; // keys by the time they were marked
    };
    QHash<QString, Group> groups;
    for (int i = 0; i < pushed.size(); ++i) {
        Group &g = groups[pushed[i].kind];
        g.keys << pushed[i].key;
        g.clocks << clocks[i].toString();
        g.byChange[pushed[i].changedMs] << pushed[i].key;
    }
    return m_db.transaction([&]() -> Error {
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            for (auto c = it->byChange.cbegin(); c != it->byChange.cend(); ++c)
                if (Error e = m_rows.clearDirtyMany(it.key(), c.value(), c.key()); !e.ok())
                    return e;
            if (Error e = m_rows.setClockTexts(it.key(), it->keys, it->clocks); !e.ok())
                return e;
        }
        return {};
    });
}

Error SyncLedger::dropDirty(const QString &kind, const QString &key) { return m_rows.dropDirty(kind, key); }

Result<std::optional<HlcTimestamp>> SyncLedger::knownClock(const QString &kind, const QString &key)
{
    auto text = m_rows.clockText(kind, key);
    if (!text.ok())
        return text.error();
    if (text.value().isEmpty())
        return std::optional<HlcTimestamp>();
    auto clock = HlcTimestamp::parse(text.value());
    if (!clock.ok())
        return Error(ErrorCode::DatabaseCorrupt, QStringLiteral("bad clock in sync_records"));
    return std::optional<HlcTimestamp>(clock.value());
}

Result<QVector<std::optional<HlcTimestamp>>> SyncLedger::knownClocks(const QString &kind, const QStringList &keys)
{
    auto texts = m_rows.clockTexts(kind, keys);
    if (!texts.ok())
        return texts.error();
    QVector<std::optional<HlcTimestamp>> out;
    out.reserve(keys.size());
    for (const QString &key : keys) {
        const QString text = texts.value().value(key);
        if (text.isEmpty()) {
            out << std::nullopt;
            continue;
        }
        auto clock = HlcTimestamp::parse(text);
        if (!clock.ok())
            return Error(ErrorCode::DatabaseCorrupt, QStringLiteral("bad clock in sync_records"));
        out << clock.value();
    }
    return out;
}

Error SyncLedger::setKnownClock(const QString &kind, const QString &key, const HlcTimestamp &clock)
{
    return m_rows.setClockText(kind, key, clock.toString());
}

Error SyncLedger::setApplying(bool applying) { return m_rows.setApplying(applying); }

Result<QString> SyncLedger::text(const QString &key) { return m_rows.text(key); }

Error SyncLedger::setText(const QString &key, const QString &value) { return m_rows.setText(key, value); }

Result<std::optional<SecureBuffer>> SyncLedger::secret(const QString &key) { return m_rows.secret(key); }

Error SyncLedger::setSecret(const QString &key, const SecureBuffer &value) { return m_rows.setSecret(key, value); }

Error SyncLedger::clearAll() { return m_rows.clearState(); }

HlcTimestamp localChangeClock(qint64 changedMs, const std::optional<HlcTimestamp> &replaced,
                              const QString &deviceId)
{
    HlcTimestamp clock{changedMs, 0, deviceId};
    if (replaced && !(*replaced < clock))
        clock = HlcTimestamp{replaced->wallMs, replaced->counter + 1, deviceId};
    return clock;
}

} // namespace saib::sync

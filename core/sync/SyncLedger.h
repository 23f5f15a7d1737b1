#pragma once
// Sync bookkeeping inside the encrypted database: which records changed here and not yet
// pushed, the clock of the version each record is at, and this device's sync settings
// and secrets (identity seed, sync key). The rows are core/store's SyncLedgerStore; this
// gives them their meaning. All calls run inside the caller's transaction if one is open.
#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>
#include <core/protocol/Hlc.h>
#include <core/store/SyncLedgerStore.h>

#include <QString>
#include <QVector>
#include <optional>

namespace saib {
class Database;
}

namespace saib::sync {

struct DirtyRecord {
    QString kind;
    QString key;
    qint64 changedMs = 0;
};

class SyncLedger {
public:
    explicit SyncLedger(Database &db) : m_db(db), m_rows(db) {}

    Result<QVector<DirtyRecord>> dirty(int limit);
    Result<std::optional<DirtyRecord>> dirtyFor(const QString &kind, const QString &key);
    Result<int> pendingCount();
    Error markDirty(const QString &kind, const QString &key, qint64 changedMs);
    // Marks every existing record, for the first push after sync is turned on.
    Error markEverything(qint64 nowMs);
    // How many records markEverything would mark (what joining an account would share).
    Result<int> recordCount();
    Error dropDirty(const QString &kind, const QString &key);
    // After the relay stored a batch, in one transaction: each record's clock becomes the
    // one pushed, and its mark is cleared unless it changed again meanwhile.
    Error markPushed(const QVector<DirtyRecord> &pushed, const QVector<protocol::HlcTimestamp> &clocks);

    Result<std::optional<protocol::HlcTimestamp>> knownClock(const QString &kind, const QString &key);
    Error setKnownClock(const QString &kind, const QString &key, const protocol::HlcTimestamp &clock);
    // knownClock() for many keys of one kind (one query), in their order.
    Result<QVector<std::optional<protocol::HlcTimestamp>>> knownClocks(const QString &kind, const QStringList &keys);

    // While true, local-change triggers are silent (pulled records are being applied).
    Error setApplying(bool applying);

    // sync_state values.
    Result<QString> text(const QString &key);
    Error setText(const QString &key, const QString &value);
    // nullopt when absent. Secrets go straight into secure memory.
    Result<std::optional<SecureBuffer>> secret(const QString &key);
    Error setSecret(const QString &key, const SecureBuffer &value);
    // Forgets the device's sync settings, secrets and bookkeeping (sync turned off).
    Error clearAll();

private:
    Database &m_db;
    SyncLedgerStore m_rows;
};

// The clock for pushing a local change: when it was made, but always after the version it
// replaced, so an edit made after seeing a version beats it even if this device's wall
// clock is behind.
protocol::HlcTimestamp localChangeClock(qint64 changedMs,
                                        const std::optional<protocol::HlcTimestamp> &replaced,
                                        const QString &deviceId);

} // namespace saib::sync

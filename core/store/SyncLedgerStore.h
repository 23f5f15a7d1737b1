#pragma once
// The rows of sync's bookkeeping (tables from migration 5), for core/sync's SyncLedger,
// which gives them their meaning (record clocks, secrets, what to push next):
//  - sync_dirty: records changed here and not yet pushed, with when they changed;
//  - sync_records: the clock text of the version each record is at;
//  - sync_state: this device's sync settings and secrets;
//  - sync_guard: whether pulled records are being applied (the triggers stay silent).
// Every call runs inside the caller's transaction when one is open.
//
// Rows are replaced with DELETE + INSERT, never INSERT OR REPLACE: a REPLACE (like any
// statement that may both write several rows and fail half-way) makes SQLite keep a
// statement journal, and SQLCipher 3.4.1 encrypts every page written to it, in memory
// or not (store migration 12 has the figures).
#include "../Error.h"
#include "../crypto/SecureBuffer.h"

#include <QHash>
#include <QString>
#include <QVector>
#include <optional>

// The database's clock in milliseconds since the epoch, as sync_dirty stores it: the
// sync triggers (core/store/Migrations.cpp) and markInserted() use the same expression.
#define SAIB_SYNC_NOW_MS "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"

namespace saib {

class Database;

struct SyncDirtyRow {
    QString kind;
    QString key;
    qint64 changedMs = 0;
};

class SyncLedgerStore {
public:
    explicit SyncLedgerStore(Database &db) : m_db(db) {}

    // Newest change first, at most `limit`.
    Result<QVector<SyncDirtyRow>> dirty(int limit);
    Result<std::optional<qint64>> dirtySince(const QString &kind, const QString &key);
    Result<int> dirtyCount();
    Error markDirty(const QString &kind, const QString &key, qint64 changedMs);
    // Marks each key not marked already.
    Error markDirtyIfClean(const QString &kind, const QStringList &keys, qint64 changedMs);
    Error dropDirty(const QString &kind, const QString &key);
    // A record just inserted by its store's put(), marked for the next push with the
    // database's time, unless pulled records are being applied: what the sync_*_ins
    // triggers did before store migration 12 (updates and deletes still have theirs).
    Error markInserted(const char *kind, const QString &key);
    // Clears the marks of these keys of one kind only where they still say `changedMs`
    // (a record changed again since it was pushed stays marked).
    Error clearDirtyMany(const QString &kind, const QStringList &keys, qint64 changedMs);

    // sync_records: empty when the record has no known version.
    Result<QString> clockText(const QString &kind, const QString &key);
    // clockText() for many keys of one kind in one query: key -> clock, known ones only.
    Result<QHash<QString, QString>> clockTexts(const QString &kind, const QStringList &keys);
    Error setClockText(const QString &kind, const QString &key, const QString &clock);
    // setClockText() for many keys of one kind (clocks[i] for keys[i]), in a few statements.
    Error setClockTexts(const QString &kind, const QStringList &keys, const QStringList &clocks);

    Error setApplying(bool applying);

    // sync_state
    Result<QString> text(const QString &key);
    Error setText(const QString &key, const QString &value);
    Result<std::optional<SecureBuffer>> secret(const QString &key);
    Error setSecret(const QString &key, const SecureBuffer &value);
    // Forgets sync_state and sync_records.
    Error clearState();

private:
    // The first half of replacing a sync_state row (see the note at the top).
    Error dropState(const QString &key);

    Database &m_db;
};

} // namespace saib

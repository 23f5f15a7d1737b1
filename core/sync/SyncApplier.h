#pragma once
// Applies records pulled from the relay to the local store.
//
// Rules (DESIGN.md §5):
//  - A version at or before the one already held is ignored (replays and reorders are
//    harmless).
//  - Check-ins, ratings, skills and settings: last writer wins by clock. A local change
//    not yet pushed competes with its own clock (see localChangeClock).
//  - Journal entries never lose words: when both sides changed an entry, the local
//    version stays and the other device's version is kept beside it as a new entry whose
//    title says it is a copy; an edit beats a deletion.
//  - An envelope that fails to open (tampered, wrong key) or holds a malformed record is
//    counted as rejected and changes nothing. So is one under a retired key epoch that the
//    relay numbered after the epoch was closed (written with a removed device's old key),
//    and one that claims to come from a removed device.
//  - An envelope under an epoch retired before this device joined is skipped: the device
//    that rotated the key has re-sealed its record under the new epoch.
// A page is applied in one transaction together with its cursor, so a crash never leaves
// half a page or a cursor ahead of what was applied.
#include "KeyRing.h"
#include "SyncLedger.h"
#include "SyncOpener.h"
#include "SyncPayload.h"

#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>
#include <core/protocol/Envelope.h>

#include <QList>
#include <QStringList>
#include <functional>

namespace saib {
class Database;
}

namespace saib::sync {

struct ApplyReport {
    int applied = 0;   // remote versions written here
    int unchanged = 0; // already held, older, or the same as here
    int keptLocal = 0; // a newer local change won
    int conflicts = 0; // journal entries kept in two versions
    int rejected = 0;  // failed to open or malformed; nothing applied
    Error firstRejection;

    ApplyReport &operator+=(const ApplyReport &o);
};

class SyncApplier {
public:
    // `conflictTitle` turns an entry's title into the title of its conflict copy (in the
    // user's language).
    SyncApplier(Database &db, const SecureBuffer &syncKey, QString deviceId,
                std::function<QString(const QString &)> conflictTitle);
    SyncApplier(Database &db, const KeyRing &keys, QString deviceId,
                std::function<QString(const QString &)> conflictTitle);
    // Only for records already opened (SyncOpener): it holds no key, and would reject
    // every envelope given to apply() as under an unknown epoch.
    SyncApplier(Database &db, QString deviceId, std::function<QString(const QString &)> conflictTitle);

    // Applies one page and stores `nextCursor` in the same transaction.
    Result<ApplyReport> apply(const QList<protocol::Envelope> &page, qint64 nextCursor);
    // The same for a page opened beforehand (on another thread): only the merge and the
    // writes are left, with the same counts as apply() on the envelopes themselves.
    Result<ApplyReport> apply(const QVector<OpenedRecord> &page, qint64 nextCursor);

private:
    // One attempt at a page, in one transaction. `isolate`: each record in its own
    // savepoint, so a refused one is skipped alone; otherwise any refusal fails it.
    Result<ApplyReport> applyPage(const QVector<OpenedRecord> &page, qint64 nextCursor, bool isolate);
    Error applyOne(const OpenedRecord &record, ApplyReport &report, bool isolate);
    Error decideAndWrite(const protocol::HlcTimestamp &clock, const RecordPayload &remote,
                         ApplyReport &report);
    Error writeConflictCopy(const RecordPayload &remote);
    // Remembers a record written without its search terms, for apply() to index in bulk.
    void noteUnindexed(const RecordPayload &written);

    Database &m_db;
    SyncLedger m_ledger;
    SyncOpener m_opener; // for apply() on envelopes
    QString m_deviceId;
    std::function<QString(const QString &)> m_conflictTitle;
    // Written by the page being applied and not yet in the search index.
    QStringList m_unindexedEntries, m_unindexedCheckins;
    // No record has a local change waiting (sync_dirty empty when the page began).
    bool m_nothingPending = false;
};

} // namespace saib::sync

#include "SyncApplier.h"
#include "SyncPayload.h"
#include "SyncRecords.h"
#include "SyncStateKeys.h"

#include <core/model/JournalEntry.h>
#include <core/store/Database.h>
#include <core/store/SearchIndex.h>

#include <QDateTime>
#include <QUuid>

namespace saib::sync {

using protocol::Envelope;
using protocol::HlcTimestamp;

namespace {

// A record's content, without the time it was last saved (two identical edits are not
// a conflict).
QJsonObject content(const QJsonObject &data)
{
    QJsonObject out = data;
    QJsonObject row = out.value(QStringLiteral("row")).toObject();
    row.remove(QStringLiteral("updated_at"));
    out.insert(QStringLiteral("row"), row);
    return out;
}

bool sameContent(const std::optional<QJsonObject> &a, const std::optional<QJsonObject> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || content(*a) == content(*b);
}

} // namespace

ApplyReport &ApplyReport::operator+=(const ApplyReport &o)
{
    applied += o.applied;
    unchanged += o.unchanged;
    keptLocal += o.keptLocal;
    conflicts += o.conflicts;
    rejected += o.rejected;
    if (firstRejection.ok())
        firstRejection = o.firstRejection;
    return *this;
}

namespace {
KeyRing singleKey(const SecureBuffer &syncKey)
{
    KeyRing ring;
    ring.keys.emplace(0, SecureBuffer::fromBytes(reinterpret_cast<const char *>(syncKey.data()), syncKey.size()));
    return ring;
}
} // namespace

SyncApplier::SyncApplier(Database &db, const SecureBuffer &syncKey, QString deviceId,
                         std::function<QString(const QString &)> conflictTitle)
    : m_db(db), m_ledger(db), m_opener(singleKey(syncKey)), m_deviceId(std::move(deviceId)),
      m_conflictTitle(std::move(conflictTitle))
{
}

SyncApplier::SyncApplier(Database &db, const KeyRing &keys, QString deviceId,
                         std::function<QString(const QString &)> conflictTitle)
    : m_db(db), m_ledger(db), m_opener(keys), m_deviceId(std::move(deviceId)),
      m_conflictTitle(std::move(conflictTitle))
{
}

SyncApplier::SyncApplier(Database &db, QString deviceId, std::function<QString(const QString &)> conflictTitle)
    : m_db(db), m_ledger(db), m_opener(KeyRing()), m_deviceId(std::move(deviceId)),
      m_conflictTitle(std::move(conflictTitle))
{
}

Result<ApplyReport> SyncApplier::apply(const QList<Envelope> &page, qint64 nextCursor)
{
    return apply(m_opener.open(page), nextCursor);
}

Result<ApplyReport> SyncApplier::apply(const QVector<OpenedRecord> &page, qint64 nextCursor)
{
    // The whole page in one transaction with no savepoint inside: a savepoint makes SQLite
    // copy every page it then changes to a statement journal, and SQLCipher 3.4.1 encrypts
    // each copy (a fifth of a first sync's page encryptions). One per record also made
    // FTS4 write a segment per record. Only when the schema refuses a record is that
    // transaction rolled back and the page applied again with each record in its own
    // savepoint, so that one is skipped alone.
    auto whole = applyPage(page, nextCursor, false);
    if (whole.ok() || whole.error().code != ErrorCode::SyncMalformed)
        return whole; // a storage failure stops the page
    return applyPage(page, nextCursor, true);
}

Result<ApplyReport> SyncApplier::applyPage(const QVector<OpenedRecord> &page, qint64 nextCursor, bool isolate)
{
    ApplyReport report;
    m_unindexedEntries.clear();
    m_unindexedCheckins.clear();
    Error e = m_db.transaction([&]() -> Error {
        if (Error g = m_ledger.setApplying(true); !g.ok())
            return g;
        // With no local change waiting to be pushed (a fresh device, or one that has
        // pushed everything), no record of this page can have one either: the triggers are
        // quiet while applying, and only a conflict, which needs a local change, marks
        // anything. Then the per-record look-up and drop in sync_dirty are skipped.
        auto pending = m_ledger.pendingCount();
        if (!pending.ok())
            return pending.error();
        m_nothingPending = pending.value() == 0;
        for (const OpenedRecord &record : page)
            if (Error one = applyOne(record, report, isolate); !one.ok())
                return one;
        // Records are written without their search terms, then the page's are indexed in
        // one statement: FTS4 then writes one index segment per page, not one per record.
        // Only the records this page wrote are looked at (scanning the whole store for
        // unindexed ones at every page made a first sync quadratic).
        if (Error i = SearchIndex::indexRecords(m_db, m_unindexedEntries, m_unindexedCheckins); !i.ok())
            return i;
        if (Error g = m_ledger.setApplying(false); !g.ok())
            return g;
        return m_ledger.setText(stateKeys::cursor, QString::number(nextCursor));
    });
    if (!e.ok())
        return e;
    return report;
}

Error SyncApplier::applyOne(const OpenedRecord &record, ApplyReport &report, bool isolate)
{
    auto reject = [&](const Error &why) {
        ++report.rejected;
        if (report.firstRejection.ok())
            report.firstRejection = why;
        return Error();
    };
    // Opened (and checked against the keys) by SyncOpener, on whichever thread.
    if (record.outcome == OpenedRecord::Outcome::Skip) {
        ++report.unchanged; // retired before this device joined; re-sealed since
        return Error();
    }
    if (record.outcome != OpenedRecord::Outcome::Write)
        return reject(record.rejection);
    const HlcTimestamp &clock = record.clock;
    const RecordPayload &remote = record.payload;

    // Without `isolate` a refused record fails the page's transaction (see apply()).
    if (!isolate)
        return decideAndWrite(clock, remote, report);
    if (Error s = m_db.exec("SAVEPOINT sync_record"); !s.ok())
        return s;
    Error written = decideAndWrite(clock, remote, report);
    if (written.ok())
        return m_db.exec("RELEASE sync_record");
    if (Error r = m_db.exec("ROLLBACK TO sync_record; RELEASE sync_record"); !r.ok())
        return r;
    if (written.code == ErrorCode::SyncMalformed)
        return reject(written);
    return written; // a storage failure stops the page
}

Error SyncApplier::decideAndWrite(const HlcTimestamp &clock, const RecordPayload &remote,
                                  ApplyReport &report)
{
    auto known = m_ledger.knownClock(remote.kind, remote.key);
    if (!known.ok())
        return known.error();
    if (known.value() && !(*known.value() < clock)) {
        ++report.unchanged;
        return {};
    }
    auto pending = m_nothingPending ? Result<std::optional<DirtyRecord>>(std::optional<DirtyRecord>())
                                    : m_ledger.dirtyFor(remote.kind, remote.key);
    if (!pending.ok())
        return pending.error();

    auto takeRemote = [&]() -> Error {
        if (Error w = writeRecord(m_db, remote.kind, remote.key, remote.data, PutOptions{false}); !w.ok())
            return w;
        noteUnindexed(remote);
        if (pending.value()) // else there is no mark to drop
            if (Error d = m_ledger.dropDirty(remote.kind, remote.key); !d.ok())
                return d;
        ++report.applied;
        return m_ledger.setKnownClock(remote.kind, remote.key, clock);
    };
    // The local version stays and will be pushed later with a clock after `clock`.
    auto keepLocal = [&]() -> Error {
        ++report.keptLocal;
        return m_ledger.setKnownClock(remote.kind, remote.key, clock);
    };

    if (!pending.value())
        return takeRemote();

    auto local = readRecord(m_db, remote.kind, remote.key);
    if (!local.ok())
        return local.error();
    if (sameContent(local.value(), remote.data)) {
        ++report.unchanged;
        if (Error d = m_ledger.dropDirty(remote.kind, remote.key); !d.ok())
            return d;
        return m_ledger.setKnownClock(remote.kind, remote.key, clock);
    }
    if (remote.kind == kinds::entry) {
        if (!local.value())
            return takeRemote(); // edited there, deleted here: keep the words
        if (!remote.data)
            return keepLocal();  // deleted there, edited here: keep the words
        if (Error c = writeConflictCopy(remote); !c.ok())
            return c;
        ++report.conflicts;
        return m_ledger.setKnownClock(remote.kind, remote.key, clock);
    }
    const HlcTimestamp mine = localChangeClock(pending.value()->changedMs, known.value(), m_deviceId);
    return mine < clock ? takeRemote() : keepLocal();
}

void SyncApplier::noteUnindexed(const RecordPayload &written)
{
    if (!written.data)
        return; // a deletion: its index entry went with the record
    if (written.kind == kinds::entry)
        m_unindexedEntries << written.key;
    else if (written.kind == kinds::checkin) // keyed by day; the index knows it by id
        m_unindexedCheckins << written.data->value(QStringLiteral("row")).toObject().value(QStringLiteral("id")).toString();
}

Error SyncApplier::writeConflictCopy(const RecordPayload &remote)
{
    QJsonObject data = *remote.data;
    QJsonObject row = data.value(QStringLiteral("row")).toObject();
    const QString copyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.insert(QStringLiteral("id"), copyId);
    const QString title = row.value(QStringLiteral("title")).toString();
    QString copyTitle = m_conflictTitle(title);
    if (copyTitle.size() > kMaxTitleLength) // the copy must pass validate() like any entry
        copyTitle = m_conflictTitle(title.left(qMax(0, title.size() - (copyTitle.size() - kMaxTitleLength))));
    row.insert(QStringLiteral("title"), copyTitle);
    data.insert(QStringLiteral("row"), row);
    if (Error w = writeRecord(m_db, kinds::entry, copyId, data, PutOptions{false}); !w.ok())
        return w;
    m_unindexedEntries << copyId;
    // The copy is new here and goes to every other device with the next push.
    return m_ledger.markDirty(kinds::entry, copyId, QDateTime::currentMSecsSinceEpoch());
}

} // namespace saib::sync

#include "SqlRelayStore.h"

#include <core/crypto/Sodium.h>
#include <core/protocol/Base64Url.h>

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

namespace saib::relay {

namespace {
// 2: pairing_slots (CPace) instead of pairings; 3: key epochs (epoch columns, epoch_grants);
// 4: version ids instead of clear clocks (pushed_by, superseded_versions);
// 5: accounts.stored_bytes, so the quota check does not sum every envelope on each push
constexpr int kSchemaVersion = 5;
// Long enough for the hourly registration window (RelayServer::registerAccount).
constexpr qint64 kRateWindowKeepMs = 2 * 60 * 60 * 1000;
// Arbitrary constant naming the advisory lock that serialises schema creation when
// several relays start at once on one PostgreSQL database.
constexpr qint64 kSchemaLockId = 0x5a1b0005;

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace

SqlRelayStore::SqlRelayStore() : m_db(QStringLiteral("saib-relay")) {}

SqlRelayStore::~SqlRelayStore() = default;

Error SqlRelayStore::open(const DatabaseUrl &url)
{
    if (Error e = m_db.open(url))
        return e;
    if (!m_db.isPostgres())
        if (Error e = execRaw(QStringLiteral("PRAGMA foreign_keys=ON")))
            return Error(ErrorCode::DatabaseOpenFailed, e.detail);
    return createSchema();
}

SqlStatement SqlRelayStore::prepare(const QString &sql) { return m_db.prepare(sql); }
Error SqlRelayStore::exec(QSqlQuery &query) { return m_db.exec(query); }
Error SqlRelayStore::execRaw(const QString &sql) { return m_db.execRaw(sql); }

Error SqlRelayStore::createSchema()
{
    Error e = m_db.transaction([this]() -> Error {
        if (m_db.dialect().isPostgres()) {
            if (Error l = execRaw(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLockId)))
                return l;
        }
        for (const QString &sql : m_db.dialect().schema()) {
            if (Error c = execRaw(sql))
                return c;
        }
        auto ins = prepare(QStringLiteral(
            "INSERT INTO relay_meta (key, value) VALUES ('schema_version', :v) ON CONFLICT (key) DO NOTHING"));
        ins.bindValue(QStringLiteral(":v"), QString::number(kSchemaVersion));
        if (Error i = exec(ins))
            return i;
        auto sel = prepare(QStringLiteral("SELECT value FROM relay_meta WHERE key = 'schema_version'"));
        if (Error q = exec(sel))
            return q;
        if (!sel.next())
            return Error(ErrorCode::DatabaseCorrupt, QStringLiteral("no schema version"));
        const int version = sel.value(0).toString().toInt();
        sel.finish();
        if (version > kSchemaVersion)
            return Error(ErrorCode::DatabaseTooNew, QStringLiteral("relay database is from a newer saib-relay"));
        const QStringList migrations[] = {m_db.dialect().migrationTo3(), m_db.dialect().migrationTo4(),
                                          m_db.dialect().migrationTo5()};
        for (int to = 3; to <= kSchemaVersion; ++to) {
            if (version >= to)
                continue;
            for (const QString &sql : migrations[to - 3])
                if (Error m = execRaw(sql))
                    return m;
        }
        if (version < kSchemaVersion) {
            auto up = prepare(QStringLiteral("UPDATE relay_meta SET value = :v WHERE key = 'schema_version'"));
            up.bindValue(QStringLiteral(":v"), QString::number(kSchemaVersion));
            if (Error u = exec(up))
                return u;
        }
        return {};
    });
    if (e.code == ErrorCode::DatabaseTooNew)
        return e;
    if (e)
        return Error(ErrorCode::DatabaseOpenFailed, e.detail);
    return {};
}

Error SqlRelayStore::registerAccount(const DeviceRecord &d)
{
    return m_db.transaction([&]() -> Error {
        auto acc = prepare(QStringLiteral(
            "INSERT INTO accounts (account_id, created_at) VALUES (:a, :t) ON CONFLICT (account_id) DO NOTHING"));
        acc.bindValue(QStringLiteral(":a"), d.accountId);
        acc.bindValue(QStringLiteral(":t"), d.createdAtMs);
        if (Error e = exec(acc))
            return e;
        if (acc.numRowsAffected() != 1)
            return Error(ErrorCode::RelayConflict, QStringLiteral("account exists"));
        auto dev = prepare(QStringLiteral(
            "INSERT INTO devices (account_id, device_id, public_key, revoked, created_at)"
            " VALUES (:a, :d, :k, 0, :t)"));
        dev.bindValue(QStringLiteral(":a"), d.accountId);
        dev.bindValue(QStringLiteral(":d"), d.deviceId);
        dev.bindValue(QStringLiteral(":k"), d.publicKey);
        dev.bindValue(QStringLiteral(":t"), d.createdAtMs);
        return exec(dev);
    });
}

namespace {
DeviceRecord deviceFrom(const QSqlQuery &q, const QString &accountId)
{
    DeviceRecord d;
    d.accountId = accountId;
    d.deviceId = q.value(0).toString();
    d.publicKey = q.value(1).toByteArray();
    d.revoked = q.value(2).toInt() != 0;
    d.createdAtMs = q.value(3).toLongLong();
    return d;
}
} // namespace

Result<DeviceRecord> SqlRelayStore::device(const QString &accountId, const QString &deviceId)
{
    auto q = prepare(QStringLiteral(
        "SELECT device_id, public_key, revoked, created_at FROM devices"
        " WHERE account_id = :a AND device_id = :d"));
    q.bindValue(QStringLiteral(":a"), accountId);
    q.bindValue(QStringLiteral(":d"), deviceId);
    if (Error e = exec(q))
        return e;
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no such device"));
    return deviceFrom(q, accountId);
}

Result<QList<DeviceRecord>> SqlRelayStore::devices(const QString &accountId)
{
    auto q = prepare(QStringLiteral(
        "SELECT device_id, public_key, revoked, created_at FROM devices"
        " WHERE account_id = :a ORDER BY created_at, device_id"));
    q.bindValue(QStringLiteral(":a"), accountId);
    if (Error e = exec(q))
        return e;
    QList<DeviceRecord> out;
    while (q.next())
        out.append(deviceFrom(q, accountId));
    return out;
}

Error SqlRelayStore::revokeDevice(const QString &accountId, const QString &deviceId)
{
    auto q = prepare(QStringLiteral(
        "UPDATE devices SET revoked = 1 WHERE account_id = :a AND device_id = :d"));
    q.bindValue(QStringLiteral(":a"), accountId);
    q.bindValue(QStringLiteral(":d"), deviceId);
    if (Error e = exec(q))
        return e;
    if (q.numRowsAffected() != 1)
        return Error(ErrorCode::NotFound, QStringLiteral("no such device"));
    return {};
}

Error SqlRelayStore::putChallenge(const QString &challenge, const ChallengeRecord &r)
{
    auto q = prepare(QStringLiteral(
        "INSERT INTO challenges (challenge, account_id, device_id, expires_at) VALUES (:c, :a, :d, :e)"));
    q.bindValue(QStringLiteral(":c"), challenge);
    q.bindValue(QStringLiteral(":a"), r.accountId);
    q.bindValue(QStringLiteral(":d"), r.deviceId);
    q.bindValue(QStringLiteral(":e"), r.expiresAtMs);
    return exec(q);
}

Result<ChallengeRecord> SqlRelayStore::takeChallenge(const QString &challenge)
{
    // DELETE ... RETURNING makes the challenge single-use even with concurrent relays:
    // only one DELETE can return the row.
    auto q = prepare(QStringLiteral(
        "DELETE FROM challenges WHERE challenge = :c RETURNING account_id, device_id, expires_at"));
    q.bindValue(QStringLiteral(":c"), challenge);
    if (Error e = exec(q))
        return e;
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("unknown challenge"));
    ChallengeRecord r;
    r.accountId = q.value(0).toString();
    r.deviceId = q.value(1).toString();
    r.expiresAtMs = q.value(2).toLongLong();
    q.finish();
    return r;
}

Result<qint64> SqlRelayStore::storedBytes(const QString &accountId)
{
    auto q = prepare(QStringLiteral("SELECT stored_bytes FROM accounts WHERE account_id = :a"));
    q.bindValue(QStringLiteral(":a"), accountId);
    if (Error e = exec(q))
        return e;
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<AppendOutcome> SqlRelayStore::appendEnvelopes(const QString &accountId, const QString &deviceId,
                                                     const QList<protocol::Envelope> &envelopes,
                                                     qint64 quotaBytes)
{
    AppendOutcome out;
    if (envelopes.isEmpty())
        return out;
    Error failed = m_db.transaction([&]() -> Error {
        if (Error e = lockAccount(accountId))
            return e;
        // Held now, or held before and compacted away.
        auto held = prepare(QStringLiteral(
            "SELECT 1 FROM envelopes WHERE account_id = :a AND record_id = :r AND clock = :c"
            " UNION ALL SELECT 1 FROM superseded_versions WHERE account_id = :a2 AND record_id = :r2 AND version_key = :c2"));
        auto q = prepare(QStringLiteral(
            "INSERT INTO envelopes (account_id, record_id, kind, clock, ciphertext, epoch, pushed_by)"
            " VALUES (:a, :r, :k, :c, :x, :e, :d)"
            " ON CONFLICT (account_id, record_id, clock) DO NOTHING"));
        auto superseded = prepare(QStringLiteral(
            "DELETE FROM envelopes WHERE account_id = :a AND record_id = :r AND pushed_by = :d AND clock <> :c"
            " RETURNING clock, LENGTH(ciphertext)"));
        auto tomb = prepare(QStringLiteral(
            "INSERT INTO superseded_versions (account_id, record_id, version_key) VALUES (:a, :r, :c)"
            " ON CONFLICT (account_id, record_id, version_key) DO NOTHING"));
        qint64 addedBytes = 0;
        for (const protocol::Envelope &env : envelopes) {
            const QString version = env.versionKey();
            held.bindValue(QStringLiteral(":a"), accountId);
            held.bindValue(QStringLiteral(":r"), env.recordId);
            held.bindValue(QStringLiteral(":c"), version);
            held.bindValue(QStringLiteral(":a2"), accountId);
            held.bindValue(QStringLiteral(":r2"), env.recordId);
            held.bindValue(QStringLiteral(":c2"), version);
            if (Error e = exec(held))
                return e;
            const bool skip = held.next();
            held.finish();
            if (skip) {
                ++out.duplicates; // no insert attempted, so no sequence number used
                continue;
            }
            q.bindValue(QStringLiteral(":a"), accountId);
            q.bindValue(QStringLiteral(":r"), env.recordId);
            q.bindValue(QStringLiteral(":k"), env.kind);
            q.bindValue(QStringLiteral(":c"), version);
            q.bindValue(QStringLiteral(":x"), env.ciphertext);
            q.bindValue(QStringLiteral(":e"), env.epoch);
            q.bindValue(QStringLiteral(":d"), deviceId);
            if (Error e = exec(q))
                return e;
            if (q.numRowsAffected() != 1) {
                ++out.duplicates;
                continue;
            }
            ++out.accepted;
            addedBytes += env.ciphertext.size();
            superseded.bindValue(QStringLiteral(":a"), accountId);
            superseded.bindValue(QStringLiteral(":r"), env.recordId);
            superseded.bindValue(QStringLiteral(":d"), deviceId);
            superseded.bindValue(QStringLiteral(":c"), version);
            if (Error e = exec(superseded))
                return e;
            QStringList gone;
            while (superseded.next()) {
                gone << superseded.value(0).toString();
                addedBytes -= superseded.value(1).toLongLong();
            }
            superseded.finish();
            for (const QString &old : gone) {
                tomb.bindValue(QStringLiteral(":a"), accountId);
                tomb.bindValue(QStringLiteral(":r"), env.recordId);
                tomb.bindValue(QStringLiteral(":c"), old);
                if (Error e = exec(tomb))
                    return e;
            }
        }
        // The quota counts what is kept after compaction; the running total is kept on the
        // account row (under the same lock) rather than summed over every envelope.
        auto total = prepare(QStringLiteral(
            "UPDATE accounts SET stored_bytes = stored_bytes + :n WHERE account_id = :a RETURNING stored_bytes"));
        total.bindValue(QStringLiteral(":n"), addedBytes);
        total.bindValue(QStringLiteral(":a"), accountId);
        if (Error e = exec(total))
            return e;
        if (!total.next())
            return Error(ErrorCode::NotFound, QStringLiteral("no such account"));
        if (total.value(0).toLongLong() > quotaBytes)
            return Error(ErrorCode::RelayQuotaExceeded, QStringLiteral("account storage quota reached"));
        return {};
    });
    if (failed)
        return failed;
    return out;
}

Result<QList<protocol::Envelope>> SqlRelayStore::envelopesSince(const QString &accountId,
                                                                qint64 since, int limit)
{
    auto q = prepare(QStringLiteral(
        "SELECT seq, record_id, kind, clock, ciphertext, epoch FROM envelopes"
        " WHERE account_id = :a AND seq > :s ORDER BY seq LIMIT :l"));
    q.bindValue(QStringLiteral(":a"), accountId);
    q.bindValue(QStringLiteral(":s"), since);
    q.bindValue(QStringLiteral(":l"), limit);
    if (Error e = exec(q))
        return e;
    QList<protocol::Envelope> out;
    while (q.next()) {
        protocol::Envelope env;
        env.seq = q.value(0).toLongLong();
        env.recordId = q.value(1).toString();
        env.kind = q.value(2).toString();
        const QString version = q.value(3).toString();
        if (version.startsWith(QLatin1Char('~'))) {
            auto id = protocol::fromBase64Url(version.mid(1));
            if (!id || id->size() != protocol::kVersionIdSize)
                return Error(ErrorCode::DatabaseCorrupt, QStringLiteral("stored version id is malformed"));
            env.versionId = *id;
        } else { // stored before the clock moved inside the ciphertext
            auto clock = protocol::HlcTimestamp::parse(version);
            if (!clock.ok())
                return Error(ErrorCode::DatabaseCorrupt, QStringLiteral("stored clock is malformed"));
            env.clock = clock.take();
        }
        env.ciphertext = q.value(4).toByteArray();
        env.epoch = q.value(5).toInt();
        out.append(std::move(env));
    }
    return out;
}

Result<qint64> SqlRelayStore::headSeq(const QString &accountId)
{
    auto q = prepare(QStringLiteral(
        "SELECT MAX(h) FROM (SELECT MAX(seq) AS h FROM envelopes WHERE account_id = :a"
        " UNION ALL SELECT head_floor AS h FROM accounts WHERE account_id = :b) AS heads"));
    q.bindValue(QStringLiteral(":a"), accountId);
    q.bindValue(QStringLiteral(":b"), accountId);
    if (Error e = exec(q))
        return e;
    const qint64 head = q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : 0;
    q.finish();
    return head;
}

Error SqlRelayStore::lockAccount(const QString &accountId)
{
    const QString lock = m_db.dialect().lockAccountRow();
    if (lock.isEmpty())
        return {};
    auto l = prepare(lock);
    l.bindValue(QStringLiteral(":account"), accountId);
    if (Error e = exec(l))
        return e;
    l.finish();
    return {};
}

Result<int> SqlRelayStore::currentEpoch(const QString &accountId)
{
    auto q = prepare(QStringLiteral("SELECT MAX(epoch) FROM epoch_grants WHERE account_id = :a"));
    q.bindValue(QStringLiteral(":a"), accountId);
    if (Error e = exec(q))
        return e;
    const int epoch = q.next() && !q.value(0).isNull() ? q.value(0).toInt() : 0;
    q.finish();
    return epoch;
}

Error SqlRelayStore::addEpochGrants(const QString &accountId, int epoch,
                                    const QList<QPair<QString, QByteArray>> &grants)
{
    return m_db.transaction([&]() -> Error {
        // Two devices removing at once: the account lock makes one of them see the other's epoch.
        if (Error e = lockAccount(accountId))
            return e;
        auto current = currentEpoch(accountId);
        if (!current.ok())
            return current.error();
        if (epoch != current.value() + 1 && !(epoch == current.value() && epoch > 0))
            return Error(ErrorCode::RelayConflict,
                         QStringLiteral("epoch %1 is not next after %2").arg(epoch).arg(current.value()));
        auto q = prepare(QStringLiteral(
            "INSERT INTO epoch_grants (account_id, epoch, device_id, grant_blob) VALUES (:a, :e, :d, :g)"
            " ON CONFLICT (account_id, epoch, device_id) DO NOTHING"));
        for (const auto &[deviceId, blob] : grants) {
            q.bindValue(QStringLiteral(":a"), accountId);
            q.bindValue(QStringLiteral(":e"), epoch);
            q.bindValue(QStringLiteral(":d"), deviceId);
            q.bindValue(QStringLiteral(":g"), blob);
            if (Error e = exec(q))
                return e;
        }
        return {};
    });
}

Result<QList<QByteArray>> SqlRelayStore::epochGrants(const QString &accountId, const QString &deviceId)
{
    auto q = prepare(QStringLiteral(
        "SELECT grant_blob FROM epoch_grants WHERE account_id = :a AND device_id = :d ORDER BY epoch"));
    q.bindValue(QStringLiteral(":a"), accountId);
    q.bindValue(QStringLiteral(":d"), deviceId);
    if (Error e = exec(q))
        return e;
    QList<QByteArray> out;
    while (q.next())
        out.append(q.value(0).toByteArray());
    return out;
}

Result<qint64> SqlRelayStore::markMoved(const QString &accountId, const QString &deviceId, int epoch)
{
    qint64 dropped = 0;
    Error failed = m_db.transaction([&]() -> Error {
        if (Error e = lockAccount(accountId))
            return e;
        auto up = prepare(QStringLiteral(
            "UPDATE devices SET epoch = :e WHERE account_id = :a AND device_id = :d AND epoch < :e"));
        up.bindValue(QStringLiteral(":e"), epoch);
        up.bindValue(QStringLiteral(":a"), accountId);
        up.bindValue(QStringLiteral(":d"), deviceId);
        if (Error e = exec(up))
            return e;
        auto low = prepare(QStringLiteral(
            "SELECT MIN(epoch) FROM devices WHERE account_id = :a AND revoked = 0"));
        low.bindValue(QStringLiteral(":a"), accountId);
        if (Error e = exec(low))
            return e;
        const int lowest = low.next() && !low.value(0).isNull() ? low.value(0).toInt() : 0;
        low.finish();
        auto floor = prepare(QStringLiteral(
            "UPDATE accounts SET head_floor = (SELECT COALESCE(MAX(seq), 0) FROM envelopes WHERE account_id = :a)"
            " WHERE account_id = :b"));
        floor.bindValue(QStringLiteral(":a"), accountId);
        floor.bindValue(QStringLiteral(":b"), accountId);
        if (Error e = exec(floor))
            return e;
        auto drop = prepare(QStringLiteral("DELETE FROM envelopes WHERE account_id = :a AND epoch < :e"));
        drop.bindValue(QStringLiteral(":a"), accountId);
        drop.bindValue(QStringLiteral(":e"), lowest);
        if (Error e = exec(drop))
            return e;
        dropped = drop.numRowsAffected();
        if (dropped <= 0)
            return {};
        // Rare (once per key rotation), so the quota's running total is simply recounted.
        auto recount = prepare(QStringLiteral(
            "UPDATE accounts SET stored_bytes = (SELECT COALESCE(SUM(LENGTH(ciphertext)), 0) FROM envelopes"
            " WHERE account_id = :a) WHERE account_id = :b"));
        recount.bindValue(QStringLiteral(":a"), accountId);
        recount.bindValue(QStringLiteral(":b"), accountId);
        return exec(recount);
    });
    if (failed)
        return failed;
    return dropped;
}

Error SqlRelayStore::addDevice(const DeviceRecord &d)
{
    auto dev = prepare(QStringLiteral(
        "INSERT INTO devices (account_id, device_id, public_key, revoked, created_at)"
        " VALUES (:a, :d, :k, 0, :t) ON CONFLICT (account_id, device_id) DO NOTHING"));
    dev.bindValue(QStringLiteral(":a"), d.accountId);
    dev.bindValue(QStringLiteral(":d"), d.deviceId);
    dev.bindValue(QStringLiteral(":k"), d.publicKey);
    dev.bindValue(QStringLiteral(":t"), d.createdAtMs);
    if (Error e = exec(dev))
        return e;
    if (dev.numRowsAffected() != 1)
        return Error(ErrorCode::RelayConflict, QStringLiteral("device id already in account"));
    return {};
}

Error SqlRelayStore::createPairing(const PairingSlot &p)
{
    // An expired slot of the same name no longer blocks a new one.
    auto del = prepare(QStringLiteral("DELETE FROM pairing_slots WHERE slot = :s AND expires_at <= :n"));
    del.bindValue(QStringLiteral(":s"), p.slot);
    del.bindValue(QStringLiteral(":n"), nowMs());
    if (Error e = exec(del))
        return e;
    auto q = prepare(QStringLiteral(
        "INSERT INTO pairing_slots (slot, joiner_token, m1, closed, expires_at) VALUES (:s, :t, :m, 0, :e)"
        " ON CONFLICT (slot) DO NOTHING"));
    q.bindValue(QStringLiteral(":s"), p.slot);
    q.bindValue(QStringLiteral(":t"), p.joinerToken);
    q.bindValue(QStringLiteral(":m"), p.messages.value(0));
    q.bindValue(QStringLiteral(":e"), p.expiresAtMs);
    if (Error e = exec(q))
        return e;
    if (q.numRowsAffected() != 1)
        return Error(ErrorCode::RelayConflict, QStringLiteral("pairing slot in use"));
    return {};
}

Result<PairingSlot> SqlRelayStore::pairing(const QString &slot, qint64 now)
{
    auto q = prepare(QStringLiteral(
        "SELECT joiner_token, responder_token, m1, m2, m3, m4, closed, expires_at FROM pairing_slots"
        " WHERE slot = :s AND expires_at > :n"));
    q.bindValue(QStringLiteral(":s"), slot);
    q.bindValue(QStringLiteral(":n"), now);
    if (Error e = exec(q))
        return e;
    if (!q.next())
        return Error(ErrorCode::PairingCodeInvalid, QStringLiteral("unknown pairing code"));
    PairingSlot p;
    p.slot = slot;
    p.joinerToken = q.value(0).toByteArray();
    p.responderToken = q.value(1).isNull() ? QByteArray() : q.value(1).toByteArray();
    for (int i = 2; i < 6 && !q.value(i).isNull(); ++i)
        p.messages.append(q.value(i).toByteArray());
    p.closed = q.value(6).toInt() != 0;
    p.expiresAtMs = q.value(7).toLongLong();
    return p;
}

Error SqlRelayStore::appendPairingMessage(const QString &slot, int index, const QByteArray &message,
                                          const QByteArray &responderToken, qint64 now)
{
    // One conditional UPDATE: of two devices racing to answer, exactly one wins.
    static const char *const kColumns[] = {"m1", "m2", "m3", "m4"};
    if (index < 1 || index > 3)
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("bad message index"));
    const QString column = QString::fromLatin1(kColumns[index]);
    const QString previous = QString::fromLatin1(kColumns[index - 1]);
    QString sql = QStringLiteral("UPDATE pairing_slots SET %1 = :m").arg(column);
    if (index == 1)
        sql += QStringLiteral(", responder_token = :t");
    sql += QStringLiteral(" WHERE slot = :s AND closed = 0 AND expires_at > :n AND %1 IS NULL AND %2 IS NOT NULL")
               .arg(column, previous);
    if (index == 1)
        sql += QStringLiteral(" AND responder_token IS NULL");
    auto q = prepare(sql);
    q.bindValue(QStringLiteral(":m"), message);
    if (index == 1)
        q.bindValue(QStringLiteral(":t"), responderToken);
    q.bindValue(QStringLiteral(":s"), slot);
    q.bindValue(QStringLiteral(":n"), now);
    if (Error e = exec(q))
        return e;
    if (q.numRowsAffected() != 1)
        return Error(ErrorCode::RelayConflict, QStringLiteral("pairing message out of turn"));
    return {};
}

Error SqlRelayStore::closePairing(const QString &slot)
{
    auto q = prepare(QStringLiteral("UPDATE pairing_slots SET closed = 1 WHERE slot = :s"));
    q.bindValue(QStringLiteral(":s"), slot);
    return exec(q);
}

Result<int> SqlRelayStore::countHit(const QString &bucket, qint64 windowStartMs)
{
    auto q = prepare(QStringLiteral(
        "INSERT INTO rate_hits (bucket, window_start, hits) VALUES (:b, :w, 1)"
        " ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_hits.hits + 1"
        " RETURNING hits"));
    q.bindValue(QStringLiteral(":b"), bucket);
    q.bindValue(QStringLiteral(":w"), windowStartMs);
    if (Error e = exec(q))
        return e;
    if (!q.next())
        return Error(ErrorCode::StorageFailed, QStringLiteral("no hit count"));
    const int hits = q.value(0).toInt();
    q.finish();
    return hits;
}

Result<SecureBuffer> SqlRelayStore::tokenSecret()
{
    // First relay to start on a database writes a random secret; everyone reads the
    // winner's, so tokens from one relay are accepted by all.
    ensureSodium();
    {
        SecureBuffer fresh = SecureBuffer::random(32);
        QByteArray encoded = protocol::toBase64Url(
            QByteArray(reinterpret_cast<const char *>(fresh.data()), static_cast<qsizetype>(fresh.size()))).toLatin1();
        auto ins = prepare(QStringLiteral(
            "INSERT INTO relay_meta (key, value) VALUES ('token_secret', :v) ON CONFLICT (key) DO NOTHING"));
        ins.bindValue(QStringLiteral(":v"), QString::fromLatin1(encoded));
        encoded.fill('\0');
        if (Error e = exec(ins))
            return e;
    }
    auto sel = prepare(QStringLiteral("SELECT value FROM relay_meta WHERE key = 'token_secret'"));
    if (Error e = exec(sel))
        return e;
    if (!sel.next())
        return Error(ErrorCode::StorageFailed, QStringLiteral("no token secret"));
    auto raw = protocol::fromBase64Url(sel.value(0).toString());
    sel.finish();
    if (!raw || raw->size() != 32)
        return Error(ErrorCode::DatabaseCorrupt, QStringLiteral("token secret is malformed"));
    SecureBuffer secret = SecureBuffer::fromBytes(raw->constData(), static_cast<std::size_t>(raw->size()));
    raw->fill('\0');
    return secret;
}

Error SqlRelayStore::purgeExpired(qint64 now)
{
    const struct {
        const char *sql;
        qint64 before;
    } jobs[] = {
        {"DELETE FROM challenges WHERE expires_at <= :n", now},
        {"DELETE FROM pairing_slots WHERE expires_at <= :n", now},
        {"DELETE FROM rate_hits WHERE window_start <= :n", now - kRateWindowKeepMs},
    };
    for (const auto &job : jobs) {
        auto q = prepare(QString::fromLatin1(job.sql));
        q.bindValue(QStringLiteral(":n"), job.before);
        if (Error e = exec(q))
            return e;
    }
    return {};
}

} // namespace saib::relay

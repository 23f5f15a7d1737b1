#include "SqlRelayStore.h"

#include <core/crypto/Sodium.h>
#include <core/protocol/Base64Url.h>

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

namespace saib::relay {

namespace {
// 2: pairing_slots (CPace) instead of pairings; 3: key epochs (epoch columns, epoch_grants);
// 4: version ids instead of clear clocks (pushed_by, superseded_versions)
constexpr int kSchemaVersion = 4;
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

QSqlQuery SqlRelayStore::prepare(const QString &sql) { return m_db.prepare(sql); }
Error SqlRelayStore::exec(QSqlQuery &query) { return m_db.exec(query); }
Error SqlRelayStore::execRaw(const QString &sql) { return m_db.execRaw(sql); }
Error SqlRelayStore::begin() { return m_db.begin(); }
Error SqlRelayStore::commit() { return m_db.commit(); }
void SqlRelayStore::rollback() { m_db.rollback(); }

Error SqlRelayStore::createSchema()
{
    if (Error e = begin())
        return Error(ErrorCode::DatabaseOpenFailed, e.detail);
    auto fail = [this](const Error &e) {
        rollback();
        return Error(ErrorCode::DatabaseOpenFailed, e.detail);
    };
    if (m_db.dialect().isPostgres()) {
        if (Error e = execRaw(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLockId)))
            return fail(e);
    }
    for (const QString &sql : m_db.dialect().schema()) {
        if (Error e = execRaw(sql))
            return fail(e);
    }
    QSqlQuery ins = prepare(QStringLiteral(
        "INSERT INTO relay_meta (key, value) VALUES ('schema_version', :v) ON CONFLICT (key) DO NOTHING"));
    ins.bindValue(QStringLiteral(":v"), QString::number(kSchemaVersion));
    if (Error e = exec(ins))
        return fail(e);
    QSqlQuery sel = prepare(QStringLiteral("SELECT value FROM relay_meta WHERE key = 'schema_version'"));
    if (Error e = exec(sel))
        return fail(e);
    if (!sel.next())
        return fail(Error(ErrorCode::DatabaseCorrupt, QStringLiteral("no schema version")));
    const int version = sel.value(0).toString().toInt();
    sel.finish();
    if (version > kSchemaVersion) {
        rollback();
        return Error(ErrorCode::DatabaseTooNew, QStringLiteral("relay database is from a newer saib-relay"));
    }
    if (version < 3)
        for (const QString &sql : m_db.dialect().migrationTo3())
            if (Error e = execRaw(sql))
                return fail(e);
    if (version < 4)
        for (const QString &sql : m_db.dialect().migrationTo4())
            if (Error e = execRaw(sql))
                return fail(e);
    if (version < kSchemaVersion) {
        QSqlQuery up = prepare(QStringLiteral("UPDATE relay_meta SET value = :v WHERE key = 'schema_version'"));
        up.bindValue(QStringLiteral(":v"), QString::number(kSchemaVersion));
        if (Error e = exec(up))
            return fail(e);
    }
    if (Error e = commit())
        return Error(ErrorCode::DatabaseOpenFailed, e.detail);
    return {};
}

Error SqlRelayStore::registerAccount(const DeviceRecord &d)
{
    if (Error e = begin())
        return e;
    QSqlQuery acc = prepare(QStringLiteral(
        "INSERT INTO accounts (account_id, created_at) VALUES (:a, :t) ON CONFLICT (account_id) DO NOTHING"));
    acc.bindValue(QStringLiteral(":a"), d.accountId);
    acc.bindValue(QStringLiteral(":t"), d.createdAtMs);
    if (Error e = exec(acc)) {
        rollback();
        return e;
    }
    if (acc.numRowsAffected() != 1) {
        rollback();
        return Error(ErrorCode::RelayConflict, QStringLiteral("account exists"));
    }
    QSqlQuery dev = prepare(QStringLiteral(
        "INSERT INTO devices (account_id, device_id, public_key, revoked, created_at)"
        " VALUES (:a, :d, :k, 0, :t)"));
    dev.bindValue(QStringLiteral(":a"), d.accountId);
    dev.bindValue(QStringLiteral(":d"), d.deviceId);
    dev.bindValue(QStringLiteral(":k"), d.publicKey);
    dev.bindValue(QStringLiteral(":t"), d.createdAtMs);
    if (Error e = exec(dev)) {
        rollback();
        return e;
    }
    return commit();
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
    QSqlQuery q = prepare(QStringLiteral(
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
    QSqlQuery q = prepare(QStringLiteral(
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
    QSqlQuery q = prepare(QStringLiteral(
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
    QSqlQuery q = prepare(QStringLiteral(
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
    QSqlQuery q = prepare(QStringLiteral(
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
    QSqlQuery q = prepare(QStringLiteral(
        "SELECT COALESCE(SUM(LENGTH(ciphertext)), 0) FROM envelopes WHERE account_id = :a"));
    q.bindValue(QStringLiteral(":a"), accountId);
    if (Error e = exec(q))
        return e;
    const qint64 bytes = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return bytes;
}

Result<AppendOutcome> SqlRelayStore::appendEnvelopes(const QString &accountId, const QString &deviceId,
                                                     const QList<protocol::Envelope> &envelopes,
                                                     qint64 quotaBytes)
{
    AppendOutcome out;
    if (envelopes.isEmpty())
        return out;
    if (Error e = begin())
        return e;
    if (Error e = lockAccount(accountId)) {
        rollback();
        return e;
    }
    // Held now, or held before and compacted away.
    QSqlQuery held = prepare(QStringLiteral(
        "SELECT 1 FROM envelopes WHERE account_id = :a AND record_id = :r AND clock = :c"
        " UNION ALL SELECT 1 FROM superseded_versions WHERE account_id = :a2 AND record_id = :r2 AND version_key = :c2"));
    QSqlQuery q = prepare(QStringLiteral(
        "INSERT INTO envelopes (account_id, record_id, kind, clock, ciphertext, epoch, pushed_by)"
        " VALUES (:a, :r, :k, :c, :x, :e, :d)"
        " ON CONFLICT (account_id, record_id, clock) DO NOTHING"));
    QSqlQuery superseded = prepare(QStringLiteral(
        "DELETE FROM envelopes WHERE account_id = :a AND record_id = :r AND pushed_by = :d AND clock <> :c"
        " RETURNING clock"));
    QSqlQuery tomb = prepare(QStringLiteral(
        "INSERT INTO superseded_versions (account_id, record_id, version_key) VALUES (:a, :r, :c)"
        " ON CONFLICT (account_id, record_id, version_key) DO NOTHING"));
    auto failed = [this](const Error &e) {
        rollback();
        return e;
    };
    for (const protocol::Envelope &env : envelopes) {
        const QString version = env.versionKey();
        held.bindValue(QStringLiteral(":a"), accountId);
        held.bindValue(QStringLiteral(":r"), env.recordId);
        held.bindValue(QStringLiteral(":c"), version);
        held.bindValue(QStringLiteral(":a2"), accountId);
        held.bindValue(QStringLiteral(":r2"), env.recordId);
        held.bindValue(QStringLiteral(":c2"), version);
        if (Error e = exec(held))
            return failed(e);
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
            return failed(e);
        if (q.numRowsAffected() != 1) {
            ++out.duplicates;
            continue;
        }
        ++out.accepted;
        superseded.bindValue(QStringLiteral(":a"), accountId);
        superseded.bindValue(QStringLiteral(":r"), env.recordId);
        superseded.bindValue(QStringLiteral(":d"), deviceId);
        superseded.bindValue(QStringLiteral(":c"), version);
        if (Error e = exec(superseded))
            return failed(e);
        QStringList gone;
        while (superseded.next())
            gone << superseded.value(0).toString();
        superseded.finish();
        for (const QString &old : gone) {
            tomb.bindValue(QStringLiteral(":a"), accountId);
            tomb.bindValue(QStringLiteral(":r"), env.recordId);
            tomb.bindValue(QStringLiteral(":c"), old);
            if (Error e = exec(tomb))
                return failed(e);
        }
    }
    // The quota counts what is kept after compaction.
    auto bytes = storedBytes(accountId);
    if (!bytes.ok())
        return failed(bytes.error());
    if (bytes.value() > quotaBytes)
        return failed(Error(ErrorCode::RelayQuotaExceeded, QStringLiteral("account storage quota reached")));
    if (Error e = commit())
        return e;
    return out;
}

Result<QList<protocol::Envelope>> SqlRelayStore::envelopesSince(const QString &accountId,
                                                                qint64 since, int limit)
{
    QSqlQuery q = prepare(QStringLiteral(
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
    QSqlQuery q = prepare(QStringLiteral(
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
    QSqlQuery l = prepare(lock);
    l.bindValue(QStringLiteral(":account"), accountId);
    if (Error e = exec(l))
        return e;
    l.finish();
    return {};
}

Result<int> SqlRelayStore::currentEpoch(const QString &accountId)
{
    QSqlQuery q = prepare(QStringLiteral("SELECT MAX(epoch) FROM epoch_grants WHERE account_id = :a"));
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
    if (Error e = begin())
        return e;
    // Two devices removing at once: the account lock makes one of them see the other's epoch.
    if (Error e = lockAccount(accountId)) {
        rollback();
        return e;
    }
    auto current = currentEpoch(accountId);
    if (!current.ok()) {
        rollback();
        return current.error();
    }
    if (epoch != current.value() + 1 && !(epoch == current.value() && epoch > 0)) {
        rollback();
        return Error(ErrorCode::RelayConflict, QStringLiteral("epoch %1 is not next after %2").arg(epoch).arg(current.value()));
    }
    QSqlQuery q = prepare(QStringLiteral(
        "INSERT INTO epoch_grants (account_id, epoch, device_id, grant_blob) VALUES (:a, :e, :d, :g)"
        " ON CONFLICT (account_id, epoch, device_id) DO NOTHING"));
    for (const auto &[deviceId, blob] : grants) {
        q.bindValue(QStringLiteral(":a"), accountId);
        q.bindValue(QStringLiteral(":e"), epoch);
        q.bindValue(QStringLiteral(":d"), deviceId);
        q.bindValue(QStringLiteral(":g"), blob);
        if (Error e = exec(q)) {
            rollback();
            return e;
        }
    }
    return commit();
}

Result<QList<QByteArray>> SqlRelayStore::epochGrants(const QString &accountId, const QString &deviceId)
{
    QSqlQuery q = prepare(QStringLiteral(
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
    if (Error e = begin())
        return e;
    if (Error e = lockAccount(accountId)) {
        rollback();
        return e;
    }
    QSqlQuery up = prepare(QStringLiteral(
        "UPDATE devices SET epoch = :e WHERE account_id = :a AND device_id = :d AND epoch < :e"));
    up.bindValue(QStringLiteral(":e"), epoch);
    up.bindValue(QStringLiteral(":a"), accountId);
    up.bindValue(QStringLiteral(":d"), deviceId);
    if (Error e = exec(up)) {
        rollback();
        return e;
    }
    QSqlQuery low = prepare(QStringLiteral(
        "SELECT MIN(epoch) FROM devices WHERE account_id = :a AND revoked = 0"));
    low.bindValue(QStringLiteral(":a"), accountId);
    if (Error e = exec(low)) {
        rollback();
        return e;
    }
    const int lowest = low.next() && !low.value(0).isNull() ? low.value(0).toInt() : 0;
    low.finish();
    QSqlQuery floor = prepare(QStringLiteral(
        "UPDATE accounts SET head_floor = (SELECT COALESCE(MAX(seq), 0) FROM envelopes WHERE account_id = :a)"
        " WHERE account_id = :b"));
    floor.bindValue(QStringLiteral(":a"), accountId);
    floor.bindValue(QStringLiteral(":b"), accountId);
    if (Error e = exec(floor)) {
        rollback();
        return e;
    }
    QSqlQuery drop = prepare(QStringLiteral("DELETE FROM envelopes WHERE account_id = :a AND epoch < :e"));
    drop.bindValue(QStringLiteral(":a"), accountId);
    drop.bindValue(QStringLiteral(":e"), lowest);
    if (Error e = exec(drop)) {
        rollback();
        return e;
    }
    const qint64 dropped = drop.numRowsAffected();
    if (Error e = commit())
        return e;
    return dropped;
}

Error SqlRelayStore::addDevice(const DeviceRecord &d)
{
    QSqlQuery dev = prepare(QStringLiteral(
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
    QSqlQuery del = prepare(QStringLiteral("DELETE FROM pairing_slots WHERE slot = :s AND expires_at <= :n"));
    del.bindValue(QStringLiteral(":s"), p.slot);
    del.bindValue(QStringLiteral(":n"), nowMs());
    if (Error e = exec(del))
        return e;
    QSqlQuery q = prepare(QStringLiteral(
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
    QSqlQuery q = prepare(QStringLiteral(
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
    QSqlQuery q = prepare(sql);
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
    QSqlQuery q = prepare(QStringLiteral("UPDATE pairing_slots SET closed = 1 WHERE slot = :s"));
    q.bindValue(QStringLiteral(":s"), slot);
    return exec(q);
}

Result<int> SqlRelayStore::countHit(const QString &bucket, qint64 windowStartMs)
{
    QSqlQuery q = prepare(QStringLiteral(
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
        QSqlQuery ins = prepare(QStringLiteral(
            "INSERT INTO relay_meta (key, value) VALUES ('token_secret', :v) ON CONFLICT (key) DO NOTHING"));
        ins.bindValue(QStringLiteral(":v"), QString::fromLatin1(encoded));
        encoded.fill('\0');
        if (Error e = exec(ins))
            return e;
    }
    QSqlQuery sel = prepare(QStringLiteral("SELECT value FROM relay_meta WHERE key = 'token_secret'"));
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
        QSqlQuery q = prepare(QString::fromLatin1(job.sql));
        q.bindValue(QStringLiteral(":n"), job.before);
        if (Error e = exec(q))
            return e;
    }
    return {};
}

} // namespace saib::relay

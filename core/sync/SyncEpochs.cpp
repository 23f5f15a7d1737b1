// Key rotation after a device is removed (SyncEngine.h, protocol/KeyEpoch.h).
//
// The device that removes another makes epoch n+1: a fresh vault key granted to every
// device still in the account, after pulling everything, so the grant can say up to which
// relay sequence number epoch n was in use. It then marks every record for upload, and the
// push re-seals them under the new key (the status shows how many are left). Each other
// device picks its grant up at the start of its next sync; every device tells the relay
// once it has pushed everything under the new epoch, and the relay drops the envelopes of
// the old one when all have. A removed device keeps only keys the others have retired.
#include "SyncEngine.h"
#include "SyncStateKeys.h"

#include <core/protocol/KeyEpoch.h>
#include <core/store/Database.h>

#include <QDateTime>
#include <QPointer>
#include <algorithm>

namespace saib::sync {

using protocol::DeviceInfo;
using protocol::EpochGrant;

namespace {
QStringList listOf(const Result<QString> &text)
{
    return text.ok() ? text.value().split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
}
QString joined(const QStringList &ids) { return ids.join(QLatin1Char(',')); }
} // namespace

Error SyncEngine::loadKeys()
{
    // load() put the current key (sync_key) at 0; it belongs to the saved epoch.
    auto epoch = m_ledger.text(stateKeys::epoch);
    auto retired = m_ledger.text(stateKeys::retiredEpochs);
    auto removed = m_ledger.text(stateKeys::removedDevices);
    for (const Error *e : {&epoch.error(), &retired.error(), &removed.error()})
        if (!e->ok())
            return *e;
    SecureBuffer current = std::move(m_keys.keys.at(0));
    m_keys.keys.clear();
    m_keys.current = epoch.value().toInt();
    m_keys.keys.emplace(m_keys.current, std::move(current));
    m_keys.removed = listOf(removed);
    for (const QString &n : listOf(retired)) {
        const int old = n.toInt();
        auto key = m_ledger.secret(stateKeys::epochKey(old));
        auto closed = m_ledger.text(stateKeys::epochClosedAt(old));
        if (!key.ok())
            return key.error();
        if (!closed.ok())
            return closed.error();
        if (!key.value())
            return Error(ErrorCode::DatabaseCorrupt, QStringLiteral("retired key %1 is missing").arg(old));
        m_keys.keys.emplace(old, std::move(*key.value()));
        m_keys.closedAtSeq[old] = closed.value().toLongLong();
    }
    return {};
}

void SyncEngine::refreshEpochs(Done done)
{
    QPointer<SyncEngine> self(this);
    m_client->epochs([self, done](Result<protocol::EpochsResponse> r) {
        if (!self)
            return done(Error(ErrorCode::Locked));
        if (!r.ok())
            return done(r.error());
        QList<EpochGrant> fresh;
        for (const EpochGrant &g : r.value().grants)
            if (g.epoch > self->m_keys.current)
                fresh << g;
        if (fresh.isEmpty())
            return done({});
        std::sort(fresh.begin(), fresh.end(), [](const EpochGrant &a, const EpochGrant &b) { return a.epoch < b.epoch; });
        self->m_client->listDevices([self, done, fresh](Result<QList<DeviceInfo>> devices) {
            if (!self)
                return done(Error(ErrorCode::Locked));
            if (!devices.ok())
                return done(devices.error());
            for (const EpochGrant &g : fresh) {
                if (g.epoch <= self->m_keys.current)
                    continue;
                // The signature says which device made the grant; the proof (checked in
                // openEpochGrant) that it held this device's current key.
                QByteArray signerKey;
                for (const DeviceInfo &d : devices.value())
                    if (d.deviceId == g.signerId && !d.revoked && !self->m_keys.removed.contains(d.deviceId))
                        signerKey = d.publicKey;
                if (signerKey.isEmpty())
                    return done(Error(ErrorCode::SyncTampered, QStringLiteral("key grant from a device not in the account")));
                auto key = protocol::openEpochGrant(self->m_client->identity(), self->m_keys.currentKey(),
                                                    self->m_client->accountId(), g, signerKey);
                if (!key.ok())
                    return done(key.error());
                if (Error e = self->adoptEpoch(g, key.take(), false); !e.ok())
                    return done(e);
            }
            emit self->statusChanged();
            done({});
        });
    });
}

Error SyncEngine::adoptEpoch(const EpochGrant &grant, SecureBuffer key, bool ownRotation)
{
    // A device paired after a rotation was given the current key already; its grant only
    // says which epoch that key is.
    const bool relabel = !ownRotation && key.equals(m_keys.currentKey());
    QStringList removed = m_keys.removed;
    for (const QString &id : grant.removed)
        if (!removed.contains(id))
            removed << id;
    QStringList retired;
    for (const auto &entry : m_keys.keys)
        if (entry.first != m_keys.current)
            retired << QString::number(entry.first);
    if (!relabel)
        retired << QString::number(m_keys.current);
    Error saved = m_db.transaction([&]() -> Error {
        if (!relabel) {
            if (Error e = m_ledger.setSecret(stateKeys::epochKey(m_keys.current), m_keys.currentKey()); !e.ok())
                return e;
            if (Error e = m_ledger.setText(stateKeys::epochClosedAt(m_keys.current), QString::number(grant.closedAtSeq)); !e.ok())
                return e;
        }
        for (const auto &[k, v] : {std::pair{stateKeys::retiredEpochs, joined(retired)},
                                   std::pair{stateKeys::epoch, QString::number(grant.epoch)},
                                   std::pair{stateKeys::removedDevices, joined(removed)}})
            if (Error e = m_ledger.setText(k, v); !e.ok())
                return e;
        if (Error e = m_ledger.setSecret(stateKeys::syncKey, key); !e.ok())
            return e;
        if (!ownRotation)
            return {};
        // Every record goes out again under the new key; the count is the progress bar's.
        if (Error e = m_ledger.markEverything(QDateTime::currentMSecsSinceEpoch()); !e.ok())
            return e;
        auto total = m_ledger.pendingCount();
        if (!total.ok())
            return total.error();
        if (Error e = m_ledger.setText(stateKeys::resealTotal, QString::number(total.value())); !e.ok())
            return e;
        return m_ledger.setText(stateKeys::rotationDue, QString());
    });
    if (!saved.ok())
        return saved;
    if (relabel) {
        m_keys.keys.erase(m_keys.current);
    } else {
        m_keys.closedAtSeq[m_keys.current] = grant.closedAtSeq;
    }
    m_keys.keys[grant.epoch] = std::move(key);
    m_keys.current = grant.epoch;
    m_keys.removed = removed;
    return {};
}

void SyncEngine::rotateIfDue(Done done)
{
    const QStringList due = listOf(m_ledger.text(stateKeys::rotationDue));
    if (due.isEmpty())
        return done({});
    auto cursor = m_ledger.text(stateKeys::cursor);
    if (!cursor.ok())
        return done(cursor.error());
    // This device has applied everything up to the cursor: later envelopes under the old
    // epoch were written after the removal.
    const qint64 closedAt = cursor.value().toLongLong();
    QPointer<SyncEngine> self(this);
    m_client->listDevices([self, done, due, closedAt](Result<QList<DeviceInfo>> devices) {
        if (!self)
            return done(Error(ErrorCode::Locked));
        if (!devices.ok())
            return done(devices.error());
        const QString me = self->m_client->identity().deviceId();
        QList<DeviceInfo> staying;
        QStringList members;
        for (const DeviceInfo &d : devices.value())
            if (!d.revoked && !due.contains(d.deviceId)) {
                staying << d;
                members << d.deviceId;
            }
        if (!members.contains(me))
            return done(Error(ErrorCode::DeviceRevoked, QStringLiteral("this device is no longer in the account")));
        const int epoch = self->m_keys.current + 1;
        auto key = std::make_shared<SecureBuffer>(protocol::newVaultKey());
        protocol::RotateRequest req;
        req.epoch = epoch;
        std::optional<EpochGrant> mine;
        for (const DeviceInfo &d : staying) {
            auto g = protocol::makeEpochGrant(self->m_client->identity(), self->m_keys.currentKey(),
                                              self->m_client->accountId(), epoch, d.deviceId, d.publicKey,
                                              *key, members, due, closedAt);
            if (!g.ok())
                return done(g.error());
            if (d.deviceId == me)
                mine = g.value();
            req.grants << g.take();
        }
        self->m_client->postEpoch(req, [self, done, key, grant = *mine](Error posted) mutable {
            if (!self)
                return done(Error(ErrorCode::Locked));
            if (!posted.ok())
                return done(posted); // still due: the next sync tries again
            if (Error e = self->adoptEpoch(grant, std::move(*key), true); !e.ok())
                return done(e);
            emit self->statusChanged();
            done({});
        });
    });
}

void SyncEngine::reportMoved(Done done)
{
    auto moved = m_ledger.text(stateKeys::movedEpoch);
    auto pending = m_ledger.pendingCount();
    if (!moved.ok())
        return done(moved.error());
    if (!pending.ok())
        return done(pending.error());
    if (moved.value().toInt() >= m_keys.current || pending.value() > 0)
        return done({});
    QPointer<SyncEngine> self(this);
    const int epoch = m_keys.current;
    m_client->moved(epoch, [self, done, epoch](Result<protocol::MovedResponse> r) {
        if (!self)
            return done(Error(ErrorCode::Locked));
        if (!r.ok())
            return done(r.error());
        Error saved = self->m_db.transaction([&]() -> Error {
            if (Error e = self->m_ledger.setText(stateKeys::movedEpoch, QString::number(epoch)); !e.ok())
                return e;
            return self->m_ledger.setText(stateKeys::resealTotal, QStringLiteral("0"));
        });
        emit self->statusChanged();
        done(saved);
    });
}

void SyncEngine::grantCurrentEpoch(const QString &deviceId, const QByteArray &publicKey, Done done)
{
    if (m_keys.current == 0)
        return done({});
    const QString me = m_client->identity().deviceId();
    auto g = protocol::makeEpochGrant(m_client->identity(), m_keys.currentKey(), m_client->accountId(),
                                      m_keys.current, deviceId, publicKey, m_keys.currentKey(),
                                      {me, deviceId}, m_keys.removed, 0);
    if (!g.ok())
        return done(g.error());
    m_client->postEpoch({m_keys.current, {g.value()}}, std::move(done));
}

} // namespace saib::sync

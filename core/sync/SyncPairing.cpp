// SyncEngine's half of pairing (protocol/Pairing.h): the joining device's steps and the
// existing device's approval, driven over the relay's pairing slots.
#include "SyncEngine.h"
#include "SyncStateKeys.h"

#include <core/protocol/Wire.h>

#include <QDeadlineTimer>
#include <QPointer>
#include <QTimer>
#include <sodium.h>

namespace saib::sync {

using protocol::DeviceIdentity;
using protocol::PairingJoiner;
using protocol::PairingResponder;
using protocol::PairingStateResponse;
using protocol::RelayClient;

namespace {
constexpr int kApprovePollMs = 500;

QByteArray newToken()
{
    QByteArray t(protocol::kPairingTokenSize, '\0');
    randombytes_buf(t.data(), std::size_t(t.size()));
    return t;
}

Error busyError() { return Error(ErrorCode::SyncBusy, QStringLiteral("a sync is already running")); }
Error notEnabled() { return Error(ErrorCode::SyncNotEnabled, QStringLiteral("sync is off")); }
Error cancelled() { return Error(ErrorCode::PairingExpired, QStringLiteral("joining was cancelled")); }

// The relay answers "conflict" when someone else answered the code first: to the user
// that is a failed pairing, not a server problem.
Error asPairingError(const Error &e)
{
    if (e.code == ErrorCode::RelayConflict)
        return Error(ErrorCode::PairingFailed, e.detail);
    return e;
}

QString digitsOnly(const QString &s)
{
    QString out;
    for (const QChar c : s)
        if (c.isDigit())
            out.append(c);
    return out;
}
} // namespace

void SyncEngine::startJoin(const QUrl &relay, Callback<QString> done)
{
    if (m_busy)
        return done(busyError());
    if (isEnabled())
        return done(Error(ErrorCode::RelayConflict, QStringLiteral("this device already syncs")));
    auto identity = DeviceIdentity::generate();
    if (!identity.ok())
        return done(identity.error());
    const QString code = protocol::newPairingCode();
    auto joiner = PairingJoiner::start(code);
    if (!joiner.ok())
        return done(joiner.error());
    cancelJoin();
    m_joining = std::make_unique<RelayClient>(relay);
    m_joining->setIdentity(identity.take());
    m_joiner = std::make_unique<PairingJoiner>(joiner.take());
    m_joinRelay = relay;
    m_joinSlot = protocol::pairingSlot(code);
    m_joinToken = newToken();
    emit statusChanged();
    QPointer<SyncEngine> self(this);
    RelayClient *joining = m_joining.get();
    joining->createPairing({m_joinSlot, m_joinToken, m_joiner->firstMessage()},
                           [self, joining, code, done](Result<PairingStateResponse> r) {
                               if (!self || self->m_joining.get() != joining)
                                   return done(cancelled());
                               if (!r.ok()) {
                                   // A slot name in use (1 in ~900,000 per live pairing):
                                   // the user simply asks for a new code.
                                   self->cancelJoin();
                                   return done(r.error());
                               }
                               done(protocol::formatPairingCode(code));
                           });
}

void SyncEngine::joinFailed(const Error &e, const Done &done)
{
    // Tell the relay the code is dead (best effort: this device forgets it either way,
    // so the code is never used again whatever the relay does).
    if (m_joining && !m_joinSlot.isEmpty()) {
        RelayClient *client = m_joining.release();
        client->closePairing({m_joinSlot, m_joinToken}, [client](Result<PairingStateResponse>) { client->deleteLater(); });
    }
    cancelJoin();
    done(e);
}

void SyncEngine::finishJoin(Done done)
{
    if (m_offer)
        return done({});
    if (!m_joining || !m_joiner)
        return done(Error(ErrorCode::PairingExpired, QStringLiteral("no pairing in progress")));
    QPointer<SyncEngine> self(this);
    RelayClient *joining = m_joining.get();
    auto stillOurs = [self, joining] { return self && self->m_joining.get() == joining; };
    joining->readPairing({m_joinSlot, m_joinToken}, [=](Result<PairingStateResponse> r) {
        if (!stillOurs())
            return done(cancelled());
        if (!r.ok()) {
            if (r.error().code == ErrorCode::RelayUnreachable || r.error().code == ErrorCode::RelayRateLimited)
                return done(r.error()); // try again later
            self->cancelJoin();
            return done(r.error().code == ErrorCode::PairingCodeInvalid ? Error(ErrorCode::PairingExpired) : r.error());
        }
        const PairingStateResponse &state = r.value();
        if (state.closed)
            return self->joinFailed(Error(ErrorCode::PairingFailed, QStringLiteral("closed by the other side")), done);
        if (state.messages.size() < 2)
            return done(Error(ErrorCode::PairingPending));
        if (!self->m_joinAnswered) {
            auto m3 = self->m_joiner->answer(state.messages.at(1), joining->identity().deviceId(),
                                             joining->identity().publicKey());
            if (!m3.ok())
                return self->joinFailed(m3.error(), done);
            joining->postPairing({self->m_joinSlot, self->m_joinToken, m3.value(), 2},
                                 [=](Result<PairingStateResponse> posted) {
                                     if (!stillOurs())
                                         return done(cancelled());
                                     if (!posted.ok())
                                         return self->joinFailed(asPairingError(posted.error()), done);
                                     self->m_joinAnswered = true;
                                     done(Error(ErrorCode::PairingPending));
                                 });
            return;
        }
        if (state.messages.size() < 4)
            return done(Error(ErrorCode::PairingPending));
        auto welcome = self->m_joiner->open(state.messages.at(3));
        if (!welcome.ok())
            return self->joinFailed(welcome.error(), done);
        auto count = self->m_ledger.recordCount();
        if (!count.ok())
            return self->joinFailed(count.error(), done);
        PairingJoiner::Welcome &w = welcome.value();
        self->m_offer = JoinOffer{w.sas, w.accountId, w.deviceIds, count.value()};
        self->m_offerKey = std::move(w.vaultKey);
        // The run is over: close the slot so the code cannot be used again.
        joining->closePairing({self->m_joinSlot, self->m_joinToken}, [](Result<PairingStateResponse>) {});
        emit self->statusChanged();
        done({});
    });
}

Error SyncEngine::confirmJoin(const QString &sas)
{
    if (!m_offer || !m_joining)
        return Error(ErrorCode::PairingExpired, QStringLiteral("nothing to confirm"));
    const QString expected = digitsOnly(m_offer->sas);
    const QString typed = digitsOnly(sas);
    const bool match = typed.size() == expected.size()
        && sodium_memcmp(typed.toLatin1().constData(), expected.toLatin1().constData(), std::size_t(typed.size())) == 0;
    if (!match) {
        cancelJoin();
        return Error(ErrorCode::PairingMismatch);
    }
    m_joining->setAccountId(m_offer->accountId);
    // Only now is anything saved, and every record here marked for the first push.
    if (Error e = saveIdentity(m_joinRelay, m_joining->identity(), m_offer->accountId, m_offerKey); !e.ok())
        return e;
    m_relayUrl = m_joinRelay;
    m_keys = KeyRing();
    m_keys.keys.emplace(0, std::move(m_offerKey));
    m_client = std::move(m_joining);
    cancelJoin();
    return {};
}

void SyncEngine::cancelJoin()
{
    m_joining.reset();
    m_joiner.reset();
    m_joinSlot.clear();
    m_joinToken.clear();
    m_joinAnswered = false;
    m_offer.reset();
    m_offerKey.clear();
    emit statusChanged();
}

// The existing device's run: read m1, answer with m2, wait for m3, add the device,
// send m4.
struct SyncEngine::Approval {
    QString code;
    QByteArray token;
    std::optional<PairingResponder> responder;
    Callback<QString> done;
    QDeadlineTimer deadline{protocol::kPairingLifetimeMs};
};

void SyncEngine::approveDevice(const QString &code, Callback<QString> done)
{
    if (!isEnabled())
        return done(notEnabled());
    const QString normalised = protocol::normalisePairingCode(code);
    if (!protocol::isValidPairingCode(normalised))
        return done(Error(ErrorCode::PairingCodeInvalid, QStringLiteral("not a pairing code")));
    auto a = std::make_shared<Approval>();
    a->code = normalised;
    a->token = newToken();
    a->done = std::move(done);
    QPointer<SyncEngine> self(this);
    m_client->readPairing({protocol::pairingSlot(normalised), {}}, [self, a](Result<PairingStateResponse> r) {
        if (!self)
            return a->done(Error(ErrorCode::Locked));
        if (!r.ok())
            return a->done(r.error());
        if (r.value().closed || r.value().messages.isEmpty())
            return a->done(Error(ErrorCode::PairingFailed, QStringLiteral("pairing closed")));
        auto responder = PairingResponder::respond(a->code, r.value().messages.first());
        if (!responder.ok())
            return a->done(responder.error());
        a->responder.emplace(responder.take());
        self->m_client->postPairing({protocol::pairingSlot(a->code), a->token, a->responder->reply(), 1},
                                    [self, a](Result<PairingStateResponse> posted) {
                                        if (!self)
                                            return a->done(Error(ErrorCode::Locked));
                                        if (!posted.ok())
                                            return a->done(asPairingError(posted.error()));
                                        self->approveStep(a);
                                    });
    });
}

void SyncEngine::approveStep(std::shared_ptr<Approval> a)
{
    QPointer<SyncEngine> self(this);
    const QString slot = protocol::pairingSlot(a->code);
    m_client->readPairing({slot, a->token}, [self, a, slot](Result<PairingStateResponse> r) {
        if (!self)
            return a->done(Error(ErrorCode::Locked));
        if (!r.ok())
            return self->approveFinish(a, r.error());
        if (r.value().closed)
            return a->done(Error(ErrorCode::PairingFailed, QStringLiteral("closed by the joining device")));
        if (r.value().messages.size() < 3) {
            if (a->deadline.hasExpired())
                return self->approveFinish(a, Error(ErrorCode::PairingExpired));
            QTimer::singleShot(kApprovePollMs, self, [self, a] {
                if (self)
                    self->approveStep(a);
            });
            return;
        }
        auto device = a->responder->confirm(r.value().messages.at(2));
        if (!device.ok())
            return self->approveFinish(a, device.error());
        // Only a confirmed PAKE peer is added to the account.
        const QString deviceId = device.value().deviceId;
        const QByteArray publicKey = device.value().publicKey;
        self->m_client->addDevice(deviceId, publicKey, [self, a, slot, deviceId, publicKey](Error added) {
            if (!self)
                return a->done(Error(ErrorCode::Locked));
            if (!added.ok())
                return self->approveFinish(a, added);
            // After a rotation the key it gets is the current epoch's: a grant tells it which.
            self->grantCurrentEpoch(deviceId, publicKey, [self, a, slot, deviceId](Error granted) {
                if (!self)
                    return a->done(Error(ErrorCode::Locked));
                if (!granted.ok())
                    return self->approveFinish(a, granted);
                self->m_client->listDevices([self, a, slot, deviceId](Result<QList<protocol::DeviceInfo>> devices) {
                    if (!self)
                        return a->done(Error(ErrorCode::Locked));
                    if (!devices.ok())
                        return self->approveFinish(a, devices.error());
                    QStringList ids;
                    for (const protocol::DeviceInfo &d : devices.value())
                        if (!d.revoked && d.deviceId != deviceId)
                            ids << d.deviceId;
                    QString sas;
                    auto m4 = a->responder->welcome(self->m_client->accountId(), self->m_keys.currentKey(), ids, &sas);
                    if (!m4.ok())
                        return self->approveFinish(a, m4.error());
                    self->m_client->postPairing({slot, a->token, m4.value(), 3},
                                                [self, a, sas](Result<PairingStateResponse> posted) {
                                                    if (!self)
                                                        return a->done(Error(ErrorCode::Locked));
                                                    if (!posted.ok())
                                                        return self->approveFinish(a, asPairingError(posted.error()));
                                                    self->approveFinish(a, sas);
                                                });
                });
            });
        });
    });
}

void SyncEngine::approveFinish(std::shared_ptr<Approval> a, Result<QString> result)
{
    if (!result.ok() && result.error().code == ErrorCode::PairingFailed) {
        // A failed confirmation kills the code for both sides.
        m_client->closePairing({protocol::pairingSlot(a->code), a->token}, [](Result<PairingStateResponse>) {});
    }
    a->done(std::move(result));
}

} // namespace saib::sync

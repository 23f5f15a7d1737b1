// Pairing endpoints. The relay passes the four CPace messages of one code between the
// joining device and the device that was typed the code (protocol/Pairing.h). It needs
// no account to do so and grants nothing: it cannot read the messages' secrets, and the
// new device only gets into an account when a device of that account adds it
// (POST /v1/devices) after the PAKE's key confirmation.
#include "RelayServer.h"

#include <core/protocol/Pairing.h>
#include <core/protocol/Wire.h>

#include <sodium.h>

namespace saib::relay {

using namespace saib::protocol;

namespace {
// Only a hash of each side's token is kept, so a copy of the database cannot post.
QByteArray tokenHash(const QByteArray &token)
{
    QByteArray out(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), out.size(),
                       reinterpret_cast<const unsigned char *>(token.constData()), token.size(), nullptr, 0);
    return out;
}

bool sameHash(const QByteArray &stored, const QByteArray &token)
{
    const QByteArray h = tokenHash(token);
    return stored.size() == h.size()
        && sodium_memcmp(stored.constData(), h.constData(), std::size_t(h.size())) == 0;
}

enum class Side { None, Joiner, Responder };

Side sideOf(const PairingSlot &p, const QByteArray &token)
{
    if (token.isEmpty())
        return Side::None;
    if (sameHash(p.joinerToken, token))
        return Side::Joiner;
    if (!p.responderToken.isEmpty() && sameHash(p.responderToken, token))
        return Side::Responder;
    return Side::None;
}

// A stranger sees only m1 (what it needs to answer); each side sees everything.
PairingStateResponse stateFor(const PairingSlot &p, Side side, qint64 nowMs)
{
    PairingStateResponse r;
    r.messages = side == Side::None ? p.messages.mid(0, 1) : p.messages;
    r.closed = p.closed;
    r.expiresInMs = qMax<qint64>(0, p.expiresAtMs - nowMs);
    return r;
}

Error closedError() { return Error(ErrorCode::PairingFailed, QStringLiteral("pairing closed")); }
} // namespace

RelayServer::Reply RelayServer::addDevice(Context &c)
{
    AddDeviceRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    DeviceRecord d;
    d.accountId = c.accountId;
    d.deviceId = req.deviceId;
    d.publicKey = req.publicKey;
    d.createdAtMs = c.nowMs;
    if (Error e = m_store->addDevice(d))
        return error(e);
    return Reply::ok(AddDeviceResponse{req.deviceId}.toJson(), 201);
}

RelayServer::Reply RelayServer::pairingCreate(Context &c)
{
    PairingCreateRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    PairingSlot p;
    p.slot = req.slot;
    p.joinerToken = tokenHash(req.token);
    p.messages = {req.message};
    p.expiresAtMs = c.nowMs + kPairingLifetimeMs;
    if (Error e = m_store->createPairing(p))
        return error(e);
    return Reply::ok(stateFor(p, Side::Joiner, c.nowMs).toJson(), 201);
}

RelayServer::Reply RelayServer::pairingRead(Context &c)
{
    PairingReadRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    auto p = m_store->pairing(req.slot, c.nowMs);
    if (!p.ok())
        return error(p.error());
    return Reply::ok(stateFor(p.value(), sideOf(p.value(), req.token), c.nowMs).toJson());
}

RelayServer::Reply RelayServer::pairingPost(Context &c)
{
    PairingPostRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    auto p = m_store->pairing(req.slot, c.nowMs);
    if (!p.ok())
        return error(p.error());
    if (p.value().closed)
        return error(closedError());
    const Side side = sideOf(p.value(), req.token);
    // m2 comes from whoever answers first (a new token), m3 from the joiner, m4 from
    // the side that answered.
    const bool allowed = req.index == 1 ? side == Side::None
                       : req.index == 2 ? side == Side::Joiner
                                        : side == Side::Responder;
    if (!allowed)
        return error(Error(ErrorCode::RelayConflict, QStringLiteral("not this side's turn")));
    if (Error e = m_store->appendPairingMessage(req.slot, req.index, req.message,
                                                req.index == 1 ? tokenHash(req.token) : QByteArray(), c.nowMs))
        return error(e);
    auto after = m_store->pairing(req.slot, c.nowMs);
    if (!after.ok())
        return error(after.error());
    return Reply::ok(stateFor(after.value(), sideOf(after.value(), req.token), c.nowMs).toJson());
}

RelayServer::Reply RelayServer::pairingClose(Context &c)
{
    PairingCloseRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    auto p = m_store->pairing(req.slot, c.nowMs);
    if (!p.ok())
        return error(p.error());
    const Side side = sideOf(p.value(), req.token);
    if (side == Side::None)
        return error(Error(ErrorCode::RelayConflict, QStringLiteral("not a side of this pairing")));
    if (Error e = m_store->closePairing(req.slot))
        return error(e);
    PairingSlot closed = p.take();
    closed.closed = true;
    return Reply::ok(stateFor(closed, side, c.nowMs).toJson());
}

} // namespace saib::relay

// Pairing endpoints. The relay only matches a code to a device's public key and passes
// on a vault key sealed to that key; it cannot open it.
#include "RelayServer.h"

#include <core/protocol/DeviceIdentity.h>
#include <core/protocol/Pairing.h>
#include <core/protocol/Wire.h>

namespace saib::relay {

using namespace saib::protocol;


RelayServer::Reply RelayServer::pairingStart(Context &c)
{
    PairingStartRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    const QByteArray message = signedMessage(req.publicKey, QString(), req.deviceId, purpose::pairingStart);
    if (!verifySignature(req.publicKey, message, req.signature))
        return error(Error(ErrorCode::RelayUnauthenticated, QStringLiteral("bad signature")));
    PairingRecord p;
    p.code = pairingCodeFor(req.publicKey, req.deviceId);
    p.deviceId = req.deviceId;
    p.publicKey = req.publicKey;
    p.expiresAtMs = c.nowMs + kPairingLifetimeMs;
    Error e = m_store->createPairing(p);
    if (e.code == ErrorCode::RelayConflict) {
        // The same device asking again (e.g. its first answer was lost) gets the same code.
        auto existing = m_store->pairing(p.code);
        if (existing.ok() && existing.value().deviceId == p.deviceId
            && existing.value().publicKey == p.publicKey && !existing.value().approved())
            return Reply::ok(PairingStartResponse{p.code, existing.value().expiresAtMs - c.nowMs}.toJson(), 201);
    }
    if (e)
        return error(e);
    return Reply::ok(PairingStartResponse{p.code, kPairingLifetimeMs}.toJson(), 201);
}

// A pairing that exists, has not expired and has not been approved yet.
Result<PairingRecord> RelayServer::pendingPairing(const QString &code, qint64 nowMs)
{
    auto p = m_store->pairing(code);
    if (!p.ok())
        return p.error();
    if (p.value().expiresAtMs <= nowMs)
        return Error(ErrorCode::PairingExpired, QStringLiteral("pairing expired"));
    if (p.value().approved())
        return Error(ErrorCode::RelayConflict, QStringLiteral("pairing already approved"));
    return p;
}

RelayServer::Reply RelayServer::pairingLookup(Context &c)
{
    PairingCodeRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    auto p = pendingPairing(req.code, c.nowMs);
    if (!p.ok())
        return error(p.error());
    return Reply::ok(PairingLookupResponse{p.value().deviceId, p.value().publicKey,
                                    p.value().expiresAtMs - c.nowMs}.toJson());
}

RelayServer::Reply RelayServer::pairingApprove(Context &c)
{
    PairingApproveRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    auto p = pendingPairing(req.code, c.nowMs);
    if (!p.ok())
        return error(p.error());
    if (Error e = m_store->approvePairing(req.code, c.accountId, req.sealedVaultKey, c.nowMs))
        return error(e);
    return Reply::ok(PairingApproveResponse{p.value().deviceId}.toJson());
}

RelayServer::Reply RelayServer::pairingClaim(Context &c)
{
    PairingClaimRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    auto p = m_store->pairing(req.code);
    if (!p.ok())
        return error(p.error());
    // Unknown and foreign codes look alike to the caller.
    if (p.value().deviceId != req.deviceId)
        return error(Error(ErrorCode::PairingCodeInvalid, QStringLiteral("unknown pairing code")));
    if (p.value().expiresAtMs <= c.nowMs) {
        m_store->deletePairing(req.code);
        return error(Error(ErrorCode::PairingExpired, QStringLiteral("pairing expired")));
    }
    const QByteArray message = signedMessage(req.code.toUtf8(), QString(), req.deviceId, purpose::pairingClaim);
    if (!verifySignature(p.value().publicKey, message, req.signature))
        return error(Error(ErrorCode::RelayUnauthenticated, QStringLiteral("bad signature")));
    PairingClaimResponse resp;
    resp.ready = p.value().approved();
    if (resp.ready) {
        // Kept until it expires rather than deleted, so a lost answer can be fetched
        // again; the sealed key is useless to anyone without the device's secret key.
        c.accountId = p.value().accountId;
        resp.accountId = p.value().accountId;
        resp.sealedVaultKey = p.value().sealedVaultKey;
    }
    return Reply::ok(resp.toJson());
}

} // namespace saib::relay

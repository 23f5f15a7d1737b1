// Account, login, envelope and device endpoints. Each handler gets a request that has
// already passed the size, token and rate checks (RelayServer::admit).
#include "RelayServer.h"

#include <core/protocol/Base64Url.h>
#include <core/protocol/DeviceIdentity.h>
#include <core/protocol/Wire.h>

#include <QHttpServerRequest>
#include <QUrlQuery>
#include <sodium.h>

namespace saib::relay {

using namespace saib::protocol;

namespace {
constexpr qint64 kChallengeLifetimeMs = 60 * 1000;
constexpr qint64 kRegistrationWindowMs = 60 * 60 * 1000;

} // namespace

RelayServer::Reply RelayServer::health(Context &)
{
    return Reply::ok({{QStringLiteral("status"), QStringLiteral("ok")}});
}

RelayServer::Reply RelayServer::registerAccount(Context &c)
{
    RegisterRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    // Proof that the caller holds the private key it registers.
    const QByteArray message = signedMessage(req.publicKey, req.accountId, req.deviceId,
                                             purpose::registerAccount);
    if (!verifySignature(req.publicKey, message, req.signature))
        return error(Error(ErrorCode::RelayUnauthenticated, QStringLiteral("bad signature")));
    c.accountId = req.accountId;
    // Open registration, but not unlimited: so many new accounts per address per hour.
    if (auto limited = checkRate(QStringLiteral("reg:") + c.request.remoteAddress().toString(),
                                 m_options.registrationsPerAddressPerHour, c.nowMs, kRegistrationWindowMs))
        return *limited;
    DeviceRecord d{req.accountId, req.deviceId, req.publicKey, false, c.nowMs};
    if (Error e = m_store->registerAccount(d))
        return error(e);
    return Reply::ok(RegisterResponse{req.accountId, req.deviceId}.toJson(), 201);
}

RelayServer::Reply RelayServer::challenge(Context &c)
{
    ChallengeRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    c.accountId = req.accountId;
    // Count login attempts per device as well as per address.
    if (auto limited = checkRate(QStringLiteral("dev:%1/%2").arg(req.accountId, req.deviceId),
                                 m_options.ratePerDevicePerMinute, c.nowMs))
        return *limited;
    auto device = m_store->device(req.accountId, req.deviceId);
    if (!device.ok())
        return error(device.error().code == ErrorCode::NotFound
                         ? Error(ErrorCode::RelayUnauthenticated, QStringLiteral("unknown device"))
                         : device.error());
    if (device.value().revoked)
        return error(Error(ErrorCode::DeviceRevoked, QStringLiteral("device revoked")));
    QByteArray nonce(kChallengeSize, Qt::Uninitialized);
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));
    const ChallengeRecord record{req.accountId, req.deviceId, c.nowMs + kChallengeLifetimeMs};
    if (Error e = m_store->putChallenge(toBase64Url(nonce), record))
        return error(e);
    return Reply::ok(ChallengeResponse{nonce, kChallengeLifetimeMs}.toJson());
}

RelayServer::Reply RelayServer::token(Context &c)
{
    TokenRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    c.accountId = req.accountId;
    const Error refused(ErrorCode::RelayUnauthenticated, QStringLiteral("challenge failed"));
    auto issued = m_store->takeChallenge(toBase64Url(req.challenge));
    if (!issued.ok())
        return error(issued.error().code == ErrorCode::NotFound ? refused : issued.error());
    const ChallengeRecord &rec = issued.value();
    if (rec.accountId != req.accountId || rec.deviceId != req.deviceId || rec.expiresAtMs <= c.nowMs)
        return error(refused);
    auto device = m_store->device(req.accountId, req.deviceId);
    if (!device.ok())
        return error(device.error().code == ErrorCode::NotFound ? refused : device.error());
    if (device.value().revoked)
        return error(Error(ErrorCode::DeviceRevoked, QStringLiteral("device revoked")));
    const QByteArray message = signedMessage(req.challenge, req.accountId, req.deviceId,
                                             purpose::authenticate);
    if (!verifySignature(device.value().publicKey, message, req.signature))
        return error(refused);
    const qint64 expires = c.nowMs + m_options.tokenLifetimeMs;
    return Reply::ok(TokenResponse{m_tokens.issue(req.accountId, req.deviceId, expires),
                            m_options.tokenLifetimeMs}.toJson());
}

RelayServer::Reply RelayServer::push(Context &c)
{
    PushRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    // An epoch nobody has a grant for yet cannot be opened by anyone: refuse it early.
    auto epoch = m_store->currentEpoch(c.accountId);
    if (!epoch.ok())
        return error(epoch.error());
    for (const Envelope &env : req.envelopes) {
        if (env.epoch > epoch.value())
            return error(Error(ErrorCode::RelayRequestInvalid, QStringLiteral("unknown key epoch")));
        // New envelopes keep their clock inside; a clear one is a client from before that.
        if (env.isLegacy())
            return error(Error(ErrorCode::RelayRequestInvalid, QStringLiteral("envelope without a version id")));
    }
    auto outcome = m_store->appendEnvelopes(c.accountId, c.deviceId, req.envelopes, m_options.accountQuotaBytes);
    if (!outcome.ok())
        return error(outcome.error());
    return Reply::ok(PushResponse{outcome.value().accepted, outcome.value().duplicates}.toJson());
}

RelayServer::Reply RelayServer::pull(Context &c)
{
    auto query = PullQuery::fromQuery(QUrlQuery(c.request.url()));
    if (!query.ok())
        return error(query.error());
    const PullQuery q = query.value();
    // One extra row tells whether another page follows.
    auto rows = m_store->envelopesSince(c.accountId, q.since, q.limit + 1);
    if (!rows.ok())
        return error(rows.error());
    PullResponse resp;
    resp.envelopes = rows.take();
    resp.more = resp.envelopes.size() > q.limit;
    if (resp.more)
        resp.envelopes.resize(q.limit);
    resp.nextCursor = resp.envelopes.isEmpty() ? q.since : resp.envelopes.constLast().seq;
    auto head = m_store->headSeq(c.accountId);
    if (!head.ok())
        return error(head.error());
    resp.head = head.value();
    return Reply::ok(resp.toJson());
}

RelayServer::Reply RelayServer::listDevices(Context &c)
{
    auto rows = m_store->devices(c.accountId);
    if (!rows.ok())
        return error(rows.error());
    DeviceListResponse resp;
    for (const DeviceRecord &d : rows.value())
        resp.devices.append({d.deviceId, d.publicKey, d.revoked, qMax<qint64>(0, c.nowMs - d.createdAtMs)});
    return Reply::ok(resp.toJson());
}

RelayServer::Reply RelayServer::revokeDevice(Context &c)
{
    RevokeRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    if (Error e = m_store->revokeDevice(c.accountId, req.deviceId))
        return error(e);
    return Reply::ok(RevokeResponse{req.deviceId}.toJson());
}

} // namespace saib::relay

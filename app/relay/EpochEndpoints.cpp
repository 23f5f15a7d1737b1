// Key epochs (protocol/KeyEpoch.h): the relay stores each device's grant as an opaque
// blob and hands it back; it checks only what it can without a key (the recipients are
// this account's devices, a rotation covers every device still in it), and drops the
// envelopes of a retired epoch once every remaining device has moved on.
#include "RelayServer.h"

#include <core/protocol/Wire.h>

#include <QSet>

namespace saib::relay {

using namespace saib::protocol;

RelayServer::Reply RelayServer::postEpoch(Context &c)
{
    RotateRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    auto devices = m_store->devices(c.accountId);
    if (!devices.ok())
        return error(devices.error());
    QSet<QString> live;
    for (const DeviceRecord &d : devices.value())
        if (!d.revoked)
            live.insert(d.deviceId);
    QSet<QString> granted;
    QList<QPair<QString, QByteArray>> blobs;
    for (const EpochGrant &g : req.grants) {
        if (!live.contains(g.deviceId) || granted.contains(g.deviceId))
            return error(Error(ErrorCode::RelayRequestInvalid, QStringLiteral("grant for a device not in the account")));
        granted.insert(g.deviceId);
        blobs.append({g.deviceId, toJsonBytes(g.toJson())});
    }
    auto current = m_store->currentEpoch(c.accountId);
    if (!current.ok())
        return error(current.error());
    // A rotation leaves nobody behind; adding a device to the current epoch may grant one.
    if (req.epoch == current.value() + 1 && granted != live)
        return error(Error(ErrorCode::RelayRequestInvalid, QStringLiteral("a rotation must grant every device")));
    if (Error e = m_store->addEpochGrants(c.accountId, req.epoch, blobs))
        return error(e);
    return listEpochs(c);
}

RelayServer::Reply RelayServer::listEpochs(Context &c)
{
    auto current = m_store->currentEpoch(c.accountId);
    if (!current.ok())
        return error(current.error());
    auto blobs = m_store->epochGrants(c.accountId, c.deviceId);
    if (!blobs.ok())
        return error(blobs.error());
    EpochsResponse resp;
    resp.current = current.value();
    for (const QByteArray &blob : blobs.value()) {
        auto grant = parseBody<EpochGrant>(blob);
        if (!grant.ok())
            return error(Error(ErrorCode::DatabaseCorrupt, QStringLiteral("stored grant is malformed")));
        resp.grants.append(grant.take());
    }
    return Reply::ok(resp.toJson());
}

RelayServer::Reply RelayServer::moved(Context &c)
{
    MovedRequest req;
    Reply failure;
    if (!readBody(c, req, failure))
        return failure;
    auto dropped = m_store->markMoved(c.accountId, c.deviceId, req.epoch);
    if (!dropped.ok())
        return error(dropped.error());
    return Reply::ok(MovedResponse{dropped.value()}.toJson());
}

} // namespace saib::relay

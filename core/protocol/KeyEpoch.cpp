#include "KeyEpoch.h"
#include "Base64Url.h"
#include "Envelope.h"
#include "Framing.h"
#include "Ids.h"

#include <QJsonArray>
#include <sodium.h>

namespace saib::protocol {

namespace {
QJsonArray idArray(const QStringList &ids)
{
    QJsonArray a;
    for (const QString &id : ids)
        a.append(id);
    return a;
}

QByteArray grantProof(const SecureBuffer &key, const QByteArray &message)
{
    QByteArray mac(kGrantProofSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(mac.data()), kGrantProofSize,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<unsigned long long>(message.size()), key.data(), key.size());
    return mac;
}

bool readIds(const QJsonArray &a, QStringList &out)
{
    for (const QJsonValue &v : a) {
        if (!v.isString() || !isValidId(v.toString()))
            return false;
        out << v.toString();
    }
    return true;
}
} // namespace

QByteArray EpochGrant::signedBytes(const QString &accountId) const
{
    QByteArray out;
    appendField(out, QByteArrayLiteral("saib-epoch-v1"));
    appendField(out, accountId.toUtf8());
    appendField(out, QByteArray::number(epoch));
    appendField(out, deviceId.toUtf8());
    appendField(out, sealed);
    appendField(out, members.join(QLatin1Char(',')).toUtf8());
    appendField(out, removed.join(QLatin1Char(',')).toUtf8());
    appendField(out, QByteArray::number(closedAtSeq));
    appendField(out, signerId.toUtf8());
    return out;
}

QJsonObject EpochGrant::toJson() const
{
    return {{QStringLiteral("epoch"), epoch},
            {QStringLiteral("deviceId"), deviceId},
            {QStringLiteral("sealed"), toBase64Url(sealed)},
            {QStringLiteral("members"), idArray(members)},
            {QStringLiteral("removed"), idArray(removed)},
            {QStringLiteral("closedAtSeq"), static_cast<double>(closedAtSeq)},
            {QStringLiteral("signerId"), signerId},
            {QStringLiteral("signature"), toBase64Url(signature)},
            {QStringLiteral("proof"), toBase64Url(proof)}};
}

Result<EpochGrant> EpochGrant::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    EpochGrant g;
    g.epoch = static_cast<int>(r.integer(QStringLiteral("epoch"), 1, kMaxEpoch));
    g.deviceId = readId(r, QStringLiteral("deviceId"));
    g.sealed = r.base64Url(QStringLiteral("sealed"), kVaultKeySize, 2 * kVaultKeySize + 16);
    const QJsonArray members = r.array(QStringLiteral("members"), kMaxEpochMembers);
    const QJsonArray removed = r.array(QStringLiteral("removed"), kMaxEpochMembers);
    g.closedAtSeq = r.integer(QStringLiteral("closedAtSeq"), 0, kMaxJsonInteger);
    g.signerId = readId(r, QStringLiteral("signerId"));
    g.signature = r.base64Url(QStringLiteral("signature"), kSignatureSize, kSignatureSize);
    g.proof = r.base64Url(QStringLiteral("proof"), kGrantProofSize, kGrantProofSize);
    if (Error e = r.finish())
        return e;
    if (!readIds(members, g.members) || !readIds(removed, g.removed))
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("bad device id in grant"));
    return g;
}

Result<EpochGrant> makeEpochGrant(const DeviceIdentity &signer, const SecureBuffer &previousKey,
                                  const QString &accountId, int epoch,
                                  const QString &recipientId, const QByteArray &recipientKey,
                                  const SecureBuffer &key, QStringList members, QStringList removed,
                                  qint64 closedAtSeq)
{
    auto sealed = sealToDevice(key, recipientKey);
    if (!sealed.ok())
        return sealed.error();
    members.sort();
    removed.sort();
    EpochGrant g;
    g.epoch = epoch;
    g.deviceId = recipientId;
    g.sealed = sealed.take();
    g.members = members;
    g.removed = removed;
    g.closedAtSeq = closedAtSeq;
    g.signerId = signer.deviceId();
    const QByteArray message = g.signedBytes(accountId);
    g.signature = signer.sign(message);
    g.proof = grantProof(previousKey, message);
    return g;
}

Result<SecureBuffer> openEpochGrant(const DeviceIdentity &me, const SecureBuffer &currentKey,
                                    const QString &accountId, const EpochGrant &grant,
                                    const QByteArray &signerKey)
{
    if (grant.deviceId != me.deviceId() || !grant.members.contains(me.deviceId()))
        return Error(ErrorCode::SyncTampered, QStringLiteral("key grant is for another device"));
    const QByteArray message = grant.signedBytes(accountId);
    if (!verifySignature(signerKey, message, grant.signature))
        return Error(ErrorCode::SyncTampered, QStringLiteral("key grant signature is wrong"));
    if (currentKey.size() != kVaultKeySize || grant.proof.size() != kGrantProofSize
        || sodium_memcmp(grantProof(currentKey, message).constData(), grant.proof.constData(), kGrantProofSize) != 0)
        return Error(ErrorCode::SyncTampered, QStringLiteral("key grant was not made by a holder of the current key"));
    auto key = me.openSealed(grant.sealed);
    if (!key.ok())
        return key.error();
    if (key.value().size() != kVaultKeySize)
        return Error(ErrorCode::SyncTampered, QStringLiteral("key grant holds no vault key"));
    return key.take();
}

} // namespace saib::protocol

#include "DeviceIdentity.h"
#include "Ids.h"

#include <core/crypto/Sodium.h>

#include <QtEndian>
#include "Framing.h"

#include <sodium.h>

namespace saib::protocol {

static_assert(kPublicKeySize == crypto_sign_PUBLICKEYBYTES);
static_assert(kSignatureSize == crypto_sign_BYTES);
static_assert(kSeedSize == crypto_sign_SEEDBYTES);

namespace {
const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}
} // namespace

QByteArray signedMessage(const QByteArray &challenge, const QString &accountId,
                         const QString &deviceId, const QByteArray &purpose)
{
    QByteArray m;
    appendField(m, QByteArrayLiteral("saib-auth-v1"));
    appendField(m, challenge);
    appendField(m, accountId.toUtf8());
    appendField(m, deviceId.toUtf8());
    appendField(m, purpose);
    return m;
}

bool verifySignature(const QByteArray &publicKey, const QByteArray &message,
                     const QByteArray &signature)
{
    if (!ensureSodium() || publicKey.size() != kPublicKeySize || signature.size() != kSignatureSize)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey))
        == 0;
}

Result<DeviceIdentity> DeviceIdentity::generate()
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    return fromSeed(randomId(), SecureBuffer::random(kSeedSize));
}

Result<DeviceIdentity> DeviceIdentity::fromSeed(const QString &deviceId, const SecureBuffer &seed)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    if (!isValidId(deviceId) || seed.size() != kSeedSize)
        return Error(ErrorCode::KeyFileCorrupt, QStringLiteral("bad device identity"));
    DeviceIdentity id;
    id.m_deviceId = deviceId;
    id.m_seed = SecureBuffer::fromBytes(reinterpret_cast<const char *>(seed.data()), seed.size());
    id.m_secret = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    id.m_publicKey = QByteArray(kPublicKeySize, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(id.m_publicKey.data()),
                             id.m_secret.data(), id.m_seed.data());
    return id;
}

QByteArray DeviceIdentity::sign(const QByteArray &message) const
{
    if (isNull())
        return {};
    QByteArray sig(kSignatureSize, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), m_secret.data());
    return sig;
}

QByteArray DeviceIdentity::signFor(const QByteArray &challenge, const QString &accountId,
                                   const QByteArray &purpose) const
{
    return sign(signedMessage(challenge, accountId, m_deviceId, purpose));
}

Result<SecureBuffer> DeviceIdentity::openSealed(const QByteArray &sealed) const
{
    if (isNull())
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("no identity"));
    if (sealed.size() <= static_cast<qsizetype>(crypto_box_SEALBYTES))
        return Error(ErrorCode::SyncTampered, QStringLiteral("sealed box too short"));
    SecureBuffer xSecret(crypto_box_SECRETKEYBYTES);
    unsigned char xPublic[crypto_box_PUBLICKEYBYTES];
    if (crypto_sign_ed25519_sk_to_curve25519(xSecret.data(), m_secret.data()) != 0
        || crypto_sign_ed25519_pk_to_curve25519(xPublic, bytes(m_publicKey)) != 0)
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("key conversion failed"));
    SecureBuffer out(static_cast<std::size_t>(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(out.data(), bytes(sealed),
                             static_cast<unsigned long long>(sealed.size()), xPublic,
                             xSecret.data())
        != 0)
        return Error(ErrorCode::SyncTampered, QStringLiteral("sealed box failed to open"));
    return out;
}

Result<QByteArray> sealToDevice(const SecureBuffer &secret, const QByteArray &edPublicKey)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    if (edPublicKey.size() != kPublicKeySize || secret.isNull())
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("bad recipient key"));
    unsigned char xPublic[crypto_box_PUBLICKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(xPublic, bytes(edPublicKey)) != 0)
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("recipient key is not a curve point"));
    QByteArray sealed(static_cast<qsizetype>(secret.size() + crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), secret.data(),
                        secret.size(), xPublic)
        != 0)
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("seal failed"));
    return sealed;
}

} // namespace saib::protocol

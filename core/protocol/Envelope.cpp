#include "Envelope.h"
#include "Ids.h"
#include "Padding.h"

#include <core/crypto/Sodium.h>

#include <QtEndian>
#include "Framing.h"

#include <sodium.h>

namespace saib::protocol {

static_assert(kEnvelopeNonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(kEnvelopeTagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(kVaultKeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);


SecureBuffer newVaultKey() { return SecureBuffer::random(kVaultKeySize); }

QByteArray envelopeAssociatedData(const QString &recordId, const QString &kind,
                                  const HlcTimestamp &clock, int epoch)
{
    QByteArray ad;
    appendField(ad, QByteArrayLiteral("saib-envelope-v1"));
    appendField(ad, recordId.toUtf8());
    appendField(ad, kind.toUtf8());
    appendField(ad, clock.toString().toUtf8());
    if (epoch != 0)
        appendField(ad, QByteArray::number(epoch));
    return ad;
}

Result<Envelope> sealEnvelope(const SecureBuffer &vaultKey, const QString &recordId,
                              const QString &kind, const HlcTimestamp &clock,
                              const QByteArray &plaintext, int epoch)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    if (vaultKey.size() != kVaultKeySize)
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("vault key has wrong size"));
    Envelope env;
    env.recordId = recordId;
    env.kind = kind;
    env.clock = clock;
    env.epoch = epoch;
    if (epoch < 0 || epoch > kMaxEpoch)
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("bad epoch"));
    if (!isValidId(recordId) || !isValidKind(kind) || !isValidId(clock.deviceId))
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("bad envelope header"));

    auto padded = pad(plaintext);
    if (!padded.ok())
        return padded.error();
    QByteArray &clear = padded.value();
    const QByteArray ad = envelopeAssociatedData(recordId, kind, clock, epoch);

    QByteArray out(kEnvelopeNonceSize + clear.size() + kEnvelopeTagSize, Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, kEnvelopeNonceSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + kEnvelopeNonceSize, &written,
        reinterpret_cast<const unsigned char *>(clear.constData()),
        static_cast<unsigned long long>(clear.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr, nonce, vaultKey.data());
    sodium_memzero(clear.data(), static_cast<size_t>(clear.size()));
    env.ciphertext = std::move(out);
    return env;
}

Result<QByteArray> openEnvelope(const SecureBuffer &vaultKey, const Envelope &envelope)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    if (vaultKey.size() != kVaultKeySize)
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("vault key has wrong size"));
    if (Error e = validateEnvelopeShape(envelope))
        return Error(ErrorCode::SyncTampered, e.detail);

    const QByteArray ad = envelopeAssociatedData(envelope.recordId, envelope.kind, envelope.clock,
                                                  envelope.epoch);
    const auto *nonce = reinterpret_cast<const unsigned char *>(envelope.ciphertext.constData());
    const qsizetype sealedSize = envelope.ciphertext.size() - kEnvelopeNonceSize;
    QByteArray clear(sealedSize - kEnvelopeTagSize, Qt::Uninitialized);
    unsigned long long clearSize = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(clear.data()), &clearSize, nullptr,
        nonce + kEnvelopeNonceSize, static_cast<unsigned long long>(sealedSize),
        reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nonce, vaultKey.data());
    if (rc != 0)
        return Error(ErrorCode::SyncTampered, QStringLiteral("envelope failed authentication"));
    auto plain = unpad(clear);
    sodium_memzero(clear.data(), static_cast<size_t>(clear.size()));
    if (!plain.ok())
        return Error(ErrorCode::SyncTampered, plain.error().detail);
    return plain.take();
}

Error validateEnvelopeShape(const Envelope &envelope)
{
    if (!isValidId(envelope.recordId))
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("bad record id"));
    if (!isValidKind(envelope.kind))
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("bad kind"));
    if (!isValidId(envelope.clock.deviceId))
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("bad clock"));
    if (envelope.epoch < 0 || envelope.epoch > kMaxEpoch)
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("bad epoch"));
    if (!isBucketSize(envelope.ciphertext.size() - kEnvelopeOverhead))
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("ciphertext size is not a bucket"));
    return {};
}

} // namespace saib::protocol

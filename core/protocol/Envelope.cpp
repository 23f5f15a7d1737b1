#include "Envelope.h"
#include "Base64Url.h"
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

namespace {
constexpr int kClockFieldMax = 26 + kMaxIdLength;

// Keyed BLAKE2b of (record id, clock): one id per version, opaque without the key.
QByteArray versionIdFor(const SecureBuffer &vaultKey, const QString &recordId, const HlcTimestamp &clock)
{
    QByteArray message;
    appendField(message, QByteArrayLiteral("saib-version-v1"));
    appendField(message, recordId.toUtf8());
    appendField(message, clock.toString().toUtf8());
    QByteArray out(kVersionIdSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), kVersionIdSize,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<unsigned long long>(message.size()), vaultKey.data(), vaultKey.size());
    return out;
}

// v1: "saib-envelope-v1" ‖ id ‖ kind ‖ clock (‖ epoch when not 0).
QByteArray legacyAssociatedData(const Envelope &e)
{
    QByteArray ad;
    appendField(ad, QByteArrayLiteral("saib-envelope-v1"));
    appendField(ad, e.recordId.toUtf8());
    appendField(ad, e.kind.toUtf8());
    appendField(ad, e.clock.toString().toUtf8());
    if (e.epoch != 0)
        appendField(ad, QByteArray::number(e.epoch));
    return ad;
}
} // namespace

SecureBuffer newVaultKey() { return SecureBuffer::random(kVaultKeySize); }

QString Envelope::versionKey() const
{
    return isLegacy() ? clock.toString() : QLatin1Char('~') + toBase64Url(versionId);
}

QByteArray envelopeAssociatedData(const Envelope &e)
{
    if (e.isLegacy())
        return legacyAssociatedData(e);
    QByteArray ad;
    appendField(ad, QByteArrayLiteral("saib-envelope-v2"));
    appendField(ad, e.recordId.toUtf8());
    appendField(ad, e.kind.toUtf8());
    appendField(ad, e.versionId);
    appendField(ad, QByteArray::number(e.epoch));
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
    if (!isValidId(recordId) || !isValidKind(kind) || !isValidId(clock.deviceId) || epoch < 0 || epoch > kMaxEpoch)
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("bad envelope header"));
    Envelope env;
    env.recordId = recordId;
    env.kind = kind;
    env.clock = clock;
    env.epoch = epoch;
    env.versionId = versionIdFor(vaultKey, recordId, clock);

    QByteArray inner;
    appendField(inner, clock.toString().toUtf8());
    inner.append(plaintext);
    auto padded = pad(inner);
    sodium_memzero(inner.data(), static_cast<size_t>(inner.size()));
    if (!padded.ok())
        return padded.error();
    QByteArray &clear = padded.value();
    const QByteArray ad = envelopeAssociatedData(env);

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

Result<QByteArray> openEnvelope(const SecureBuffer &vaultKey, const Envelope &envelope, HlcTimestamp *clock)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    if (vaultKey.size() != kVaultKeySize)
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("vault key has wrong size"));
    if (Error e = validateEnvelopeShape(envelope))
        return Error(ErrorCode::SyncTampered, e.detail);

    const QByteArray ad = envelopeAssociatedData(envelope);
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
    QByteArray &inner = plain.value();
    if (envelope.isLegacy()) {
        if (clock)
            *clock = envelope.clock;
        return plain.take();
    }
    // v2: the clock is the first field inside, and the version id must be its own.
    const auto fail = [&inner](const char *why) {
        sodium_memzero(inner.data(), static_cast<size_t>(inner.size()));
        return Error(ErrorCode::SyncTampered, QString::fromLatin1(why));
    };
    if (inner.size() < 4)
        return fail("envelope holds no clock");
    const quint32 clockSize = qFromBigEndian<quint32>(inner.constData());
    if (clockSize > quint32(kClockFieldMax) || inner.size() < 4 + qsizetype(clockSize))
        return fail("envelope clock is malformed");
    auto inside = HlcTimestamp::parse(QString::fromUtf8(inner.mid(4, clockSize)));
    if (!inside.ok())
        return fail("envelope clock is malformed");
    if (versionIdFor(vaultKey, envelope.recordId, inside.value()) != envelope.versionId)
        return fail("envelope version id does not match its clock");
    if (clock)
        *clock = inside.value();
    QByteArray out = inner.mid(4 + qsizetype(clockSize));
    sodium_memzero(inner.data(), static_cast<size_t>(inner.size()));
    return out;
}

Error validateEnvelopeShape(const Envelope &envelope)
{
    if (!isValidId(envelope.recordId))
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("bad record id"));
    if (!isValidKind(envelope.kind))
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("bad kind"));
    if (envelope.isLegacy() ? !isValidId(envelope.clock.deviceId) : envelope.versionId.size() != kVersionIdSize)
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("bad version"));
    if (envelope.epoch < 0 || envelope.epoch > kMaxEpoch)
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("bad epoch"));
    if (!isBucketSize(envelope.ciphertext.size() - kEnvelopeOverhead))
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("ciphertext size is not a bucket"));
    return {};
}

} // namespace saib::protocol

#include "Pairing.h"
#include "Envelope.h"

#include <core/crypto/Sodium.h>

#include <QtEndian>
#include <cstring>
#include <sodium.h>

namespace saib::protocol {

namespace {
constexpr int kAlphabetSize = sizeof(kPairingAlphabet) - 1;
}

QString pairingCodeFor(const QByteArray &edPublicKey, const QString &deviceId)
{
    ensureSodium();
    unsigned char hash[32];
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, sizeof hash);
    const QByteArray domain = QByteArrayLiteral("saib-pairing-code-v1");
    const QByteArray id = deviceId.toUtf8();
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(domain.constData()), domain.size());
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(edPublicKey.constData()), edPublicKey.size());
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(id.constData()), id.size());
    crypto_generichash_final(&st, hash, sizeof hash);
    quint64 v = qFromBigEndian<quint64>(hash);
    QString code;
    for (int i = 0; i < kPairingCodeLength; ++i) {
        code.append(QLatin1Char(kPairingAlphabet[v % kAlphabetSize]));
        v /= kAlphabetSize;
    }
    return code;
}

QString normalisePairingCode(const QString &input)
{
    QString out;
    for (const QChar c : input) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        out.append(c.toUpper());
    }
    return out;
}

bool isValidPairingCode(const QString &code)
{
    if (code.size() != kPairingCodeLength)
        return false;
    for (const QChar c : code) {
        if (c.unicode() > 127 || !std::strchr(kPairingAlphabet, static_cast<char>(c.unicode())))
            return false;
    }
    return true;
}

QString formatPairingCode(const QString &code)
{
    return code.left(4) + QLatin1Char('-') + code.mid(4);
}

Result<QByteArray> sealVaultKeyForPairing(const SecureBuffer &vaultKey, const QString &code,
                                          const QString &newDeviceId,
                                          const QByteArray &newDevicePublicKey)
{
    if (vaultKey.size() != kVaultKeySize)
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("vault key has wrong size"));
    if (pairingCodeFor(newDevicePublicKey, newDeviceId) != normalisePairingCode(code))
        return Error(ErrorCode::PairingCodeInvalid, QStringLiteral("key does not match code"));
    return sealToDevice(vaultKey, newDevicePublicKey);
}

Result<SecureBuffer> openPairedVaultKey(const DeviceIdentity &self, const QByteArray &sealed)
{
    auto key = self.openSealed(sealed);
    if (!key.ok())
        return key.error();
    if (key.value().size() != kVaultKeySize)
        return Error(ErrorCode::SyncTampered, QStringLiteral("vault key has wrong size"));
    return key.take();
}

} // namespace saib::protocol

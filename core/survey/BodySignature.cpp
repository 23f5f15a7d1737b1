#include "BodySignature.h"

#include "SurveyJson.h"

#include <core/crypto/Sodium.h>

#include <sodium.h>

namespace saib::survey {

namespace {
QByteArray message(const char *purpose, const QByteArray &bytes)
{
    QByteArray m(purpose);
    m.append('\0');
    m.append(bytes);
    return m;
}
} // namespace

QByteArray bodySign(const char *purpose, const QByteArray &bytes, const SigningKeyPair &key)
{
    ensureSodium();
    const QByteArray m = message(purpose, bytes);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(m.constData()),
                         static_cast<unsigned long long>(m.size()), key.secretKey.data());
    return signature;
}

bool bodyVerify(const char *purpose, const QByteArray &bytes, const QByteArray &signature,
                const QByteArray &publicKey)
{
    ensureSodium();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != kSignPublicKeyBytes)
        return false;
    const QByteArray m = message(purpose, bytes);
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(m.constData()),
                                       static_cast<unsigned long long>(m.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

Result<QByteArray> parseBodyPublicKey(const QString &text)
{
    auto key = fromBase64(text.trimmed());
    if (!key || key->size() != kSignPublicKeyBytes)
        return Error(ErrorCode::SurveyBodyKeyInvalid, QStringLiteral("not base64 of 32 bytes"));
    return *key;
}

QString bodyKeyFingerprint(const QByteArray &publicKey)
{
    ensureSodium();
    QByteArray digest(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(publicKey.constData()),
                       static_cast<unsigned long long>(publicKey.size()));
    const QString hex = QString::fromLatin1(digest.left(8).toHex()).toUpper();
    return hex.left(4) + QLatin1Char(' ') + hex.mid(4, 4) + QLatin1Char(' ') + hex.mid(8, 4)
        + QLatin1Char(' ') + hex.mid(12, 4);
}

} // namespace saib::survey

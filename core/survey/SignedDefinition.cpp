#include "SignedDefinition.h"

#include <core/crypto/Ristretto.h>

#include <core/crypto/Sodium.h>
#include <core/io/JsonReader.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace saib::survey {

namespace {

const QString kFormat = QStringLiteral("saib-survey-v1");

QByteArray signedMessage(const QByteArray &definition)
{
    QByteArray message("saib-survey-definition-v1");
    message.append('\0');
    message.append(definition);
    return message;
}

} // namespace

SigningKeyPair SigningKeyPair::generate()
{
    ensureSodium();
    SigningKeyPair pair;
    pair.secretKey = SecureBuffer(kSignSecretKeyBytes);
    pair.publicKey = QByteArray(kSignPublicKeyBytes, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()), pair.secretKey.data());
    return pair;
}

Result<SigningKeyPair> SigningKeyPair::fromSeed(const SecureBuffer &seed)
{
    ensureSodium();
    if (seed.size() != crypto_sign_SEEDBYTES)
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("signing seed must be 32 bytes"));
    SigningKeyPair pair;
    pair.secretKey = SecureBuffer(kSignSecretKeyBytes);
    pair.publicKey = QByteArray(kSignPublicKeyBytes, '\0');
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()), pair.secretKey.data(),
                             seed.data());
    return pair;
}

Result<QByteArray> signDefinition(const QByteArray &definitionJson, const SigningKeyPair &key)
{
    ensureSodium();
    auto parsed = SurveyDefinition::fromJson(definitionJson, /*strict=*/true);
    if (!parsed.ok())
        return parsed.error();
    if (key.secretKey.size() != kSignSecretKeyBytes || key.publicKey.size() != kSignPublicKeyBytes)
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("signing key sizes"));
    const QByteArray message = signedMessage(definitionJson);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()), key.secretKey.data());
    const QJsonObject envelope{{QStringLiteral("format"), kFormat},
                               {QStringLiteral("definition"), toBase64(definitionJson)},
                               {QStringLiteral("signer"), toBase64(key.publicKey)},
                               {QStringLiteral("signature"), toBase64(signature)}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Indented);
}

Result<SurveyDefinition> verifySignedDefinition(const QByteArray &envelope, const QByteArray &pinnedPublicKey)
{
    ensureSodium();
    if (pinnedPublicKey.size() != kSignPublicKeyBytes)
        return Error(ErrorCode::SurveyWrongSigner, QStringLiteral("no valid pinned key"));
    auto parsed = JsonReader::parseObject(envelope, ErrorCode::SurveyDefinitionInvalid);
    if (!parsed.ok())
        return Error(ErrorCode::SurveyDefinitionInvalid, QStringLiteral("envelope is not a JSON object"));
    const QJsonObject o = parsed.value();
    // A bare definition (no envelope at all) is "unsigned" to the user, not "damaged".
    if (!o.contains(QStringLiteral("signature")) || o.value(QStringLiteral("signature")).toString().isEmpty())
        return Error(ErrorCode::SurveyUnsigned);
    // The envelope has always ignored members it does not know.
    JsonReader r(o, ErrorCode::SurveyDefinitionInvalid, JsonReader::Unknown::Allow);
    if (r.text(QStringLiteral("format")) != kFormat)
        return Error(ErrorCode::SurveyDefinitionInvalid, QStringLiteral("unknown envelope format"));
    const QByteArray definition = r.base64(QStringLiteral("definition"), 1, kJsonUnbounded);
    if (r.failed())
        return Error(ErrorCode::SurveyDefinitionInvalid, QStringLiteral("definition member"));
    const QByteArray signature = r.base64(QStringLiteral("signature"), crypto_sign_BYTES, crypto_sign_BYTES);
    if (r.failed())
        return Error(ErrorCode::SurveySignatureInvalid, QStringLiteral("signature is not 64 bytes of base64"));
    // The signer field is only a hint for a clearer error: trust comes from the pinned key.
    if (r.has(QStringLiteral("signer"))) {
        const QByteArray signer = r.base64(QStringLiteral("signer"), kSignPublicKeyBytes, kSignPublicKeyBytes);
        if (r.failed() || !ristretto::equalBytes(signer, pinnedPublicKey))
            return Error(ErrorCode::SurveyWrongSigner);
    }
    const QByteArray message = signedMessage(definition);
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                    reinterpret_cast<const unsigned char *>(message.constData()),
                                    static_cast<unsigned long long>(message.size()),
                                    reinterpret_cast<const unsigned char *>(pinnedPublicKey.constData()))
        != 0)
        return Error(ErrorCode::SurveySignatureInvalid);
    return SurveyDefinition::fromJson(definition);
}

} // namespace saib::survey

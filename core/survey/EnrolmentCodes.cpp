#include "EnrolmentCodes.h"

#include "BodySignature.h"
#include <core/crypto/Ristretto.h>
#include "SurveyJson.h"

#include <core/crypto/Sodium.h>
#include <core/io/JsonReader.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstring>
#include <sodium.h>

namespace saib::survey {

namespace {
const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
const char kPurpose[] = "saib-enrolment-codes-v1";
const QString kFormat = QStringLiteral("saib-enrolment-codes-v1");
constexpr int kCodeHashBytes = crypto_hash_sha256_BYTES;

Error malformed(const QString &why) { return Error(ErrorCode::SurveyDefinitionInvalid, why); }
} // namespace

QString generateEnrolmentCode()
{
    ensureSodium();
    QString code;
    for (int i = 0; i < kEnrolmentCodeChars; ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(QLatin1Char('-'));
        code.append(QLatin1Char(kAlphabet[randombytes_uniform(32)]));
    }
    return code;
}

std::optional<QString> normaliseEnrolmentCode(const QString &typed)
{
    QString out;
    for (QChar c : typed.toUpper()) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.unicode() > 127 || !std::strchr(kAlphabet, char(c.unicode())) || c.unicode() == 0)
            return std::nullopt;
        out.append(c);
        if (out.size() > kEnrolmentCodeChars)
            return std::nullopt;
    }
    if (out.size() != kEnrolmentCodeChars)
        return std::nullopt;
    return out;
}

QByteArray enrolmentCodeHash(const QString &surveyId, const QString &normalisedCode)
{
    ensureSodium();
    const QByteArray input = QByteArray("saib-enrolment-code-v1") + '\0' + surveyId.toUtf8() + '\0'
        + normalisedCode.toLatin1();
    QByteArray out(kCodeHashBytes, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       static_cast<unsigned long long>(input.size()));
    return out;
}

Result<QByteArray> signEnrolmentCodes(const EnrolmentCodeBatch &batch, const SigningKeyPair &key)
{
    if (!isValidId(batch.surveyId))
        return malformed(QStringLiteral("survey id"));
    if (batch.hashes.isEmpty() || batch.hashes.size() > kMaxCodesPerBatch)
        return malformed(QStringLiteral("a batch holds 1..%1 codes").arg(kMaxCodesPerBatch));
    QJsonArray hashes;
    for (const QByteArray &h : batch.hashes) {
        if (h.size() != kCodeHashBytes)
            return malformed(QStringLiteral("code hash size"));
        hashes.append(toBase64(h));
    }
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("survey"), batch.surveyId},
                                                       {QStringLiteral("hashes"), hashes}})
                                 .toJson(QJsonDocument::Compact);
    const QJsonObject envelope{{QStringLiteral("format"), kFormat},
                               {QStringLiteral("batch"), toBase64(bytes)},
                               {QStringLiteral("signer"), toBase64(key.publicKey)},
                               {QStringLiteral("signature"), toBase64(bodySign(kPurpose, bytes, key))}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

Result<EnrolmentCodeBatch> verifyEnrolmentCodes(const QByteArray &signedBatch, const QByteArray &pinnedKey)
{
    auto parsed = JsonReader::parseObject(signedBatch, ErrorCode::SurveyDefinitionInvalid);
    if (!parsed.ok())
        return malformed(QStringLiteral("not a JSON object"));
    JsonReader r(parsed.value(), ErrorCode::SurveyDefinitionInvalid);
    const QString format = r.text(QStringLiteral("format"));
    const QByteArray signer = r.base64(QStringLiteral("signer"), kSignPublicKeyBytes, kSignPublicKeyBytes);
    const QByteArray bytes = r.base64(QStringLiteral("batch"), 0, kJsonUnbounded);
    const QByteArray signature = r.base64(QStringLiteral("signature"), crypto_sign_BYTES, crypto_sign_BYTES);
    if (format != kFormat || r.hasUnknownFields())
        return malformed(QStringLiteral("unknown format"));
    if (r.badField() == QLatin1String("signer") || !ristretto::equalBytes(signer, pinnedKey))
        return Error(ErrorCode::SurveyWrongSigner);
    if (r.failed() || !bodyVerify(kPurpose, bytes, signature, pinnedKey))
        return Error(ErrorCode::SurveySignatureInvalid);
    // Members the batch does not define are ignored, as they always were.
    JsonReader contents(QJsonDocument::fromJson(bytes).object(), ErrorCode::SurveyDefinitionInvalid,
                        JsonReader::Unknown::Allow);
    EnrolmentCodeBatch batch;
    batch.surveyId = contents.text(QStringLiteral("survey"));
    batch.hashes = contents.base64List(QStringLiteral("hashes"), 1, kMaxCodesPerBatch, kCodeHashBytes);
    if (contents.failed() || !isValidId(batch.surveyId))
        return malformed(QStringLiteral("batch contents: %1").arg(contents.badField()));
    return batch;
}

} // namespace saib::survey

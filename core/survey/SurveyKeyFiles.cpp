#include "SurveyKeyFiles.h"

#include "BodySignature.h"
#include <core/crypto/Ristretto.h>
#include "SurveyJson.h"
#include "../io/AtomicFile.h"
#include "../io/JsonReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace saib::survey {

namespace {
const QString kBodyKeyFormat = QStringLiteral("saib-survey-body-key-v1");
const QString kVoprfKeyFormat = QStringLiteral("saib-survey-voprf-key-v1");
constexpr qint64 kMaxKeyFileBytes = 4096;

Error fileError(const QString &path, const QString &why)
{
    return Error(ErrorCode::StorageFailed, QStringLiteral("%1: %2").arg(path, why));
}

// Secrets are readable by the owner only (set before any byte is written).
Error writeFile(const QString &path, const QByteArray &bytes, bool secret)
{
    return AtomicFile::write(path, bytes, ErrorCode::StorageFailed,
                             secret ? AtomicFile::Access::OwnerOnly : AtomicFile::Access::Default);
}

Result<QJsonObject> readJson(const QString &path, const QString &format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, file.errorString());
    QByteArray bytes = file.read(kMaxKeyFileBytes + 1);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    bytes.fill('\0');
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != format)
        return Error(ErrorCode::KeyFileCorrupt, QStringLiteral("%1 is not a %2 file").arg(path, format));
    return doc.object();
}

// Key files have always ignored members they do not define.
JsonReader keyReader(const QJsonObject &o)
{
    return JsonReader(o, ErrorCode::KeyFileCorrupt, JsonReader::Unknown::Allow);
}

SecureBuffer secretFrom(JsonReader &r, const QString &key, int size)
{
    QByteArray bytes = r.base64(key, size, size);
    if (r.failed())
        return {};
    SecureBuffer out = SecureBuffer::fromBytes(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    bytes.fill('\0');
    return out;
}

QString secretText(const unsigned char *data, int size)
{
    return toBase64(QByteArray(reinterpret_cast<const char *>(data), size));
}
} // namespace

Error writeSigningKey(const QString &path, const SigningKeyPair &key)
{
    if (key.secretKey.size() != kSignSecretKeyBytes)
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("signing key size"));
    // libsodium's secret key is seed || public key: only the seed is stored.
    QJsonObject o{{QStringLiteral("format"), kBodyKeyFormat},
                  {QStringLiteral("seed"), secretText(key.secretKey.data(), 32)},
                  {QStringLiteral("public_key"), toBase64(key.publicKey)}};
    QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    const Error e = writeFile(path, bytes, true);
    bytes.fill('\0');
    return e;
}

Result<SigningKeyPair> readSigningKey(const QString &path)
{
    auto o = readJson(path, kBodyKeyFormat);
    if (!o.ok())
        return o.error();
    JsonReader r = keyReader(o.value());
    const SecureBuffer seed = secretFrom(r, QStringLiteral("seed"), 32);
    if (seed.isNull())
        return Error(ErrorCode::KeyFileCorrupt, path + QStringLiteral(": seed"));
    return SigningKeyPair::fromSeed(seed);
}

Error writePublicKey(const QString &path, const QByteArray &publicKey)
{
    return writeFile(path, toBase64(publicKey).toLatin1() + '\n', false);
}

Result<QByteArray> readPublicKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, file.errorString());
    return parseBodyPublicKey(QString::fromLatin1(file.read(kMaxKeyFileBytes)));
}

Error writeVoprfKey(const QString &path, const QString &surveyId, const voprf::KeyPair &key)
{
    if (!isValidId(surveyId))
        return Error(ErrorCode::SurveyDefinitionInvalid, QStringLiteral("survey id"));
    QJsonObject o{{QStringLiteral("format"), kVoprfKeyFormat},
                  {QStringLiteral("survey"), surveyId},
                  {QStringLiteral("secret_key"), secretText(key.secretKey.data(), voprf::kScalarBytes)},
                  {QStringLiteral("public_key"), toBase64(key.publicKey)}};
    QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    const Error e = writeFile(path, bytes, true);
    bytes.fill('\0');
    return e;
}

Result<voprf::KeyPair> readVoprfKey(const QString &path, const QString &surveyId)
{
    auto o = readJson(path, kVoprfKeyFormat);
    if (!o.ok())
        return o.error();
    JsonReader r = keyReader(o.value());
    if (r.text(QStringLiteral("survey")) != surveyId)
        return Error(ErrorCode::KeyFileCorrupt, path + QStringLiteral(" is for another survey"));
    voprf::KeyPair key;
    key.secretKey = secretFrom(r, QStringLiteral("secret_key"), voprf::kScalarBytes);
    if (key.secretKey.isNull())
        return Error(ErrorCode::KeyFileCorrupt, path + QStringLiteral(": secret_key"));
    auto pk = voprf::publicKeyFor(key.secretKey);
    if (!pk.ok())
        return Error(ErrorCode::KeyFileCorrupt, path + QStringLiteral(": secret_key"));
    const QByteArray stated = r.base64(QStringLiteral("public_key"), voprf::kElementBytes, voprf::kElementBytes);
    if (r.failed() || !ristretto::equalBytes(stated, pk.value()))
        return Error(ErrorCode::KeyFileCorrupt, path + QStringLiteral(": public_key does not match"));
    key.publicKey = pk.value();
    return key;
}

} // namespace saib::survey

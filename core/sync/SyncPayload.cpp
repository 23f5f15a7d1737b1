#include "SyncPayload.h"
#include "SyncRecords.h"

#include <core/protocol/Base64Url.h>

#include <QJsonDocument>
#include <sodium.h>

namespace saib::sync {

namespace {
constexpr int kFormatVersion = 1;
constexpr std::size_t kRecordIdBytes = 16;
const char kIdContext[] = "saib-record-id-v1";

Error malformed(const QString &why) { return Error(ErrorCode::SyncMalformed, why); }
} // namespace

QByteArray encodePayload(const RecordPayload &p)
{
    QJsonObject o{{QStringLiteral("v"), kFormatVersion},
                  {QStringLiteral("kind"), p.kind},
                  {QStringLiteral("key"), p.key},
                  {QStringLiteral("deleted"), !p.data.has_value()}};
    if (p.data)
        o.insert(QStringLiteral("data"), *p.data);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<RecordPayload> decodePayload(const QByteArray &bytes)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(QStringLiteral("record is not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt(-1) != kFormatVersion)
        return malformed(QStringLiteral("unknown record format"));
    RecordPayload p;
    p.kind = o.value(QStringLiteral("kind")).toString();
    p.key = o.value(QStringLiteral("key")).toString();
    if (!isSyncedKind(p.kind) || p.key.isEmpty())
        return malformed(QStringLiteral("unknown kind or empty key"));
    const QJsonValue deleted = o.value(QStringLiteral("deleted"));
    if (!deleted.isBool())
        return malformed(QStringLiteral("no deleted flag"));
    if (!deleted.toBool()) {
        const QJsonValue data = o.value(QStringLiteral("data"));
        if (!data.isObject() || !data.toObject().value(QStringLiteral("row")).isObject())
            return malformed(QStringLiteral("record without data"));
        p.data = data.toObject();
    }
    return p;
}

SecureBuffer recordIdKey(const SecureBuffer &syncKey)
{
    SecureBuffer out(crypto_generichash_KEYBYTES);
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char *>(kIdContext),
                       sizeof kIdContext - 1, syncKey.data(), syncKey.size());
    return out;
}

QString recordIdFor(const SecureBuffer &idKey, const QString &kind, const QString &key)
{
    // Kind and key joined with a NUL, which neither can contain.
    const QByteArray input = kind.toUtf8() + '\0' + key.toUtf8();
    unsigned char hash[kRecordIdBytes];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(input.constData()),
                       std::size_t(input.size()), idKey.data(), idKey.size());
    return protocol::toBase64Url(QByteArray(reinterpret_cast<const char *>(hash), sizeof hash));
}

} // namespace saib::sync

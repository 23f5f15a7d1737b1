#include "JsonReader.h"
#include "Base64Url.h"
#include "Ids.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace saib::protocol {

Result<QJsonObject> JsonReader::parseObject(const QByteArray &body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("malformed JSON"));
    if (!doc.isObject())
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("JSON body must be an object"));
    return doc.object();
}

bool JsonReader::take(const QString &key, QJsonValue &out)
{
    m_seen.insert(key);
    if (!m_error.isEmpty())
        return false;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        fail(key, "missing");
        return false;
    }
    out = it.value();
    return true;
}

void JsonReader::fail(const QString &key, const char *why)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("field '%1': %2").arg(key.left(40), QLatin1String(why));
}

QString JsonReader::id(const QString &key)
{
    QJsonValue v;
    if (!take(key, v))
        return {};
    if (!v.isString() || !isValidId(v.toString())) {
        fail(key, "not a valid id");
        return {};
    }
    return v.toString();
}

QString JsonReader::string(const QString &key, int maxLength)
{
    QJsonValue v;
    if (!take(key, v))
        return {};
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > maxLength) {
        fail(key, "not a string of the allowed length");
        return {};
    }
    return v.toString();
}

QByteArray JsonReader::bytes(const QString &key, int minSize, int maxSize)
{
    QJsonValue v;
    if (!take(key, v))
        return {};
    // Cheap length check before decoding: 4 characters carry 3 bytes.
    if (!v.isString() || v.toString().size() > (static_cast<qint64>(maxSize) * 4) / 3 + 4) {
        fail(key, "not base64url of the allowed size");
        return {};
    }
    const auto decoded = fromBase64Url(v.toString());
    if (!decoded || decoded->size() < minSize || decoded->size() > maxSize) {
        fail(key, "not base64url of the allowed size");
        return {};
    }
    return *decoded;
}

qint64 JsonReader::integer(const QString &key, qint64 min, qint64 max)
{
    QJsonValue v;
    if (!take(key, v))
        return 0;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d
        || std::fabs(d) > static_cast<double>(kMaxJsonInteger) || d < static_cast<double>(min)
        || d > static_cast<double>(max)) {
        fail(key, "not an integer in range");
        return 0;
    }
    return static_cast<qint64>(d);
}

bool JsonReader::boolean(const QString &key)
{
    QJsonValue v;
    if (!take(key, v))
        return false;
    if (!v.isBool()) {
        fail(key, "not a boolean");
        return false;
    }
    return v.toBool();
}

QJsonArray JsonReader::array(const QString &key, int maxItems)
{
    QJsonValue v;
    if (!take(key, v))
        return {};
    if (!v.isArray() || v.toArray().size() > maxItems) {
        fail(key, "not an array of the allowed length");
        return {};
    }
    return v.toArray();
}

Error JsonReader::finish() const
{
    if (!m_error.isEmpty())
        return Error(ErrorCode::RelayRequestInvalid, m_error);
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key()))
            return Error(ErrorCode::RelayRequestInvalid,
                         QStringLiteral("unknown field '%1'").arg(it.key().left(40)));
    }
    return {};
}

} // namespace saib::protocol

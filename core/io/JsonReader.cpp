#include "JsonReader.h"
#include "Base64.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace saib {

namespace {
// Cheap length check before decoding: 4 characters carry 3 bytes (plus padding).
bool tooLongForBytes(const QString &text, int maxSize)
{
    return text.size() > (static_cast<qint64>(maxSize) * 4) / 3 + 4;
}
} // namespace

Result<QJsonObject> JsonReader::parseObject(const QByteArray &body, ErrorCode code)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return Error(code, QStringLiteral("malformed JSON"));
    if (!doc.isObject())
        return Error(code, QStringLiteral("JSON body must be an object"));
    return doc.object();
}

bool JsonReader::take(const QString &key, QJsonValue &out)
{
    m_seen.insert(key);
    if (failed())
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
    if (!failed()) {
        m_badField = key;
        m_problem = QStringLiteral("field '%1': %2").arg(key.left(40), QLatin1String(why));
    }
}

bool JsonReader::isNull(const QString &key)
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || !it.value().isNull())
        return false;
    m_seen.insert(key);
    return true;
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

QString JsonReader::text(const QString &key, int maxLength)
{
    QJsonValue v;
    if (!take(key, v))
        return {};
    if (!v.isString() || v.toString().size() > maxLength) {
        fail(key, "not a string of the allowed length");
        return {};
    }
    return v.toString();
}

qint64 JsonReader::integer(const QString &key, qint64 min, qint64 max)
{
    QJsonValue v;
    if (!take(key, v))
        return 0;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d
        || std::fabs(d) > static_cast<double>(kMaxJsonInteger)) {
        fail(key, "not an integer in range");
        return 0;
    }
    // Qt keeps a whole number it parsed as a 64-bit integer: 2^53 + 1 reads back exactly
    // here (its double would round to 2^53), so a value no double can hold is refused.
    const qint64 i = v.toInteger(static_cast<qint64>(d));
    if (i > kMaxJsonInteger || i < -kMaxJsonInteger || i < min || i > max) {
        fail(key, "not an integer in range");
        return 0;
    }
    return i;
}

double JsonReader::number(const QString &key)
{
    QJsonValue v;
    if (!take(key, v))
        return 0;
    if (!v.isDouble()) {
        fail(key, "not a number");
        return 0;
    }
    return v.toDouble();
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

QByteArray JsonReader::base64Url(const QString &key, int minSize, int maxSize)
{
    return encodedBytes(key, minSize, maxSize, &fromBase64Url, "not base64url of the allowed size");
}

QByteArray JsonReader::base64(const QString &key, int minSize, int maxSize)
{
    return encodedBytes(key, minSize, maxSize, &fromBase64, "not base64 of the allowed size");
}

QByteArray JsonReader::encodedBytes(const QString &key, int minSize, int maxSize, Decoder decode, const char *why)
{
    QJsonValue v;
    if (!take(key, v))
        return {};
    std::optional<QByteArray> decoded;
    if (v.isString()) {
        const QString text = v.toString(); // a copy out of the document each call: once
        if (!tooLongForBytes(text, maxSize))
            decoded = decode(text);
    }
    if (!decoded || decoded->size() < minSize || decoded->size() > maxSize) {
        fail(key, why);
        return {};
    }
    return *decoded;
}

QList<QByteArray> JsonReader::base64List(const QString &key, int minItems, int maxItems, int itemSize)
{
    const QJsonArray items = array(key, maxItems);
    if (failed())
        return {};
    QList<QByteArray> out;
    for (const QJsonValue &item : items) {
        std::optional<QByteArray> decoded;
        if (item.isString() && !tooLongForBytes(item.toString(), itemSize))
            decoded = fromBase64(item.toString());
        if (!decoded || decoded->size() != itemSize) {
            fail(key, "not an array of base64 items of the allowed size");
            return {};
        }
        out << *decoded;
    }
    if (out.size() < minItems) {
        fail(key, "not an array of the allowed length");
        return {};
    }
    return out;
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

QStringList JsonReader::strings(const QString &key, int maxItems)
{
    const QJsonArray items = array(key, maxItems);
    QStringList out;
    for (const QJsonValue &item : items) {
        if (!item.isString()) {
            fail(key, "not an array of strings");
            return {};
        }
        out << item.toString();
    }
    return out;
}

QJsonObject JsonReader::object(const QString &key)
{
    QJsonValue v;
    if (!take(key, v))
        return {};
    if (!v.isObject()) {
        fail(key, "not an object");
        return {};
    }
    return v.toObject();
}

QJsonValue JsonReader::value(const QString &key)
{
    m_seen.insert(key);
    return m_object.value(key);
}

std::optional<double> JsonReader::optionalNumber(const QString &key)
{
    if (isNull(key))
        return std::nullopt;
    return number(key);
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key, qint64 min, qint64 max)
{
    if (isNull(key))
        return std::nullopt;
    return integer(key, min, max);
}

bool JsonReader::hasUnknownFields() const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key()))
            return true;
    }
    return false;
}

Error JsonReader::finish() const
{
    if (failed())
        return Error(m_code, m_problem);
    if (m_unknown == Unknown::Refuse) {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_seen.contains(it.key()))
                return Error(m_code, QStringLiteral("unknown field '%1'").arg(it.key().left(40)));
        }
    }
    return {};
}

} // namespace saib

#include "SurveyJson.h"

namespace saib::survey {

QString toBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> fromBase64(const QJsonValue &value, int expectedSize)
{
    if (!value.isString())
        return std::nullopt;
    const QByteArray text = value.toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // Re-encoding must give the same text: rules out stray padding and non-zero pad bits.
    if (decoded.decoded.toBase64() != text)
        return std::nullopt;
    if (expectedSize >= 0 && decoded.decoded.size() != expectedSize)
        return std::nullopt;
    return decoded.decoded;
}

QString LocalText::in(const QString &language) const
{
    if (language.startsWith(QLatin1String("cy")))
        return cy.isEmpty() ? en : cy;
    return en.isEmpty() ? cy : en;
}

QJsonObject LocalText::toJson() const
{
    return QJsonObject{{QStringLiteral("en"), en}, {QStringLiteral("cy"), cy}};
}

std::optional<LocalText> LocalText::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    LocalText t{o.value(QStringLiteral("en")).toString().trimmed(), o.value(QStringLiteral("cy")).toString().trimmed()};
    if (t.en.isEmpty() || t.cy.isEmpty())
        return std::nullopt;
    return t;
}

bool onlyKeys(const QJsonObject &object, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return false;
    }
    return true;
}

} // namespace saib::survey

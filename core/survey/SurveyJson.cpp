#include "SurveyJson.h"

namespace saib::survey {

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

} // namespace saib::survey

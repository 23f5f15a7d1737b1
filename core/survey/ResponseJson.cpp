#include "ResponseJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace saib::survey {

QByteArray responseToJson(const SurveyResponse &response)
{
    QJsonObject bands;
    for (auto it = response.demographics.begin(); it != response.demographics.end(); ++it)
        bands.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{QStringLiteral("answers"), QJsonObject::fromVariantMap(response.answers)},
                                     {QStringLiteral("demographics"), bands}})
        .toJson(QJsonDocument::Compact);
}

Result<SurveyResponse> responseFromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || !o.value(QStringLiteral("answers")).isObject()
        || !o.value(QStringLiteral("demographics")).isObject())
        return Error(ErrorCode::SurveyResponseInvalid, QStringLiteral("stored response"));
    SurveyResponse r;
    // Numbers come back as double and choices as lists: what the Aggregator reads.
    r.answers = o.value(QStringLiteral("answers")).toObject().toVariantMap();
    const QJsonObject bands = o.value(QStringLiteral("demographics")).toObject();
    for (auto it = bands.begin(); it != bands.end(); ++it)
        r.demographics.insert(it.key(), it.value().toString());
    return r;
}

} // namespace saib::survey

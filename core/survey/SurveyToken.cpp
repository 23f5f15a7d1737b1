#include "SurveyToken.h"

#include "SurveyJson.h"
#include "Voprf.h"
#include <core/io/JsonReader.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saib::survey {

namespace {
QJsonArray toArray(const QList<QByteArray> &items)
{
    QJsonArray array;
    for (const QByteArray &item : items)
        array.append(toBase64(item));
    return array;
}
} // namespace

QByteArray IssuanceRequest::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("survey"), surveyId},
                                     {QStringLiteral("blinded"), toArray(blindedElements)}})
        .toJson(QJsonDocument::Compact);
}

Result<IssuanceRequest> IssuanceRequest::fromJson(const QByteArray &json)
{
    auto o = JsonReader::parseObject(json, ErrorCode::SurveyTokenMalformed);
    if (!o.ok())
        return o.error();
    JsonReader r(o.value(), ErrorCode::SurveyTokenMalformed);
    const QString survey = r.string(QStringLiteral("survey"), kJsonUnbounded);
    QList<QByteArray> blinded = r.base64List(QStringLiteral("blinded"), 1, kJsonUnbounded, voprf::kElementBytes);
    if (Error e = r.finish())
        return e;
    return IssuanceRequest{survey, std::move(blinded)};
}

QByteArray IssuanceResponse::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("evaluated"), toArray(evaluatedElements)},
                                     {QStringLiteral("proof"), toBase64(proof)}})
        .toJson(QJsonDocument::Compact);
}

Result<IssuanceResponse> IssuanceResponse::fromJson(const QByteArray &json)
{
    auto o = JsonReader::parseObject(json, ErrorCode::SurveyTokenMalformed);
    if (!o.ok())
        return o.error();
    JsonReader r(o.value(), ErrorCode::SurveyTokenMalformed);
    QList<QByteArray> evaluated = r.base64List(QStringLiteral("evaluated"), 1, kJsonUnbounded, voprf::kElementBytes);
    const QByteArray proof = r.base64(QStringLiteral("proof"), voprf::kProofBytes, voprf::kProofBytes);
    if (Error e = r.finish())
        return e;
    return IssuanceResponse{std::move(evaluated), proof};
}

} // namespace saib::survey

#include "SurveyToken.h"

#include "SurveyJson.h"
#include "Voprf.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saib::survey {

namespace {
Error malformed(const QString &why) { return Error(ErrorCode::SurveyTokenMalformed, why); }

QJsonArray toArray(const QList<QByteArray> &items)
{
    QJsonArray array;
    for (const QByteArray &item : items)
        array.append(toBase64(item));
    return array;
}

std::optional<QList<QByteArray>> fromArray(const QJsonValue &value, int itemSize)
{
    if (!value.isArray())
        return std::nullopt;
    QList<QByteArray> items;
    for (const QJsonValue &v : value.toArray()) {
        auto bytes = fromBase64(v, itemSize);
        if (!bytes)
            return std::nullopt;
        items.append(*bytes);
    }
    return items;
}

std::optional<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
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
    const auto o = parseObject(json);
    if (!o || !onlyKeys(*o, {QStringLiteral("survey"), QStringLiteral("blinded")}))
        return malformed(QStringLiteral("issuance request is not a JSON object of the expected form"));
    auto blinded = fromArray(o->value(QStringLiteral("blinded")), voprf::kElementBytes);
    const QString survey = o->value(QStringLiteral("survey")).toString();
    if (!blinded || blinded->isEmpty() || survey.isEmpty())
        return malformed(QStringLiteral("issuance request fields"));
    return IssuanceRequest{survey, *blinded};
}

QByteArray IssuanceResponse::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("evaluated"), toArray(evaluatedElements)},
                                     {QStringLiteral("proof"), toBase64(proof)}})
        .toJson(QJsonDocument::Compact);
}

Result<IssuanceResponse> IssuanceResponse::fromJson(const QByteArray &json)
{
    const auto o = parseObject(json);
    if (!o || !onlyKeys(*o, {QStringLiteral("evaluated"), QStringLiteral("proof")}))
        return malformed(QStringLiteral("issuance response is not a JSON object of the expected form"));
    auto evaluated = fromArray(o->value(QStringLiteral("evaluated")), voprf::kElementBytes);
    auto proof = fromBase64(o->value(QStringLiteral("proof")), voprf::kProofBytes);
    if (!evaluated || evaluated->isEmpty() || !proof)
        return malformed(QStringLiteral("issuance response fields"));
    return IssuanceResponse{*evaluated, *proof};
}

} // namespace saib::survey

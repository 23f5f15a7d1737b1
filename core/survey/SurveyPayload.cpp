#include "SurveyPayload.h"

#include "SurveyJson.h"
#include "TokenBinding.h"
#include <core/io/JsonReader.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace saib::survey {

namespace {

enum class Mode { Client, Server };

struct Normalised {
    bool skipped = false;
    QJsonValue value;
};

// One answer checked against its question. The client is lenient about the shape QML
// hands over (a lone string for a choice, 7.0 for a scale); the server accepts only the
// canonical shape the client writes.
std::optional<Normalised> normalise(const Question &q, const QJsonValue &raw, Mode mode)
{
    const bool client = mode == Mode::Client;
    if (raw.isNull() || raw.isUndefined())
        return client ? std::optional<Normalised>(Normalised{true, {}}) : std::nullopt;

    switch (q.kind) {
    case QuestionKind::Scale: {
        if (!raw.isDouble())
            return std::nullopt;
        const double d = raw.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || d < q.min || d > q.max)
            return std::nullopt;
        return Normalised{false, QJsonValue(static_cast<int>(d))};
    }
    case QuestionKind::Number: {
        if (!raw.isDouble() || !std::isfinite(raw.toDouble()))
            return std::nullopt;
        // Rounded to the question's precision so stray float digits carry nothing.
        const double scale = std::pow(10.0, q.decimals);
        const double d = std::round(raw.toDouble() * scale) / scale;
        if (d < q.min || d > q.max)
            return std::nullopt;
        return Normalised{false, QJsonValue(d)};
    }
    case QuestionKind::Choice: {
        QStringList ids;
        if (raw.isString() && client) {
            if (!raw.toString().isEmpty())
                ids.append(raw.toString());
        } else if (raw.isArray()) {
            for (const QJsonValue &v : raw.toArray()) {
                if (!v.isString())
                    return std::nullopt;
                ids.append(v.toString());
            }
        } else {
            return std::nullopt;
        }
        if (ids.isEmpty())
            return client ? std::optional<Normalised>(Normalised{true, {}}) : std::nullopt;
        ids.sort(); // the order choices were tapped in is not part of the answer
        if (ids.removeDuplicates() > 0 && !client)
            return std::nullopt;
        if (ids.size() > q.maxChoices)
            return std::nullopt;
        for (const QString &id : ids) {
            if (!q.hasOption(id))
                return std::nullopt;
        }
        return Normalised{false, QJsonArray::fromStringList(ids)};
    }
    case QuestionKind::TextShort: {
        if (!raw.isString())
            return std::nullopt;
        const QString text = raw.toString().trimmed();
        if (text.isEmpty())
            return client ? std::optional<Normalised>(Normalised{true, {}}) : std::nullopt;
        if (!client && text != raw.toString())
            return std::nullopt;
        if (text.size() > q.maxLength)
            return std::nullopt;
        return Normalised{false, QJsonValue(text)};
    }
    }
    return std::nullopt;
}

Result<QJsonObject> checkAnswers(const SurveyDefinition &def, const QJsonObject &answers, Mode mode)
{
    QJsonObject out;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const Question *q = def.question(it.key());
        if (!q)
            return Error(ErrorCode::SurveyAnswerInvalid, QStringLiteral("no question %1").arg(it.key()));
        auto n = normalise(*q, it.value(), mode);
        if (!n)
            return Error(ErrorCode::SurveyAnswerInvalid, QStringLiteral("answer to %1").arg(it.key()));
        if (!n->skipped)
            out.insert(it.key(), n->value);
    }
    if (out.isEmpty())
        return Error(ErrorCode::SurveyAnswerInvalid, QStringLiteral("no answers"));
    return out;
}

Result<QJsonObject> checkDemographics(const SurveyDefinition &def, const QJsonObject &given, Mode mode)
{
    QJsonObject out;
    for (auto it = given.begin(); it != given.end(); ++it) {
        const DemographicBand *band = def.band(it.key());
        if (!band || !it.value().isString())
            return Error(ErrorCode::SurveyDemographicInvalid, QStringLiteral("band %1").arg(it.key()));
        const QString value = it.value().toString();
        if (value.isEmpty() && mode == Mode::Client)
            continue; // prefer not to say
        if (!band->allows(value))
            return Error(ErrorCode::SurveyDemographicInvalid, QStringLiteral("band %1").arg(it.key()));
        out.insert(it.key(), value);
    }
    return out;
}

QVariantMap toVariantAnswers(const SurveyDefinition &def, const QJsonObject &answers)
{
    QVariantMap out;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const Question *q = def.question(it.key());
        switch (q->kind) {
        case QuestionKind::Scale:
            out.insert(it.key(), it.value().toInt());
            break;
        case QuestionKind::Number:
            out.insert(it.key(), it.value().toDouble());
            break;
        case QuestionKind::Choice: {
            QStringList ids;
            for (const QJsonValue &v : it.value().toArray())
                ids.append(v.toString());
            out.insert(it.key(), ids);
            break;
        }
        case QuestionKind::TextShort:
            out.insert(it.key(), it.value().toString());
            break;
        }
    }
    return out;
}

} // namespace

QByteArray SurveyPayload::payload() const
{
    return QJsonDocument::fromJson(bytes).object().value(QStringLiteral("payload")).toString().toUtf8();
}

QString SurveyPayload::prettyPrint() const
{
    QJsonObject envelope = QJsonDocument::fromJson(bytes).object();
    const QJsonDocument inner = QJsonDocument::fromJson(payload());
    if (inner.isObject())
        envelope.insert(QStringLiteral("payload"), inner.object());
    return QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Indented));
}

Result<SurveyPayload> buildPayload(const SurveyDefinition &definition, const QVariantMap &answers,
                                   const Demographics &demographics, const SurveyToken &token)
{
    if (!token.isWellFormed())
        return Error(ErrorCode::SurveyTokenMalformed, QStringLiteral("token sizes"));
    auto checkedAnswers = checkAnswers(definition, QJsonObject::fromVariantMap(answers), Mode::Client);
    if (!checkedAnswers.ok())
        return checkedAnswers.error();
    QJsonObject bands;
    for (auto it = demographics.begin(); it != demographics.end(); ++it)
        bands.insert(it.key(), it.value());
    auto checkedBands = checkDemographics(definition, bands, Mode::Client);
    if (!checkedBands.ok())
        return checkedBands.error();

    // These four members are the whole payload: add nothing here without revisiting
    // DESIGN.md §6 and the payload tests.
    const QJsonObject root{
        {QStringLiteral("survey"), definition.id},
        {QStringLiteral("answers"), checkedAnswers.value()},
        {QStringLiteral("demographics"), checkedBands.value()},
        {QStringLiteral("token"), toBase64(token.input)},
    };
    const QByteArray payload = QJsonDocument(root).toJson(QJsonDocument::Compact);
    const QJsonObject envelope{{QStringLiteral("mac"), toBase64(payloadMac(token.output, payload))},
                               {QStringLiteral("payload"), QString::fromUtf8(payload)}};
    return SurveyPayload{QJsonDocument(envelope).toJson(QJsonDocument::Compact)};
}

Result<ParsedSubmission> parsePayload(const SurveyDefinition &definition, const QByteArray &bytes)
{
    const Error bad(ErrorCode::SurveyResponseInvalid);
    auto envelopeObject = JsonReader::parseObject(bytes, bad.code);
    if (!envelopeObject.ok())
        return bad;
    JsonReader envelope(envelopeObject.value(), bad.code);
    // The MAC covers these bytes exactly as the client wrote them.
    const QByteArray payloadBytes = envelope.text(QStringLiteral("payload")).toUtf8();
    const QByteArray mac = envelope.base64(QStringLiteral("mac"), kPayloadMacBytes, kPayloadMacBytes);
    // Faults in the shape come first; a bad MAC or token is a malformed token.
    if (envelope.hasUnknownFields() || envelope.badField() == QLatin1String("payload"))
        return bad;
    if (envelope.failed())
        return Error(ErrorCode::SurveyTokenMalformed, QStringLiteral("mac member"));

    auto rootObject = JsonReader::parseObject(payloadBytes, bad.code);
    if (!rootObject.ok())
        return bad;
    JsonReader root(rootObject.value(), bad.code);
    const QString survey = root.text(QStringLiteral("survey"));
    const QJsonObject answersObject = root.object(QStringLiteral("answers"));
    const QJsonObject demographicsObject = root.object(QStringLiteral("demographics"));
    const QByteArray input = root.base64(QStringLiteral("token"), kTokenInputBytes, kTokenInputBytes);
    if (root.hasUnknownFields() || (root.failed() && root.badField() != QLatin1String("token"))
        || survey != definition.id)
        return bad;
    if (root.failed())
        return Error(ErrorCode::SurveyTokenMalformed, QStringLiteral("token member"));

    auto answers = checkAnswers(definition, answersObject, Mode::Server);
    if (!answers.ok())
        return answers.error();
    auto bands = checkDemographics(definition, demographicsObject, Mode::Server);
    if (!bands.ok())
        return bands.error();

    ParsedSubmission parsed;
    parsed.response.answers = toVariantAnswers(definition, answers.value());
    for (auto it = bands.value().begin(); it != bands.value().end(); ++it)
        parsed.response.demographics.insert(it.key(), it.value().toString());
    parsed.tokenInput = input;
    parsed.payloadBytes = payloadBytes;
    parsed.mac = mac;
    return parsed;
}

} // namespace saib::survey

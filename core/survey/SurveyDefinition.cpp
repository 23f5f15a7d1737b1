#include "SurveyDefinition.h"

#include "Prefill.h"
#include <core/crypto/Ristretto.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace saib::survey {

namespace {

constexpr int kMaxQuestions = 100;
constexpr int kMaxOptions = 50;
constexpr int kMaxTextLength = 500;
constexpr int kMaxTables = 8;
constexpr int kMaxTableBands = 2;

Error invalid(const QString &why) { return Error(ErrorCode::SurveyDefinitionInvalid, why); }

std::optional<QList<ChoiceOption>> parseOptions(const QJsonValue &value)
{
    if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > kMaxOptions)
        return std::nullopt;
    QList<ChoiceOption> options;
    QSet<QString> seen;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        auto label = LocalText::fromJson(o);
        if (!isValidId(id) || !label || seen.contains(id))
            return std::nullopt;
        seen.insert(id);
        options.append(ChoiceOption{id, *label});
    }
    return options;
}

std::optional<int> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 1e9)
        return std::nullopt;
    return static_cast<int>(d);
}

Result<Question> parseQuestion(const QJsonObject &o, bool strict)
{
    Question q;
    q.id = o.value(QStringLiteral("id")).toString();
    if (!isValidId(q.id))
        return invalid(QStringLiteral("question id"));
    auto text = LocalText::fromJson(o.value(QStringLiteral("text")));
    if (!text)
        return invalid(QStringLiteral("question %1: text needs en and cy").arg(q.id));
    q.text = *text;
    q.prefill = o.value(QStringLiteral("prefill")).toString();
    if (strict && !q.prefill.isEmpty() && !isKnownPrefillHint(q.prefill))
        return invalid(QStringLiteral("question %1: unknown prefill hint %2").arg(q.id, q.prefill));

    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("scale") || kind == QLatin1String("number")) {
        q.kind = kind == QLatin1String("scale") ? QuestionKind::Scale : QuestionKind::Number;
        const QJsonValue minV = o.value(QStringLiteral("min")), maxV = o.value(QStringLiteral("max"));
        if (q.kind == QuestionKind::Scale) {
            auto lo = wholeNumber(minV), hi = wholeNumber(maxV);
            if (!lo || !hi || *lo >= *hi || *hi - *lo > 100)
                return invalid(QStringLiteral("question %1: scale needs whole min < max").arg(q.id));
            q.min = *lo;
            q.max = *hi;
        } else {
            if (!minV.isDouble() || !maxV.isDouble() || !(minV.toDouble() < maxV.toDouble())
                || !std::isfinite(minV.toDouble()) || !std::isfinite(maxV.toDouble()))
                return invalid(QStringLiteral("question %1: number needs min < max").arg(q.id));
            q.min = minV.toDouble();
            q.max = maxV.toDouble();
            auto decimals = o.contains(QStringLiteral("decimals")) ? wholeNumber(o.value(QStringLiteral("decimals")))
                                                                   : std::optional<int>(1);
            if (!decimals || *decimals < 0 || *decimals > 2)
                return invalid(QStringLiteral("question %1: decimals 0..2").arg(q.id));
            q.decimals = *decimals;
        }
    } else if (kind == QLatin1String("choice")) {
        q.kind = QuestionKind::Choice;
        auto options = parseOptions(o.value(QStringLiteral("options")));
        if (!options)
            return invalid(QStringLiteral("question %1: options need unique ids and en/cy labels").arg(q.id));
        q.options = *options;
        auto maxChoices = o.contains(QStringLiteral("max_choices")) ? wholeNumber(o.value(QStringLiteral("max_choices")))
                                                                    : std::optional<int>(1);
        if (!maxChoices || *maxChoices < 1 || *maxChoices > q.options.size())
            return invalid(QStringLiteral("question %1: max_choices").arg(q.id));
        q.maxChoices = *maxChoices;
    } else if (kind == QLatin1String("text-short")) {
        q.kind = QuestionKind::TextShort;
        auto maxLength = o.contains(QStringLiteral("max_length")) ? wholeNumber(o.value(QStringLiteral("max_length")))
                                                                  : std::optional<int>(200);
        if (!maxLength || *maxLength < 1 || *maxLength > kMaxTextLength)
            return invalid(QStringLiteral("question %1: max_length 1..%2").arg(q.id).arg(kMaxTextLength));
        q.maxLength = *maxLength;
    } else {
        return invalid(QStringLiteral("question %1: unknown kind %2").arg(q.id, kind));
    }
    return q;
}

} // namespace

const QStringList &demographicKeys()
{
    static const QStringList keys{QStringLiteral("role"), QStringLiteral("phase"),
                                  QStringLiteral("years_in_role"), QStringLiteral("region")};
    return keys;
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

bool Question::hasOption(const QString &optionId) const
{
    for (const ChoiceOption &o : options) {
        if (o.id == optionId)
            return true;
    }
    return false;
}

bool DemographicBand::allows(const QString &valueId) const
{
    for (const ChoiceOption &v : values) {
        if (v.id == valueId)
            return true;
    }
    return false;
}

const Question *SurveyDefinition::question(const QString &questionId) const
{
    for (const Question &q : questions) {
        if (q.id == questionId)
            return &q;
    }
    return nullptr;
}

const DemographicBand *SurveyDefinition::band(const QString &key) const
{
    for (const DemographicBand &b : demographics) {
        if (b.key == key)
            return &b;
    }
    return nullptr;
}

Result<SurveyDefinition> SurveyDefinition::fromJson(const QByteArray &json, bool strict)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();

    SurveyDefinition def;
    def.id = root.value(QStringLiteral("id")).toString();
    if (!isValidId(def.id))
        return invalid(QStringLiteral("survey id"));
    auto title = LocalText::fromJson(root.value(QStringLiteral("title")));
    if (!title)
        return invalid(QStringLiteral("title needs en and cy"));
    def.title = *title;

    const QJsonObject window = root.value(QStringLiteral("window")).toObject();
    def.opens = QDate::fromString(window.value(QStringLiteral("opens")).toString(), Qt::ISODate);
    def.closes = QDate::fromString(window.value(QStringLiteral("closes")).toString(), Qt::ISODate);
    if (!def.opens.isValid() || !def.closes.isValid() || def.closes < def.opens)
        return invalid(QStringLiteral("window"));

    auto key = fromBase64(root.value(QStringLiteral("token_key")).toString());
    if (!key || key->size() != ristretto::kElementBytes || !ristretto::isValidElement(*key))
        return invalid(QStringLiteral("token_key"));
    def.tokenKey = *key;

    const QJsonArray questions = root.value(QStringLiteral("questions")).toArray();
    if (questions.isEmpty() || questions.size() > kMaxQuestions)
        return invalid(QStringLiteral("questions"));
    QSet<QString> seen;
    for (const QJsonValue &v : questions) {
        auto q = parseQuestion(v.toObject(), strict);
        if (!q.ok())
            return q.error();
        if (seen.contains(q.value().id))
            return invalid(QStringLiteral("duplicate question %1").arg(q.value().id));
        seen.insert(q.value().id);
        def.questions.append(q.value());
    }

    const QJsonValue demographics = root.value(QStringLiteral("demographics"));
    if (!demographics.isUndefined() && !demographics.isObject())
        return invalid(QStringLiteral("demographics"));
    const QJsonObject bands = demographics.toObject();
    for (auto it = bands.begin(); it != bands.end(); ++it) {
        if (!demographicKeys().contains(it.key()))
            return invalid(QStringLiteral("demographic band %1 is not allowed").arg(it.key()));
    }
    for (const QString &key : demographicKeys()) { // the app shows bands in this order
        if (!bands.contains(key))
            continue;
        auto values = parseOptions(bands.value(key));
        if (!values)
            return invalid(QStringLiteral("demographic band %1 values").arg(key));
        def.demographics.append(DemographicBand{key, *values});
    }

    const QJsonValue tables = root.value(QStringLiteral("tables"));
    if (tables.isUndefined()) {
        def.tables = {QStringList{}};
    } else {
        if (!tables.isArray() || tables.toArray().isEmpty() || tables.toArray().size() > kMaxTables)
            return invalid(QStringLiteral("tables"));
        for (const QJsonValue &t : tables.toArray()) {
            if (!t.isArray() || t.toArray().size() > kMaxTableBands)
                return invalid(QStringLiteral("tables: each is a list of up to %1 bands").arg(kMaxTableBands));
            QStringList given;
            for (const QJsonValue &b : t.toArray()) {
                if (!def.band(b.toString()) || given.contains(b.toString()))
                    return invalid(QStringLiteral("tables: %1 is not a band of this survey").arg(b.toString()));
                given.append(b.toString());
            }
            QStringList dims; // canonical order, so ["region","phase"] and the reverse are one table
            for (const QString &key : demographicKeys()) {
                if (given.contains(key))
                    dims.append(key);
            }
            if (def.tables.contains(dims))
                return invalid(QStringLiteral("tables: declared twice"));
            def.tables.append(dims);
        }
    }
    return def;
}

Error checkOpen(const SurveyDefinition &definition, const QDate &today)
{
    if (!definition.isOpenOn(today))
        return Error(ErrorCode::SurveyClosed);
    return {};
}

} // namespace saib::survey

// The submission payload: exactly survey id, answers, demographic bands and the token input,
// in an envelope with the MAC that binds the token to those bytes.
#include "SurveyFixtures.h"

#include <core/survey/SurveyPayload.h>
#include <core/survey/TokenBinding.h>
#include <core/survey/Voprf.h>

using namespace saib;
using namespace saib::survey;
using namespace saib::survey::test;

namespace {

SurveyToken sampleToken()
{
    return SurveyToken{QByteArray(kTokenInputBytes, '\x11'), QByteArray(kTokenOutputBytes, '\x22')};
}

QVariantMap sampleAnswers()
{
    return QVariantMap{{"demand", 7},
                       {"emotional", 8.0}, // QML hands numbers over as doubles
                       {"hours", 9.4499},
                       {"drains", QStringList{"workload", "budget"}},
                       {"comment", QStringLiteral("  Gormod o waith papur  ")}};
}

Demographics sampleBands()
{
    return Demographics{{"role", "head"}, {"phase", "primary"}, {"years_in_role", "3-10"}, {"region", "north"}};
}

QStringList keysOf(const QJsonObject &o) { return o.keys(); }

} // namespace

TEST_CASE("The payload holds survey id, answers, bands and token, and nothing else", "[payload]")
{
    const SurveyDefinition def = sampleDefinition(voprf::generateKeyPair().publicKey);
    auto payload = buildPayload(def, sampleAnswers(), sampleBands(), sampleToken());
    REQUIRE(payload.ok());

    const QJsonObject envelope = QJsonDocument::fromJson(payload.value().bytes).object();
    CHECK(keysOf(envelope) == QStringList{"mac", "payload"});
    const QJsonObject root = QJsonDocument::fromJson(payload.value().payload()).object();
    CHECK(keysOf(root) == QStringList{"answers", "demographics", "survey", "token"});
    CHECK(root["survey"].toString() == "2025-spring");
    CHECK(keysOf(root["answers"].toObject()) == QStringList{"comment", "demand", "drains", "emotional", "hours"});
    CHECK(keysOf(root["demographics"].toObject()) == QStringList{"phase", "region", "role", "years_in_role"});
    // The token input only: its output stays on the device and keys the MAC instead.
    CHECK(*fromBase64(envelope["mac"].toString()) == payloadMac(sampleToken().output, payload.value().payload()));
    CHECK_FALSE(payload.value().bytes.contains(toBase64(sampleToken().output).toUtf8()));

    const QJsonObject answers = root["answers"].toObject();
    CHECK(answers["demand"].toInt() == 7);
    CHECK(answers["emotional"].toInt() == 8);
    CHECK(answers["hours"].toDouble() == Approx(9.4)); // rounded to the question's 1 decimal
    CHECK(answers["drains"].toArray() == QJsonArray{"budget", "workload"}); // sorted, not tap order
    CHECK(answers["comment"].toString() == "Gormod o waith papur");
    CHECK(*fromBase64(root["token"].toString()) == sampleToken().input);

    // No identifier or time of any kind anywhere in the bytes.
    const QByteArray bytes = payload.value().bytes;
    for (const char *word : {"account", "device", "sync", "user", "time", "date", "2025-03", "lang", "version"})
        CHECK_FALSE(bytes.contains(word));

    // Compact, deterministic bytes; the preview shows exactly these.
    CHECK(bytes == buildPayload(def, sampleAnswers(), sampleBands(), sampleToken()).value().bytes);
    CHECK_FALSE(bytes.contains('\n'));
    const QString pretty = payload.value().prettyPrint();
    CHECK(pretty.contains("\n"));
    const QJsonObject shown = QJsonDocument::fromJson(pretty.toUtf8()).object();
    CHECK(QJsonDocument(shown["payload"].toObject()).toJson(QJsonDocument::Compact) == payload.value().payload());
    CHECK(shown["mac"] == envelope["mac"]);
}

TEST_CASE("Skipped answers and unstated bands are left out of the payload", "[payload]")
{
    const SurveyDefinition def = sampleDefinition(voprf::generateKeyPair().publicKey);
    QVariantMap answers{{"demand", 4}, {"comment", "   "}, {"drains", QStringList{}}, {"hours", QVariant()}};
    auto payload = buildPayload(def, answers, Demographics{{"phase", "secondary"}, {"region", ""}}, sampleToken());
    REQUIRE(payload.ok());
    const QJsonObject root = QJsonDocument::fromJson(payload.value().payload()).object();
    CHECK(keysOf(root["answers"].toObject()) == QStringList{"demand"});
    CHECK(keysOf(root["demographics"].toObject()) == QStringList{"phase"});
}

TEST_CASE("Answers and bands outside the definition are refused", "[payload]")
{
    const SurveyDefinition def = sampleDefinition(voprf::generateKeyPair().publicKey);
    auto codeFor = [&](const QVariantMap &answers, const Demographics &bands = {}) {
        return buildPayload(def, answers, bands, sampleToken()).error().code;
    };
    CHECK(codeFor({{"demand", 11}}) == ErrorCode::SurveyAnswerInvalid);
    CHECK(codeFor({{"demand", 6.5}}) == ErrorCode::SurveyAnswerInvalid);
    CHECK(codeFor({{"cared_for", 0}}) == ErrorCode::SurveyAnswerInvalid);
    CHECK(codeFor({{"hours", 25}}) == ErrorCode::SurveyAnswerInvalid);
    CHECK(codeFor({{"drains", QStringList{"workload", "scrutiny", "budget"}}}) == ErrorCode::SurveyAnswerInvalid);
    CHECK(codeFor({{"drains", QStringList{"paperwork"}}}) == ErrorCode::SurveyAnswerInvalid);
    CHECK(codeFor({{"comment", QString(101, 'a')}}) == ErrorCode::SurveyAnswerInvalid);
    CHECK(codeFor({{"school", "Ysgol y Graig"}}) == ErrorCode::SurveyAnswerInvalid);
    CHECK(codeFor({}) == ErrorCode::SurveyAnswerInvalid);
    CHECK(codeFor({{"demand", 5}}, {{"region", "cardiff"}}) == ErrorCode::SurveyDemographicInvalid);
    CHECK(codeFor({{"demand", 5}}, {{"age", "40-49"}}) == ErrorCode::SurveyDemographicInvalid);
    CHECK(buildPayload(def, {{"demand", 5}}, {}, SurveyToken{}).error().code == ErrorCode::SurveyTokenMalformed);
    // A lone string is accepted for a choice, as a one-item list.
    CHECK(buildPayload(def, {{"drains", "scrutiny"}}, {}, sampleToken()).ok());
}

TEST_CASE("The server reads back exactly what the client built, and nothing looser", "[payload]")
{
    const SurveyDefinition def = sampleDefinition(voprf::generateKeyPair().publicKey);
    auto payload = buildPayload(def, sampleAnswers(), sampleBands(), sampleToken());
    REQUIRE(payload.ok());
    auto parsed = parsePayload(def, payload.value().bytes);
    REQUIRE(parsed.ok());
    CHECK(parsed.value().tokenInput == sampleToken().input);
    CHECK(parsed.value().payloadBytes == payload.value().payload());
    CHECK(payloadMacMatches(sampleToken().output, parsed.value().payloadBytes, parsed.value().mac));
    CHECK(parsed.value().response.answers.value("demand").toInt() == 7);
    CHECK(parsed.value().response.answers.value("drains").toStringList() == QStringList{"budget", "workload"});
    CHECK(parsed.value().response.demographics == sampleBands());

    QJsonObject root = QJsonDocument::fromJson(payload.value().payload()).object();
    const QJsonObject envelope = QJsonDocument::fromJson(payload.value().bytes).object();
    auto reparse = [&](const QJsonObject &o) {
        QJsonObject e = envelope;
        e["payload"] = QString::fromUtf8(QJsonDocument(o).toJson());
        return parsePayload(def, QJsonDocument(e).toJson()).error().code;
    };
    SECTION("an extra envelope member")
    {
        QJsonObject e = envelope;
        e["device"] = "phone-1";
        CHECK(parsePayload(def, QJsonDocument(e).toJson()).error().code == ErrorCode::SurveyResponseInvalid);
    }
    SECTION("the payload as an object rather than the signed string")
    {
        QJsonObject e = envelope;
        e["payload"] = root;
        CHECK(parsePayload(def, QJsonDocument(e).toJson()).error().code == ErrorCode::SurveyResponseInvalid);
    }
    SECTION("an extra top-level member")
    {
        root["device"] = "phone-1";
        CHECK(reparse(root) == ErrorCode::SurveyResponseInvalid);
    }
    SECTION("another survey")
    {
        root["survey"] = "2024-autumn";
        CHECK(reparse(root) == ErrorCode::SurveyResponseInvalid);
    }
    SECTION("a token object with more in it")
    {
        root["token"] = QJsonObject{{"input", root["token"]}, {"id", "x"}};
        CHECK(reparse(root) == ErrorCode::SurveyTokenMalformed);
    }
    SECTION("an answer out of range")
    {
        QJsonObject answers = root["answers"].toObject();
        answers["demand"] = 12;
        root["answers"] = answers;
        CHECK(reparse(root) == ErrorCode::SurveyAnswerInvalid);
    }
    SECTION("a band value not offered")
    {
        QJsonObject bands = root["demographics"].toObject();
        bands["role"] = "chair";
        root["demographics"] = bands;
        CHECK(reparse(root) == ErrorCode::SurveyDemographicInvalid);
    }
    SECTION("a choice as a bare string")
    {
        QJsonObject answers = root["answers"].toObject();
        answers["drains"] = "workload";
        root["answers"] = answers;
        CHECK(reparse(root) == ErrorCode::SurveyAnswerInvalid);
    }
}

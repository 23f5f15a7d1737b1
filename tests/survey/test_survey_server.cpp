// The whole anonymous-survey path against the real saib-relay on 127.0.0.1, on SQLite and
// PostgreSQL: publish, enrol, submit, resubmit refused, results published with k = 10
// suppression only after the survey closes; and the server's issuance record shares no
// value with its redemption record.
#include "SurveyServerHarness.h"

#include <core/relaystore/DatabaseUrl.h>
#include <core/survey/EnrolmentCodes.h>
#include <core/survey/SurveyJson.h>
#include <core/survey/SurveyPayload.h>
#include <core/survey/TokenWallet.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QRegularExpression>
#include <QUuid>

using namespace saib;
using namespace saib::survey;
using namespace saib::survey::test;
using saib::test::Backend;
using saib::test::RelayProcess;
using saib::test::wait;

namespace {

// One enrolled leader: a wallet holding one token for the survey.
Result<TokenWallet> enrol(SurveyClient &client, const SurveyDefinition &def, const QString &code)
{
    auto pending = TokenWallet::beginIssuance(def.id, 1);
    REQUIRE(pending.ok());
    auto response = wait<Result<IssuanceResponse>>(
        [&](auto cb) { client.enrol(def.id, code, pending.value().request(), cb); });
    if (!response.ok())
        return response.error();
    TokenWallet wallet;
    if (Error e = wallet.completeIssuance(pending.take(), response.value(), def.tokenKey))
        return e;
    return wallet;
}

QByteArray payloadFor(const SurveyDefinition &def, const TokenWallet &wallet, int demand, const QString &phase)
{
    auto token = wallet.next(def.id);
    REQUIRE(token.ok());
    const QVariantMap answers{{"demand", demand}, {"emotional", 6}, {"hours", 9.5},
                              {"drains", QStringList{"workload"}}, {"comment", "private words"}};
    auto payload = buildPayload(def, answers, {{"phase", phase}, {"role", "head"}}, token.value());
    REQUIRE(payload.ok());
    return payload.value().bytes;
}

Error submit(SurveyClient &client, const QString &surveyId, const QByteArray &payload)
{
    return wait<Error>([&](auto cb) { client.submit(surveyId, payload, cb); });
}

// Every non-survey-id value in the survey's rows of `table`, as bytes.
QSet<QByteArray> tableValues(const Backend &backend, const QString &table, const QString &surveyId)
{
    auto url = relay::DatabaseUrl::parse(backend.dbUrl);
    REQUIRE(url.ok());
    QSet<QByteArray> values;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            url.value().backend == relay::DatabaseUrl::Backend::Postgres ? "QPSQL" : "QSQLITE", name);
        if (url.value().backend == relay::DatabaseUrl::Backend::Postgres) {
            db.setHostName(url.value().host);
            db.setPort(url.value().port);
            db.setUserName(url.value().user);
            db.setPassword(url.value().password);
            db.setDatabaseName(url.value().database);
        } else {
            db.setDatabaseName(url.value().path);
        }
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 WHERE survey_id = '%2'").arg(table, surveyId)));
        while (q.next()) {
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i) {
                if (rec.fieldName(i) != QLatin1String("survey_id"))
                    values.insert(q.value(i).toByteArray());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

void wholeSurvey(const Backend &backend)
{
    SurveyBody body(15);
    QDate closes;
    {
        RelayProcess relay(backend, body.relayArgs());
        SurveyClient client(relay.url());

        // Nothing is published yet; then the body publishes the survey and its codes.
        CliRun r = runBodyTool({"publish", "--relay", relay.url().toString(), "--signed", body.signedPath,
                                "--codes", body.batchPath});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains("15 new"));
        // Publishing the same again is harmless; the codes are not added twice.
        r = runBodyTool({"publish", "--relay", relay.url().toString(), "--signed", body.signedPath,
                         "--codes", body.batchPath});
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains("0 new"));

        // The app's view: the list holds envelopes that verify against the pinned key.
        auto list = wait<Result<QList<QByteArray>>>([&](auto cb) { client.listSurveys(cb); });
        REQUIRE(list.ok());
        bool listed = false;
        for (const QByteArray &envelope : list.value()) {
            auto def = verifySignedDefinition(envelope, body.publicKey);
            listed = listed || (def.ok() && def.value().id == body.surveyId);
        }
        CHECK(listed);
        auto definition = fetchVerified(client, body.surveyId, body.publicKey);
        REQUIRE(definition.ok());
        const SurveyDefinition def = definition.value();
        closes = def.closes;

        // Enrolment: a wrong code is refused, each right code gives one token once.
        auto bad = enrol(client, def, QStringLiteral("0000-0000-0000-0000-0000"));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().code == ErrorCode::SurveyEnrolmentCodeInvalid);

        QList<TokenWallet> wallets;
        for (int i = 0; i < 12; ++i) {
            // Typed as a person might: lower case, with spaces instead of dashes.
            const QString typed = i == 0 ? body.codes.at(i).toLower().replace('-', ' ') : body.codes.at(i);
            auto wallet = enrol(client, def, typed);
            INFO(wallet.error().detail.toStdString());
            REQUIRE(wallet.ok());
            CHECK(wallet.value().count(def.id) == 1);
            wallets.append(wallet.take());
        }
        auto again = enrol(client, def, body.codes.at(0));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::SurveyTokensAlreadyIssued);

        // Results are not published while the survey is open.
        auto early = wait<Result<QJsonObject>>([&](auto cb) { client.results(def.id, {}, cb); });
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().code == ErrorCode::SurveyResultsNotPublished);

        // Submissions: eleven primary leaders and one secondary.
        QByteArray firstPayload;
        for (int i = 0; i < wallets.size(); ++i) {
            const QByteArray payload = payloadFor(def, wallets.at(i), i % 11, i == 11 ? "secondary" : "primary");
            if (i == 0)
                firstPayload = payload;
            const Error e = submit(client, def.id, payload);
            INFO(e.detail.toStdString());
            REQUIRE(e.ok());
        }
        // The same token again is refused, and nothing more is stored.
        const Error resubmit = submit(client, def.id, firstPayload);
        CHECK(resubmit.code == ErrorCode::SurveyTokenSpent);
        // A made-up MAC (a token whose output the sender does not have) is refused.
        QJsonObject forged = QJsonDocument::fromJson(firstPayload).object();
        forged.insert("mac", toBase64(QByteArray(32, 'x')));
        CHECK(submit(client, def.id, QJsonDocument(forged).toJson(QJsonDocument::Compact)).code
              == ErrorCode::SurveyTokenInvalid);
        // Someone on the path swaps the answers of a real submission: the MAC no longer
        // matches (test_survey_flood.cpp shows the token then still works for its owner).
        const QByteArray second = payloadFor(def, wallets.at(1), 3, "primary");
        QJsonObject swapped = QJsonDocument::fromJson(second).object();
        swapped.insert("payload", swapped.value("payload").toString().replace("\"demand\":3", "\"demand\":9"));
        CHECK(submit(client, def.id, QJsonDocument(swapped).toJson(QJsonDocument::Compact)).code
              == ErrorCode::SurveyTokenInvalid);
        // A payload with an extra member (an identifier) is refused outright.
        QJsonObject extra = QJsonDocument::fromJson(second).object();
        extra.insert("payload", extra.value("payload").toString().replace("{\"answers\"", "{\"device\":\"abc\",\"answers\""));
        CHECK(submit(client, def.id, QJsonDocument(extra).toJson(QJsonDocument::Compact)).code
              == ErrorCode::SurveyResponseInvalid);

        // The log never names an address, and has one line per submission like any other.
        const QString log = QString::fromUtf8(relay.log());
        for (const QString &line : log.split('\n')) {
            if (line.contains("/responses"))
                CHECK_FALSE(line.contains("127.0.0.1"));
            // Survey lines: the hour, method, path, status; no minutes, sizes or durations.
            if (line.contains(" /v1/surveys")) {
                CHECK(QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT\\d\\dh (GET|POST) /v1/surveys\\S* \\d{3}( err=\\S+)?$")
                          .match(line).hasMatch());
                CHECK_FALSE(line.contains("in="));
            }
        }
        CHECK_FALSE(log.contains("private words"));
    }

    // Unlinkability: what the server recorded at issuance shares no value with what it
    // recorded at redemption.
    const QSet<QByteArray> issuance = tableValues(backend, "survey_enrolments", body.surveyId)
        + tableValues(backend, "survey_enrolment_codes", body.surveyId);
    const QSet<QByteArray> redemption = tableValues(backend, "survey_spent_tokens", body.surveyId)
        + tableValues(backend, "survey_responses", body.surveyId);
    CHECK(issuance.size() == 12 * 2 + 15);
    CHECK(redemption.size() == 12 + 12 * 2);
    CHECK((issuance & redemption).isEmpty());
    for (const QByteArray &r : redemption) {
        for (const QByteArray &i : issuance) {
            CHECK_FALSE(r.contains(i.toHex()));
            CHECK_FALSE(r.contains(i.toBase64()));
        }
    }

    // After the window closes the results are published, with small cells suppressed.
    RelayProcess later(backend, body.relayArgs({"--today", closes.addDays(1).toString(Qt::ISODate)}));
    SurveyClient client(later.url());
    auto national = wait<Result<QJsonObject>>([&](auto cb) { client.results(body.surveyId, {}, cb); });
    INFO(national.error().detail.toStdString());
    REQUIRE(national.ok());
    // All declared tables at once; the national table has one cell of twelve.
    const QJsonArray tables = national.value().value("tables").toArray();
    REQUIRE(tables.size() == 2);
    const QJsonObject cell = tables.at(0)[QStringLiteral("cells")].toArray().at(0).toObject();
    CHECK(cell.value("responses").toInt() == 12);
    CHECK(cell.value("questions").toObject().value("drains").toObject().value("counts").toObject().value("workload").toInt() == 12);
    // Free text is never published, only how many answered.
    CHECK_FALSE(QJsonDocument(national.value()).toJson().contains("private words"));

    // By phase through the body's CLI: eleven primary and one secondary. Publishing the
    // primary eleven would give the secondary leader away (twelve minus eleven), so the
    // primary cell is dropped too, and the small cell is not even listed.
    CliRun r = runBodyTool({"results", "--relay", later.url().toString(), "--survey", body.surveyId, "--by", "phase"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray byPhase = QJsonDocument::fromJson(r.out.toUtf8()).object().value("tables").toArray();
    REQUIRE(byPhase.size() == 1);
    CHECK(byPhase.at(0)[QStringLiteral("by")].toArray() == QJsonArray{"phase"});
    CHECK(byPhase.at(0)[QStringLiteral("cells")].toArray().isEmpty());
    // A grouping the definition did not declare is refused.
    auto undeclared = saib::test::http(
        QUrl(later.url().toString() + "/v1/surveys/" + body.surveyId + "/results?by=role"), "GET", {});
    CHECK(undeclared.status == 400);
    // Submissions after the close are refused.
    auto def = fetchVerified(client, body.surveyId, body.publicKey);
    REQUIRE(def.ok());
    auto lateWallet = enrol(client, def.value(), body.codes.at(13));
    REQUIRE_FALSE(lateWallet.ok());
    CHECK(lateWallet.error().code == ErrorCode::SurveyClosed);
}

void refusals(const Backend &backend)
{
    SurveyBody body(2);
    RelayProcess relay(backend, body.relayArgs());
    SurveyClient client(relay.url());

    // A definition signed by another key is not published.
    SurveyBody other(1);
    CliRun r = runBodyTool({"publish", "--relay", relay.url().toString(), "--signed", other.signedPath});
    CHECK(r.exitCode == 1);
    auto list = wait<Result<QList<QByteArray>>>([&](auto cb) { client.listSurveys(cb); });
    REQUIRE(list.ok());
    for (const QByteArray &e : list.value())
        CHECK_FALSE(e.contains(other.surveyId.toLatin1()));

    // Codes before the survey exists: not found. Unknown survey: 404.
    r = runBodyTool({"publish", "--relay", relay.url().toString(), "--codes", body.batchPath});
    CHECK(r.exitCode == 1);
    auto missing = fetchVerified(client, QStringLiteral("no-such-survey"), body.publicKey);
    CHECK(missing.error().code == ErrorCode::NotFound);

    REQUIRE(runBodyTool({"publish", "--relay", relay.url().toString(), "--signed", body.signedPath}).exitCode == 0);
    // Malformed and oversized submissions get a clear 4xx, and the relay carries on.
    auto raw = saib::test::http(QUrl(relay.url().toString() + "/v1/surveys/" + body.surveyId + "/responses"),
                                "POST", "not json");
    CHECK(raw.status == 400);
    raw = saib::test::http(QUrl(relay.url().toString() + "/v1/surveys/" + body.surveyId + "/responses"),
                           "POST", QByteArray(70 * 1024, '{'));
    CHECK(raw.status == 413);
    raw = saib::test::http(QUrl(relay.url().toString() + "/v1/surveys/" + body.surveyId + "/enrol"),
                           "POST", R"({"code":"x","request":{},"more":1})");
    CHECK(raw.status == 400);
    raw = saib::test::http(QUrl(relay.url().toString() + "/v1/surveys/" + body.surveyId + "/results?by=school"),
                           "GET", {});
    CHECK((raw.status == 400 || raw.status == 409));
    auto health = saib::test::http(QUrl(relay.url().toString() + "/v1/health"), "GET", {});
    CHECK(health.status == 200);
}

void disabledWithoutKeys(const Backend &backend)
{
    RelayProcess relay(backend, saib::test::kFastRate);
    SurveyClient client(relay.url());
    auto list = wait<Result<QList<QByteArray>>>([&](auto cb) { client.listSurveys(cb); });
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().code == ErrorCode::SurveysDisabled);
}

} // namespace

RELAY_TEST("survey: publish, enrol, submit once, results with suppression, unlinkable records", wholeSurvey)
RELAY_TEST("survey: foreign signatures, unknown surveys and malformed bodies are refused", refusals)
RELAY_TEST("survey: endpoints are off without --survey-keys", disabledWithoutKeys)

TEST_CASE("the survey client refuses plain http to another machine", "[survey][transport]")
{
    // Nothing is sent: an answer or a token must never cross the network in the clear.
    SurveyClient client(QUrl(QStringLiteral("http://surveys.example.org")));
    auto list = wait<Result<QList<QByteArray>>>([&](auto cb) { client.listSurveys(cb); });
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().code == ErrorCode::InsecureTransport);
    const Error sent = wait<Error>([&](auto cb) { client.submit(QStringLiteral("s1"), QByteArray("{}"), cb); });
    CHECK(sent.code == ErrorCode::InsecureTransport);
}

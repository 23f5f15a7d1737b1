// The whole survey flow from outside, as a leader and a survey body would script it: the
// real saib-survey-body makes two surveys with declared tables, the real saib-relay serves
// them on 127.0.0.1, and 21 leaders, each a real saib-cli process with an encrypted store
// of their own, join by the invitation file, enrol, answer (queued with a random delay),
// and send. Then the published results are attacked by differencing every combination of
// published figures: no group of 1-9 leaders may be recoverable.
//
// Populations (the adversarial cases):
//  - survey A, tables national and by region: 20 leaders in one region and 1 in another;
//  - survey B, tables national, by phase, by region and phase x region: 10 primary in the
//    north, 10 secondary in the south-east and 1 primary in the south-east (small cells in
//    two dimensions).
// Some leaders leave questions blank, so `answered` counts differ from cell counts.
#include "DifferencingAttack.h"
#include "SurveyFixtures.h"
#include "SurveyServerHarness.h"

#include <core/Clock.h>
#include <core/survey/SurveyClient.h>

#include <QFile>
#include <QJsonDocument>

using namespace saib;
using namespace saib::survey;
using namespace saib::survey::test;
using saib::test::RelayProcess;
using saib::test::wait;

namespace {

constexpr int kLeaders = 21;
const QString kPassphrase = QStringLiteral("correct horse battery staple 15");

CliRun runCli(const QString &dataDir, const QStringList &args, const QString &now = {})
{
    // An empty `now` removes SAIB_NOW: the leader's own clock.
    const CliRun r = saib::test::runTool(QStringLiteral(SAIB_CLI_PATH), QStringList{QStringLiteral("--data-dir"), dataDir} + args,
                                         {{QStringLiteral("SAIB_PASSPHRASE"), kPassphrase}, {QStringLiteral("SAIB_NOW"), now}},
                                         {}, 60000);
    REQUIRE(r.exitCode != -1); // it ran to the end
    return r;
}

#define REQUIRE_RUN(run)                                                                                     \
    do {                                                                                                     \
        const CliRun &r_ = (run);                                                                            \
        INFO(r_.out.toStdString() << r_.err.toStdString());                                                  \
        REQUIRE(r_.exitCode == 0);                                                                           \
    } while (0)

struct Leader {
    QString dir;
    SurveyResponse a; // what this leader answers in survey A
    SurveyResponse b;
};

SurveyResponse answersFor(int i, const QString &phase, const QString &region)
{
    SurveyResponse r;
    r.answers.insert(QStringLiteral("demand"), i % 11);
    if (i % 4 != 3) // every fourth leader leaves these blank
        r.answers.insert(QStringLiteral("hours"), 7.5 + (i % 6));
    if (i % 5 != 2)
        r.answers.insert(QStringLiteral("drains"), i % 3 == 0 ? QStringList{"workload", "budget"} : QStringList{"scrutiny"});
    r.answers.insert(QStringLiteral("comment"), QStringLiteral("private words %1").arg(i));
    r.demographics.insert(QStringLiteral("phase"), phase);
    r.demographics.insert(QStringLiteral("region"), region);
    r.demographics.insert(QStringLiteral("role"), QStringLiteral("head"));
    return r;
}

QString writeAnswers(const QString &path, const SurveyResponse &r)
{
    QJsonObject answers;
    for (auto it = r.answers.begin(); it != r.answers.end(); ++it)
        answers.insert(it.key(), QJsonValue::fromVariant(it.value()));
    QJsonObject bands;
    for (auto it = r.demographics.begin(); it != r.demographics.end(); ++it)
        bands.insert(it.key(), it.value());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(QJsonObject{{"answers", answers}, {"bands", bands}}).toJson());
    return path;
}

QString invite(const SurveyBody &body, const QString &surveyId, const QUrl &relay)
{
    const QString path = body.dir.filePath(surveyId + QStringLiteral(".invitation"));
    CliRun r = runBodyTool({"invite", "--key", body.bodyDir + "/body.key", "--survey", surveyId, "--relay",
                            relay.toString(), "--name-en", "Leaders' Academy", "--name-cy", "Academi Arweinwyr",
                            "--out", path});
    REQUIRE_RUN(r);
    return path;
}

} // namespace

TEST_CASE("21 leaders through saib-cli against the real relay, then the published results resist differencing",
          "[survey][cli][e2e]")
{
    const QJsonArray tablesA{QJsonArray{}, QJsonArray{"region"}};
    const QJsonArray tablesB{QJsonArray{}, QJsonArray{"phase"}, QJsonArray{"region"}, QJsonArray{"phase", "region"}};
    SurveyBody body(kLeaders, {}, {}, tablesA);
    const QString idA = body.surveyId;
    const SurveyBody::Survey surveyB = body.addSurvey(idA + QStringLiteral("-b"), kLeaders, {}, {}, tablesB);
    const QString idB = surveyB.id;
    const auto backend = saib::test::sqliteBackend();
    QDate closes;

    QList<Leader> leaders;
    for (int i = 0; i < kLeaders; ++i) {
        Leader l;
        l.dir = body.dir.filePath(QStringLiteral("leader-%1").arg(i));
        l.a = answersFor(i, QStringLiteral("primary"), i < 20 ? QStringLiteral("north") : QStringLiteral("south-east"));
        const QString phase = i < 10 || i == 20 ? QStringLiteral("primary") : QStringLiteral("secondary");
        const QString region = i < 10 ? QStringLiteral("north") : QStringLiteral("south-east");
        l.b = answersFor(i + 7, phase, region);
        leaders.append(l);
    }

    {
        RelayProcess relay(backend, body.relayArgs());
        for (const auto &[signedPath, batchPath] :
             {std::pair{body.signedPath, body.batchPath}, std::pair{surveyB.signedPath, surveyB.batchPath}})
            REQUIRE_RUN(runBodyTool({"publish", "--relay", relay.url().toString(), "--signed", signedPath, "--codes", batchPath}));
        const QString invitationA = invite(body, idA, relay.url());
        const QString invitationB = invite(body, idB, relay.url());

        const QDateTime later = saib::Clock::nowUtc().addSecs(25 * 3600);
        for (int i = 0; i < kLeaders; ++i) {
            const Leader &l = leaders.at(i);
            INFO("leader " << i);
            REQUIRE_RUN(runCli(l.dir, {"init", "--kdf", "interactive"}));

            if (i == 0) {
                // Without a terminal or --yes nothing is joined; the name and the
                // fingerprint are shown first either way.
                CliRun ask = runCli(l.dir, {"survey", "join", invitationA});
                CHECK(ask.exitCode == 2);
                CHECK(ask.out.contains("Leaders' Academy / Academi Arweinwyr"));
                CHECK(ask.out.contains("fingerprint:"));
                CHECK(runCli(l.dir, {"survey", "list"}).exitCode != 0); // nothing joined
            }
            CliRun joined = runCli(l.dir, {"survey", "join", invitationA, "--yes"});
            REQUIRE_RUN(joined);
            CHECK(joined.out.contains("Joined."));
            REQUIRE_RUN(runCli(l.dir, {"survey", "join", invitationB, "--yes"}));
            REQUIRE_RUN(runCli(l.dir, {"survey", "enrol", idA, "--code", body.codes.at(i)}));
            REQUIRE_RUN(runCli(l.dir, {"survey", "enrol", idB, "--code", surveyB.codes.at(i)}));

            const QString fileA = writeAnswers(l.dir + "-a.json", l.a);
            const QString fileB = writeAnswers(l.dir + "-b.json", l.b);
            if (i == 0) {
                CliRun list = runCli(l.dir, {"survey", "list"});
                REQUIRE_RUN(list);
                CHECK(list.out.contains(idA + "\t"));
                CHECK(list.out.contains("enrolled"));
                CliRun show = runCli(l.dir, {"survey", "show", idB});
                REQUIRE_RUN(show);
                CHECK(show.out.contains("phase x region"));
                // Without --yes: the exact payload is printed, nothing is queued.
                CliRun dry = runCli(l.dir, {"survey", "answer", idA, "--answers", fileA});
                REQUIRE_RUN(dry);
                CHECK(dry.out.contains("exact payload"));
                CHECK(dry.out.contains("Not queued"));
                CHECK(runCli(l.dir, {"survey", "status"}).out.contains("nothing queued or sent"));
            }
            CliRun queued = runCli(l.dir, {"survey", "answer", idA, "--answers", fileA, "--yes"});
            REQUIRE_RUN(queued);
            CHECK(queued.out.contains("will be sent anonymously by"));
            REQUIRE_RUN(runCli(l.dir, {"survey", "answer", idB, "--answers", fileB, "--yes"}));

            if (i % 2 == 0) {
                // Nothing is due yet: the delay is at least an hour.
                if (i == 0) {
                    CliRun early = runCli(l.dir, {"survey", "send"});
                    REQUIRE_RUN(early);
                    CHECK(early.out.contains("sent: 0, still queued: 2"));
                }
                // A day and an hour later (the clock moved through SAIB_NOW), both are due.
                CliRun due = runCli(l.dir, {"survey", "send"}, later.toString(Qt::ISODate));
                REQUIRE_RUN(due);
                CHECK(due.out.contains("sent: 2, still queued: 0"));
            } else {
                CliRun now = runCli(l.dir, {"survey", "send", "--now"});
                REQUIRE_RUN(now);
                CHECK(now.out.contains("gives up the random delay"));
                CHECK(now.out.contains("sent: 2, still queued: 0"));
            }
            if (i == 0) {
                CliRun status = runCli(l.dir, {"survey", "status"});
                CHECK(status.out.contains("sent\t" + idA));
                CHECK(status.out.contains("sent\t" + idB));
                CHECK_FALSE(status.out.contains("queued\t"));
            }
        }
        SurveyClient client(relay.url());
        auto def = fetchVerified(client, idA, body.publicKey);
        REQUIRE(def.ok());
        closes = def.value().closes;
    }

    // After the close: the published results, read through the body's CLI, attacked.
    RelayProcess after(backend, body.relayArgs({"--today", closes.addDays(1).toString(Qt::ISODate)}));
    for (const QString &id : {idA, idB}) {
        INFO("survey " << id.toStdString());
        CliRun r = runBodyTool({"results", "--relay", after.url().toString(), "--survey", id});
        REQUIRE_RUN(r);
        const QJsonObject published = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QList<SurveyResponse> population;
        for (const Leader &l : leaders)
            population.append(id == idA ? l.a : l.b);
        // figures() also checks every published count against the known population.
        const auto figureSets = figures(published, population);
        REQUIRE(figureSets.contains("responses")); // something was published
        if (id == idA) // 20 + 1: the national figure survives, the regions go together
            CHECK(published["tables"].toArray().at(0)["cells"].toArray().at(0)["responses"].toInt() == kLeaders);
        CHECK(attackEveryCombination(figureSets).isEmpty());
        CHECK_FALSE(r.out.contains("private words"));
    }
}

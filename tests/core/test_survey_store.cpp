// The leader's survey records in the encrypted store (migration 6): definitions, the
// token wallet, the outbox of sealed submissions and the record of what was sent, all
// inside the SQLCipher file.
#include "TestSupport.h"
#include <core/Clock.h>

#include <core/store/SurveyLocalStore.h>
#include <core/store/SurveyOutbox.h>
#include <core/Await.h>
#include <core/store/Database.h>
#include <core/survey/SurveyDefinition.h>

using namespace saib;
using namespace saib::test;

TEST_CASE("survey records live in the encrypted store", "[survey][store]")
{
    TempVault t;
    REQUIRE(t.vault.create(kPassphrase).ok());
    SurveyLocalStore store(*t.vault.database());

    // No wallet yet; then one, replaced on each save.
    auto empty = store.wallet();
    REQUIRE(empty.ok());
    CHECK(empty.value().isEmpty());
    REQUIRE(store.saveWallet(R"({"tokens":{"s1":[]}})").ok());
    REQUIRE(store.saveWallet(R"({"tokens":{}})").ok());
    CHECK(store.wallet().value() == R"({"tokens":{}})");

    // Loading the same survey again replaces it.
    REQUIRE(store.saveDefinition({"s1", R"({"format":"saib-survey-v1","n":1})", "https://a"}).ok());
    REQUIRE(store.saveDefinition({"s1", R"({"format":"saib-survey-v1","n":2})", "file.json"}).ok());
    auto defs = store.definitions();
    REQUIRE(defs.ok());
    REQUIRE(defs.value().size() == 1);
    CHECK(defs.value().first().envelope.contains("\"n\":2"));
    CHECK(defs.value().first().source == "file.json");

    // What was sent, byte for byte, with when and where.
    const QByteArray payload = R"({"answers":{"demand":8},"demographics":{},"survey":"s1","token":{"input":"a","output":"b"}})";
    auto sent = store.recordSubmission({{}, "s1", payload, "https://a", {}});
    REQUIRE(sent.ok());
    auto all = store.submissions();
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 1);
    CHECK(all.value().first().payload == payload);
    CHECK(all.value().first().server == "https://a");
    CHECK(qAbs(all.value().first().sentAt.secsTo(saib::Clock::nowUtc())) < 60);

    // Survives lock and unlock, and nothing of it is readable in the file.
    t.vault.lock();
    CHECK_FALSE(readAll(t.vault.databasePath()).contains("demographics"));
    REQUIRE(t.vault.unlock(kPassphrase).ok());
    CHECK(SurveyLocalStore(*t.vault.database()).submissions().value().size() == 1);
}

TEST_CASE("survey outbox: queued with a random time, sent only when due, kept while offline", "[survey][store]")
{
    TempVault t;
    REQUIRE(t.vault.create(kPassphrase).ok());
    Database &db = *t.vault.database();
    SurveyLocalStore store(db);
    REQUIRE(store.saveWallet(R"({"tokens":{}})").ok());

    // Port 1 on this machine: nothing listens there, so the server is "offline".
    const QString offline = QStringLiteral("http://127.0.0.1:1");

    survey::SurveyDefinition def;
    def.id = QStringLiteral("s1");
    const QDateTime now = QDateTime(QDate(2030, 3, 4), QTime(9, 0), Qt::UTC);
    def.closes = now.date().addDays(20);
    const QByteArray bytes = R"({"mac":"m","payload":{"survey":"s1"}})";
    SurveyOutbox outbox(db);
    auto at = outbox.queue(def, offline, bytes, "input", now);
    REQUIRE(at.ok());
    CHECK(at.value() >= now.addSecs(survey::kMinSendDelaySecs));
    CHECK(at.value() <= now.addSecs(survey::kMaxSendDelaySecs));

    QObject context;
    auto send = [&](const QDateTime &when, bool all) {
        return awaitCallback<OutboxReport>([&](auto cb) { SurveyOutbox(db).sendDue(when, all, &context, cb); });
    };
    // Not due yet: nothing goes, nothing is tried.
    OutboxReport early = send(now.addSecs(30 * 60), false);
    CHECK(early.sent == 0);
    CHECK(early.kept == 1);
    CHECK(early.firstError.ok());
    // Due, but the server cannot be reached: kept for the next try, not dropped.
    OutboxReport offlineTry = send(now.addSecs(survey::kMaxSendDelaySecs + 1), false);
    CHECK(offlineTry.sent == 0);
    CHECK(offlineTry.kept == 1);
    CHECK(offlineTry.firstError.code == ErrorCode::RelayUnreachable);
    auto queue = outbox.load();
    REQUIRE(queue.ok());
    REQUIRE(queue.value().all().size() == 1);
    CHECK(queue.value().all().first().bytes == bytes);
    CHECK(store.submissions().value().isEmpty());

    // The queue holds the answers: it is inside the encrypted file only.
    t.vault.lock();
    CHECK_FALSE(readAll(t.vault.databasePath()).contains("payload"));
    REQUIRE(t.vault.unlock(kPassphrase).ok());
    CHECK(SurveyOutbox(*t.vault.database()).load().value().all().size() == 1);
}

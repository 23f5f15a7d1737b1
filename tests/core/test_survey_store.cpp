// The leader's survey records in the encrypted store (migration 6): definitions, the
// token wallet and the record of what was sent, all inside the SQLCipher file.
#include "TestSupport.h"
#include <core/Clock.h>

#include <core/store/SurveyLocalStore.h>

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

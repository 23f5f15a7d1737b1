#include "TestSupport.h"
#include <core/Clock.h>

using namespace saib;

namespace {
JournalEntry entry(const QString &title, const QString &body, const QStringList &tags = {},
                   const QDate &day = {})
{
    JournalEntry e;
    e.title = title;
    e.body = body;
    e.tags = tags;
    e.day = day;
    return e;
}
} // namespace

TEST_CASE("journal entries: create, read, edit, delete", "[journal]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    JournalStore store = t.vault.journal();

    auto saved = store.save(entry(QStringLiteral("  After the inspection  "),
                                  QStringLiteral("**Relief**, mostly."), {QStringLiteral("estyn")}));
    REQUIRE(saved.ok());
    const QString id = saved.value().id;
    CHECK_FALSE(id.isEmpty());
    CHECK(saved.value().title == QStringLiteral("After the inspection"));
    CHECK(saved.value().day == saib::Clock::today());

    SECTION("reads back")
    {
        auto got = store.get(id);
        REQUIRE(got.ok());
        REQUIRE(got.value().has_value());
        CHECK(got.value()->body == QStringLiteral("**Relief**, mostly."));
        CHECK(got.value()->tags == QStringList{QStringLiteral("estyn")});
        CHECK(got.value()->createdAt.isValid());
    }
    SECTION("edits keep id, day and created time")
    {
        JournalEntry e = saved.value();
        e.body = QStringLiteral("Relief, and tiredness.");
        e.tags = {QStringLiteral("estyn"), QStringLiteral("tired")};
        e.promptId = QStringLiteral("resilience-01");
        auto edited = store.save(e);
        REQUIRE(edited.ok());
        CHECK(store.count().value() == 1);
        auto got = store.get(id).value();
        CHECK(got->body == QStringLiteral("Relief, and tiredness."));
        CHECK(got->tags.size() == 2);
        CHECK(got->promptId == QStringLiteral("resilience-01"));
        CHECK(got->createdAt == saved.value().createdAt);
    }
    SECTION("lists newest first")
    {
        REQUIRE(store.save(entry(QStringLiteral("Second"), QStringLiteral("b"))).ok());
        auto all = store.list();
        REQUIRE(all.ok());
        REQUIRE(all.value().size() == 2);
        CHECK(all.value().first().title == QStringLiteral("Second"));
        CHECK(store.list(1, 1).value().first().title == QStringLiteral("After the inspection"));
    }
    SECTION("deletes, and the index forgets it")
    {
        REQUIRE(store.remove(id).ok());
        CHECK_FALSE(store.get(id).value().has_value());
        CHECK(store.remove(id).code == ErrorCode::NotFound);
        SearchQuery q;
        q.text = QStringLiteral("inspection");
        CHECK(store.search(q).value().isEmpty());
    }
    SECTION("validation")
    {
        CHECK(store.save(entry(QStringLiteral(" "), QStringLiteral("\n"))).error().code == ErrorCode::EmptyEntry);
        CHECK(store.save(entry(QString(201, QLatin1Char('t')), QStringLiteral("x"))).error().code
              == ErrorCode::TitleTooLong);
        CHECK(store.save(entry(QStringLiteral("t"), QString(kMaxBodyLength + 1, QLatin1Char('b')))).error().code
              == ErrorCode::BodyTooLong);
        CHECK(store.count().value() == 1);
    }
}

TEST_CASE("journal draft survives until saved or discarded", "[journal]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    {
        JournalStore store = t.vault.journal();
        CHECK_FALSE(store.draft().value().has_value());
        JournalDraft d;
        d.title = QStringLiteral("Half a thought");
        d.body = QStringLiteral("I was about to write about the gover");
        d.tags = {QStringLiteral("governors"), QStringLiteral("late")};
        d.promptId = QStringLiteral("control-06");
        REQUIRE(store.saveDraft(d).ok());
        d.body += QStringLiteral("nors meeting");
        REQUIRE(store.saveDraft(d).ok()); // autosave replaces, never duplicates
    }
    // As if the app had been killed: lock (close) and reopen.
    t.vault.lock();
    REQUIRE(t.vault.unlock(test::kPassphrase).ok());
    JournalStore store = t.vault.journal();
    auto draft = store.draft();
    REQUIRE(draft.ok());
    REQUIRE(draft.value().has_value());
    CHECK(draft.value()->title == QStringLiteral("Half a thought"));
    CHECK(draft.value()->body == QStringLiteral("I was about to write about the governors meeting"));
    CHECK(draft.value()->tags == QStringList{QStringLiteral("governors"), QStringLiteral("late")});
    CHECK(draft.value()->promptId == QStringLiteral("control-06"));
    CHECK(draft.value()->savedAt.isValid());
    REQUIRE(store.clearDraft().ok());
    CHECK_FALSE(store.draft().value().has_value());
}

TEST_CASE("on this day finds entries from the same date in earlier years", "[journal]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    JournalStore store = t.vault.journal();
    const QDate today(2026, 11, 25);
    REQUIRE(store.save(entry(QStringLiteral("Two years ago"), QStringLiteral("a"), {}, QDate(2024, 11, 25))).ok());
    REQUIRE(store.save(entry(QStringLiteral("Last year"), QStringLiteral("b"), {}, QDate(2025, 11, 25))).ok());
    REQUIRE(store.save(entry(QStringLiteral("Day after"), QStringLiteral("c"), {}, QDate(2025, 11, 26))).ok());
    REQUIRE(store.save(entry(QStringLiteral("Today"), QStringLiteral("d"), {}, today)).ok());
    auto found = store.onThisDay(today);
    REQUIRE(found.ok());
    REQUIRE(found.value().size() == 2);
    CHECK(found.value()[0].title == QStringLiteral("Last year"));
    CHECK(found.value()[1].title == QStringLiteral("Two years ago"));
}

TEST_CASE("journal tags are listed most used first", "[journal]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    JournalStore store = t.vault.journal();
    REQUIRE(store.save(entry(QStringLiteral("a"), {}, {QStringLiteral("budget"), QStringLiteral("staff")})).ok());
    REQUIRE(store.save(entry(QStringLiteral("b"), {}, {QStringLiteral("staff")})).ok());
    CHECK(store.tags().value() == QStringList{QStringLiteral("staff"), QStringLiteral("budget")});
}

#include "TestSupport.h"

#include <core/journal/PromptLibrary.h>

#include <QSet>

using namespace saib;

TEST_CASE("the built-in prompt library is complete and bilingual", "[prompts]")
{
    const PromptLibrary &lib = PromptLibrary::builtIn();
    // The categories DESIGN.md §2 asks for.
    const QStringList expected{
        QStringLiteral("performance"), QStringLiteral("organisational"), QStringLiteral("psychological"),
        QStringLiteral("social"), QStringLiteral("purpose"), QStringLiteral("belonging"),
        QStringLiteral("valued"), QStringLiteral("cared_for"), QStringLiteral("fairness"),
        QStringLiteral("control"), QStringLiteral("attending"), QStringLiteral("understanding"),
        QStringLiteral("empathising"), QStringLiteral("helping"), QStringLiteral("resilience"),
        QStringLiteral("peer_support"), QStringLiteral("celebrating"), QStringLiteral("system_leadership")};
    QStringList ids;
    for (const PromptCategory &c : lib.categories()) {
        ids << c.id;
        CHECK_FALSE(c.en.isEmpty());
        CHECK_FALSE(c.cy.isEmpty());
    }
    CHECK(ids == expected);

    QSet<QString> promptIds;
    for (const Prompt &p : lib.prompts()) {
        INFO(p.id.toStdString());
        CHECK_FALSE(p.en.trimmed().isEmpty());
        CHECK_FALSE(p.cy.trimmed().isEmpty());
        CHECK(p.en != p.cy);
        CHECK_FALSE(promptIds.contains(p.id));
        promptIds.insert(p.id);
    }
    for (const QString &category : expected)
        CHECK(lib.inCategory(category).size() >= 8);
}

TEST_CASE("prompt of the day is stable for a day and changes the next", "[prompts]")
{
    const PromptLibrary &lib = PromptLibrary::builtIn();
    const QDate day(2026, 11, 25);
    REQUIRE(lib.promptOfTheDay(day));
    CHECK(lib.promptOfTheDay(day)->id == lib.promptOfTheDay(day)->id);
    CHECK(lib.promptOfTheDay(day)->id != lib.promptOfTheDay(day.addDays(1))->id);
    CHECK(lib.promptOfTheDay(day)->category != lib.promptOfTheDay(day.addDays(1))->category);
    const Prompt *p = lib.promptOfTheDay(day);
    CHECK(lib.shuffle(p->id)->id != p->id);
    CHECK(lib.find(p->id) == p);
    CHECK(lib.find(QStringLiteral("no-such-prompt")) == nullptr);
}

TEST_CASE("a prompt library with duplicates or a missing language is refused", "[prompts]")
{
    const QByteArray dup = R"({"categories":[{"id":"a","en":"A","cy":"A"}],
        "prompts":[{"id":"x","category":"a","en":"One","cy":"Un"},{"id":"x","category":"a","en":"Two","cy":"Dau"}]})";
    CHECK_FALSE(PromptLibrary::fromJson(dup).ok());
    const QByteArray noWelsh = R"({"categories":[{"id":"a","en":"A","cy":"A"}],
        "prompts":[{"id":"x","category":"a","en":"One","cy":""}]})";
    CHECK_FALSE(PromptLibrary::fromJson(noWelsh).ok());
}

// saib-cli journal and prompts commands, run as the real binary the way a script would.
#include "TestSupport.h"
#include <ToolProcess.h>
#include <core/Clock.h>

#include <core/journal/PromptLibrary.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
using Run = saib::test::ToolRun;

// `input` is piped to the command's stdin; without it stdin is empty (not a terminal).
Run cli(const QStringList &args, const QByteArray &input = {})
{
    const Run r = saib::test::runTool(QStringLiteral(SAIB_CLI_PATH), args,
                                      {{QStringLiteral("SAIB_PASSPHRASE"), saib::test::kPassphrase}}, input, 60000);
    REQUIRE(r.exitCode != -1); // it ran to the end
    return r;
}

QString isoDay(int daysAgo) { return saib::Clock::today().addDays(-daysAgo).toString(Qt::ISODate); }

const QString kWelshBody = QStringLiteral("Gwelais ŵyn bach yn y cae ar y ffordd adref.");

// A fresh store with three entries: three days ago (Estyn), yesterday (Welsh, body piped
// in, answering a prompt) and today (budget). Fast KDF: this is a test.
struct Journal {
    QTemporaryDir dir;
    QStringList base;
    QString estynId, welshId, budgetId;
    QString promptId = saib::PromptLibrary::builtIn().prompts().first().id;

    explicit Journal(const QString &folder = QStringLiteral("data"))
        : base{QStringLiteral("--data-dir"), dir.filePath(folder)}
    {
        Run init = run({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
    }

    Run run(const QStringList &args, const QByteArray &input = {}) const { return cli(base + args, input); }

    QString add(const QStringList &args, const QByteArray &input = {}) const
    {
        Run r = run(QStringList{QStringLiteral("journal"), QStringLiteral("add")} + args, input);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^Saved journal entry ([0-9a-f-]{36})\\n$")).match(r.out);
        REQUIRE(m.hasMatch());
        return m.captured(1);
    }

    void addThree()
    {
        estynId = add({QStringLiteral("--title"), QStringLiteral("Estyn visit"),
                       QStringLiteral("--body"), QStringLiteral("Long day with the inspectors."),
                       QStringLiteral("--tags"), QStringLiteral("estyn,stress"),
                       QStringLiteral("--day"), isoDay(3)});
        welshId = add({QStringLiteral("--title"), QStringLiteral("Diwrnod hir"),
                       QStringLiteral("--tags"), QStringLiteral("natur"), QStringLiteral("--tags"), QStringLiteral("teulu"),
                       QStringLiteral("--prompt"), promptId, QStringLiteral("--day"), isoDay(1)},
                      (kWelshBody + QLatin1Char('\n')).toUtf8());
        budgetId = add({QStringLiteral("--title"), QStringLiteral("Budget meeting"),
                        QStringLiteral("--body"), QStringLiteral("Governors asked about staffing.")});
    }

    QJsonArray json(const QStringList &args) const
    {
        Run r = run(args + QStringList{QStringLiteral("--json")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(doc.isArray());
        return doc.array();
    }

    QJsonArray list() const { return json({QStringLiteral("journal"), QStringLiteral("list")}); }

    QJsonArray search(const QStringList &args) const
    {
        return json(QStringList{QStringLiteral("journal"), QStringLiteral("search")} + args);
    }
};

QStringList ids(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out << v.toObject().value(QStringLiteral("id")).toString();
    return out;
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}
} // namespace

TEST_CASE("saib-cli journal add and list", "[cli-journal]")
{
    Journal j;
    j.addThree();

    const QJsonArray items = j.list();
    REQUIRE(items.size() == 3);
    // Newest first: the order they were written in, reversed.
    CHECK(ids(items) == QStringList{j.budgetId, j.welshId, j.estynId});

    const QJsonObject welsh = items.at(1).toObject();
    CHECK(welsh.value(QStringLiteral("title")).toString() == QStringLiteral("Diwrnod hir"));
    CHECK(welsh.value(QStringLiteral("body")).toString() == kWelshBody); // piped, final newline dropped
    CHECK(strings(welsh.value(QStringLiteral("tags"))) == QStringList{QStringLiteral("natur"), QStringLiteral("teulu")});
    CHECK(welsh.value(QStringLiteral("promptId")).toString() == j.promptId);
    CHECK(welsh.value(QStringLiteral("day")).toString() == isoDay(1));

    const QJsonObject budget = items.at(0).toObject();
    CHECK(budget.value(QStringLiteral("body")).toString() == QStringLiteral("Governors asked about staffing."));
    CHECK(budget.value(QStringLiteral("day")).toString() == isoDay(0));
    CHECK(budget.value(QStringLiteral("tags")).toArray().isEmpty());
    CHECK(budget.value(QStringLiteral("promptId")).toString().isEmpty());

    SECTION("--limit keeps the newest")
    {
        CHECK(ids(j.json({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--limit"),
                          QStringLiteral("1")}))
              == QStringList{j.budgetId});
    }
    SECTION("the table shows day, title and tags")
    {
        Run table = j.run({QStringLiteral("journal"), QStringLiteral("list")});
        CHECK(table.exitCode == 0);
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 4); // header + 3
        CHECK(lines[2].startsWith(isoDay(1)));
        CHECK(lines[2].contains(QStringLiteral("Diwrnod hir")));
        CHECK(lines[2].contains(QStringLiteral("natur, teulu")));
    }
    SECTION("bad input is refused")
    {
        Run prompt = j.run({QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"),
                            QStringLiteral("x"), QStringLiteral("--prompt"), QStringLiteral("no-such-prompt")});
        CHECK(prompt.exitCode == 2);
        CHECK(prompt.err.contains(QStringLiteral("no-such-prompt")));
        CHECK(j.run({QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("x"),
                     QStringLiteral("--day"), QStringLiteral("25/11/2026")}).exitCode == 2);
        CHECK(j.run({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--limit"),
                     QStringLiteral("none")}).exitCode == 2);
        Run empty = j.run({QStringLiteral("journal"), QStringLiteral("add")});
        CHECK(empty.exitCode == 1);
        CHECK(empty.err.contains(QStringLiteral("Write a title")));
        CHECK(j.list().size() == 3);
    }
}

TEST_CASE("saib-cli journal search", "[cli-journal]")
{
    Journal j;
    j.addThree();

    SECTION("a word without its circumflex finds the Welsh entry, highlighted")
    {
        const QJsonArray hits = j.search({QStringLiteral("wyn")});
        REQUIRE(hits.size() == 1);
        const QJsonObject hit = hits.first().toObject();
        CHECK(hit.value(QStringLiteral("kind")).toString() == QStringLiteral("entry"));
        CHECK(hit.value(QStringLiteral("id")).toString() == j.welshId);
        CHECK(hit.value(QStringLiteral("day")).toString() == isoDay(1));
        CHECK(hit.value(QStringLiteral("title")).toString() == QStringLiteral("Diwrnod hir"));
        CHECK(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("[ŵyn]")));
        CHECK(hit.value(QStringLiteral("score")).toDouble() > 0);

        Run table = j.run({QStringLiteral("journal"), QStringLiteral("search"), QStringLiteral("wyn")});
        CHECK(table.exitCode == 0);
        CHECK(table.out.contains(QStringLiteral("[ŵyn]")));
        CHECK(table.out.contains(QStringLiteral("entry")));
        CHECK_FALSE(table.out.contains(saib::kHighlightStart));
    }
    SECTION("--tag keeps only what carries the tag")
    {
        CHECK(ids(j.search({QStringLiteral("--tag"), QStringLiteral("estyn")})) == QStringList{j.estynId});
        CHECK(ids(j.search({QStringLiteral("long"), QStringLiteral("--tag"), QStringLiteral("stress")}))
              == QStringList{j.estynId});
        CHECK(j.search({QStringLiteral("long"), QStringLiteral("--tag"), QStringLiteral("natur")}).isEmpty());
    }
    SECTION("--from and --to bound the days")
    {
        QStringList recent = ids(j.search({QStringLiteral("--from"), isoDay(1), QStringLiteral("--to"), isoDay(0)}));
        recent.sort();
        QStringList expected{j.welshId, j.budgetId};
        expected.sort();
        CHECK(recent == expected);
        CHECK(ids(j.search({QStringLiteral("--to"), isoDay(2)})) == QStringList{j.estynId});
        CHECK(j.search({QStringLiteral("governors"), QStringLiteral("--to"), isoDay(1)}).isEmpty());
        CHECK(ids(j.search({QStringLiteral("governors"), QStringLiteral("--from"), isoDay(0)}))
              == QStringList{j.budgetId});
    }
    SECTION("bad dates and empty searches are usage errors")
    {
        Run bad = j.run({QStringLiteral("journal"), QStringLiteral("search"), QStringLiteral("wyn"),
                         QStringLiteral("--from"), QStringLiteral("2026-13-45")});
        CHECK(bad.exitCode == 2);
        CHECK(bad.err.contains(QStringLiteral("--from")));
        CHECK(j.run({QStringLiteral("journal"), QStringLiteral("search"), QStringLiteral("--to"),
                     QStringLiteral("yesterday")}).exitCode == 2);
        Run reversed = j.run({QStringLiteral("journal"), QStringLiteral("search"), QStringLiteral("--from"),
                              isoDay(0), QStringLiteral("--to"), isoDay(3)});
        CHECK(reversed.exitCode == 2);
        CHECK(reversed.err.contains(QStringLiteral("start before the end")));
        CHECK(j.run({QStringLiteral("journal"), QStringLiteral("search")}).exitCode == 2);
    }
}

TEST_CASE("saib-cli journal export and import round-trip", "[cli-journal]")
{
    Journal j;
    j.addThree();
    const QString file = j.dir.filePath(QStringLiteral("journal.json"));

    Run exported = j.run({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--json"), file});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("Exported 3 journal entries")));
    CHECK(exported.err.contains(QStringLiteral("not encrypted")));
    REQUIRE(QFile::exists(file));

    SECTION("a second store reads it back unchanged")
    {
        Journal other(QStringLiteral("other"));
        Run imported = other.run({QStringLiteral("journal"), QStringLiteral("import"), QStringLiteral("--json"), file});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        CHECK(imported.out.contains(QStringLiteral("3 added, 0 updated, 0 skipped")));

        const QJsonArray mine = j.list();
        const QJsonArray theirs = other.list();
        REQUIRE(ids(theirs) == ids(mine));
        for (int i = 0; i < mine.size(); ++i) {
            const QJsonObject a = mine.at(i).toObject(), b = theirs.at(i).toObject();
            for (const char *field : {"title", "body", "tags", "promptId", "day", "createdAt"}) {
                INFO(field);
                CHECK(a.value(QLatin1String(field)) == b.value(QLatin1String(field)));
            }
        }

        // Importing the same file again finds nothing newer.
        Run again = other.run({QStringLiteral("journal"), QStringLiteral("import"), QStringLiteral("--json"), file});
        CHECK(again.exitCode == 0);
        CHECK(again.out.contains(QStringLiteral("0 added, 0 updated, 3 skipped")));
    }
    SECTION("Markdown export writes one file per entry")
    {
        const QString folder = j.dir.filePath(QStringLiteral("markdown"));
        Run md = j.run({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--markdown"), folder});
        INFO(md.err.toStdString());
        REQUIRE(md.exitCode == 0);
        CHECK(md.err.contains(QStringLiteral("not encrypted")));
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files);
        REQUIRE(files.size() == 3);
        const QString welshFile = files.filter(j.welshId.left(8)).value(0);
        REQUIRE_FALSE(welshFile.isEmpty());
        CHECK(QString::fromUtf8(saib::test::readAll(QDir(folder).filePath(welshFile))).contains(kWelshBody));
    }
    SECTION("wrong usage and unreadable files are refused")
    {
        CHECK(j.run({QStringLiteral("journal"), QStringLiteral("export"), file}).exitCode == 2);
        CHECK(j.run({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--json"),
                     QStringLiteral("--markdown"), file}).exitCode == 2);
        CHECK(j.run({QStringLiteral("journal"), QStringLiteral("import"), file}).exitCode == 2);
        Run notExport = j.run({QStringLiteral("journal"), QStringLiteral("import"), QStringLiteral("--json"),
                               j.dir.filePath(QStringLiteral("data/saib.key"))});
        CHECK(notExport.exitCode == 1);
        CHECK(notExport.err.contains(QStringLiteral("not a Saib journal export")));
    }
}

TEST_CASE("saib-cli prompts", "[cli-journal]")
{
    const saib::PromptLibrary &library = saib::PromptLibrary::builtIn();

    SECTION("--today prints today's prompt on one line, in Welsh when asked")
    {
        Run today = cli({QStringLiteral("prompts"), QStringLiteral("--lang"), QStringLiteral("cy"), QStringLiteral("--today")});
        CHECK(today.exitCode == 0);
        const QStringList lines = today.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 1);
        const saib::Prompt *prompt = library.promptOfTheDay(saib::Clock::today());
        REQUIRE(prompt);
        CHECK(lines.first().startsWith(prompt->id));
        CHECK(lines.first().endsWith(prompt->cy));
        CHECK_FALSE(prompt->cy.trimmed().isEmpty());
    }
    SECTION("the list holds every prompt, or one category's")
    {
        Run all = cli({QStringLiteral("prompts"), QStringLiteral("--lang"), QStringLiteral("en")});
        CHECK(all.exitCode == 0);
        CHECK(all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == library.prompts().size() + 1);
        const QString category = library.categories().first().id;
        Run some = cli({QStringLiteral("prompts"), QStringLiteral("--category"), category, QStringLiteral("--lang"),
                        QStringLiteral("en")});
        CHECK(some.exitCode == 0);
        const QVector<saib::Prompt> expected = library.inCategory(category);
        CHECK(some.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == expected.size() + 1);
        CHECK(some.out.contains(expected.first().en));
    }
    SECTION("unknown languages and categories are usage errors")
    {
        CHECK(cli({QStringLiteral("prompts"), QStringLiteral("--lang"), QStringLiteral("fr")}).exitCode == 2);
        CHECK(cli({QStringLiteral("prompts"), QStringLiteral("--category"), QStringLiteral("nope")}).exitCode == 2);
    }
}

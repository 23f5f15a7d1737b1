#include "TestSupport.h"
#include <ToolProcess.h>
#include <core/Clock.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
using Run = saib::test::ToolRun;

Run cli(const QStringList &args, const QString &passphrase = saib::test::kPassphrase)
{
    const Run r = saib::test::runTool(QStringLiteral(SAIB_CLI_PATH), args, {{QStringLiteral("SAIB_PASSPHRASE"), passphrase}},
                                      {}, 60000);
    REQUIRE(r.exitCode != -1); // it ran to the end
    return r;
}
} // namespace

TEST_CASE("saib-cli init, checkin add, checkin list --json", "[cli]")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QStringList base{QStringLiteral("--data-dir"), data};

    Run init = cli(base + QStringList{QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive")});
    REQUIRE(init.exitCode == 0);
    CHECK(QFile::exists(data + QStringLiteral("/saib.key")));
    CHECK(cli(base + QStringList{QStringLiteral("init")}).exitCode == 1);

    const QString yesterday = saib::Clock::today().addDays(-1).toString(Qt::ISODate);
    Run add = cli(base + QStringList{QStringLiteral("checkin"), QStringLiteral("add"),
                                     QStringLiteral("--day"), yesterday,
                                     QStringLiteral("--hours"), QStringLiteral("9"),
                                     QStringLiteral("--strategic"), QStringLiteral("20"),
                                     QStringLiteral("--demand"), QStringLiteral("7"),
                                     QStringLiteral("--emotional"), QStringLiteral("6"),
                                     QStringLiteral("--energy"), QStringLiteral("4"),
                                     QStringLiteral("--drained"), QStringLiteral("workload,complaint"),
                                     QStringLiteral("--sustained"), QStringLiteral("peer-heads"),
                                     QStringLiteral("--note"), QStringLiteral("Estyn call")});
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);

    Run list = cli(base + QStringList{QStringLiteral("checkin"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray items = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(items.size() == 1);
    const QJsonObject c = items.first().toObject();
    CHECK(c.value(QStringLiteral("day")).toString() == yesterday);
    CHECK(c.value(QStringLiteral("hours")).toDouble() == 9.0);
    CHECK(c.value(QStringLiteral("strategicPercent")).toInt() == 20);
    CHECK(c.value(QStringLiteral("demand")).toInt() == 7);
    CHECK(c.value(QStringLiteral("emotional")).toInt() == 6);
    CHECK(c.value(QStringLiteral("energy")).toInt() == 4);
    CHECK(c.value(QStringLiteral("drainedBy")).toArray().size() == 2);
    CHECK(c.value(QStringLiteral("note")).toString() == QStringLiteral("Estyn call"));

    SECTION("a wrong passphrase fails with a clear message")
    {
        Run wrong = cli(base + QStringList{QStringLiteral("checkin"), QStringLiteral("list")},
                        QStringLiteral("definitely wrong"));
        CHECK(wrong.exitCode == 1);
        CHECK(wrong.err.contains(QStringLiteral("passphrase is not right")));
    }
    SECTION("bad input is refused with the reason")
    {
        Run bad = cli(base + QStringList{QStringLiteral("checkin"), QStringLiteral("add"),
                                         QStringLiteral("--hours"), QStringLiteral("30"),
                                         QStringLiteral("--strategic"), QStringLiteral("0"),
                                         QStringLiteral("--demand"), QStringLiteral("1"),
                                         QStringLiteral("--emotional"), QStringLiteral("1"),
                                         QStringLiteral("--energy"), QStringLiteral("1")});
        CHECK(bad.exitCode == 1);
        CHECK(bad.err.contains(QStringLiteral("between 0 and 24")));
        // Any scale may be left out (see the next test case), but one given must be a number.
        Run notNumber = cli(base + QStringList{QStringLiteral("checkin"), QStringLiteral("add"),
                                               QStringLiteral("--demand"), QStringLiteral("lots")});
        CHECK(notNumber.exitCode == 2);
        CHECK(notNumber.err.contains(QStringLiteral("--demand")));
    }
    SECTION("the table view lists the day with translated tag names")
    {
        Run table = cli(base + QStringList{QStringLiteral("checkin"), QStringLiteral("list")});
        CHECK(table.exitCode == 0);
        CHECK(table.out.contains(yesterday));
        CHECK(table.out.contains(QStringLiteral("Peer headteachers")));
    }
}

TEST_CASE("saib-cli --version and unknown commands", "[cli]")
{
    Run v = cli({QStringLiteral("--version")});
    CHECK(v.exitCode == 0);
    CHECK(v.out.startsWith(QStringLiteral("saib-cli 0.")));
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
}

#include <core/insights/Dashboard.h>

TEST_CASE("saib-cli insights --json prints the dashboard's figures, rating add", "[cli][insights]")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QStringList base{QStringLiteral("--data-dir"), data};
    REQUIRE(cli(base + QStringList{QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive")}).exitCode == 0);
    for (int i = 0; i < 6; ++i) {
        const QString day = saib::Clock::today().addDays(-i).toString(Qt::ISODate);
        REQUIRE(cli(base + QStringList{QStringLiteral("checkin"), QStringLiteral("add"), QStringLiteral("--day"), day,
                                       QStringLiteral("--hours"), QStringLiteral("9"), QStringLiteral("--strategic"),
                                       QStringLiteral("10"), QStringLiteral("--demand"), QString::number(4 + i % 3),
                                       QStringLiteral("--emotional"), QStringLiteral("9"), QStringLiteral("--energy"),
                                       QStringLiteral("3")})
                    .exitCode == 0);
    }
    Run rating = cli(base + QStringList{QStringLiteral("rating"), QStringLiteral("add"), QStringLiteral("--purpose"),
                                        QStringLiteral("5"), QStringLiteral("--belonging"), QStringLiteral("4"),
                                        QStringLiteral("--valued"), QStringLiteral("2"), QStringLiteral("--cared-for"),
                                        QStringLiteral("2"), QStringLiteral("--fairness"), QStringLiteral("3"),
                                        QStringLiteral("--control"), QStringLiteral("3")});
    INFO(rating.err.toStdString());
    REQUIRE(rating.exitCode == 0);
    CHECK(cli(base + QStringList{QStringLiteral("rating"), QStringLiteral("add"), QStringLiteral("--purpose"),
                                 QStringLiteral("9")}).exitCode == 2);

    Run json = cli(base + QStringList{QStringLiteral("insights"), QStringLiteral("--range"), QStringLiteral("3m"),
                                      QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject printed = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(printed.value(QStringLiteral("signposting")).toObject().value(QStringLiteral("show")).toBool());

    // The same store, computed in-process the way the app's dashboard does it.
    saib::Vault vault(data);
    REQUIRE(vault.unlock(saib::test::kPassphrase).ok());
    auto d = saib::insights::computeDashboard(*vault.database(), saib::insights::Range::ThreeMonths, saib::Clock::today());
    REQUIRE(d.ok());
    CHECK(printed == saib::insights::dashboardJson(d.value()));

    Run table = cli(base + QStringList{QStringLiteral("insights")});
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("This week")));
    CHECK(table.out.contains(QStringLiteral("08000 562 561")));
    CHECK(cli(base + QStringList{QStringLiteral("insights"), QStringLiteral("--range"), QStringLiteral("2y")}).exitCode == 2);
}

TEST_CASE("saib-cli checkin add takes any subset of the scales, the rest stay null", "[cli]")
{
    QTemporaryDir dir;
    const QStringList base{QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli(base + QStringList{QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive")}).exitCode == 0);
    Run add = cli(base + QStringList{QStringLiteral("checkin"), QStringLiteral("add"),
                                     QStringLiteral("--emotional"), QStringLiteral("8")});
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);

    Run list = cli(base + QStringList{QStringLiteral("checkin"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray items = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(items.size() == 1);
    const QJsonObject c = items.first().toObject();
    CHECK(c.value(QStringLiteral("emotional")).toInt() == 8);
    for (const char *unset : {"hours", "strategicPercent", "demand", "energy"}) {
        INFO(unset);
        CHECK(c.contains(QLatin1String(unset)));
        CHECK(c.value(QLatin1String(unset)).isNull());
    }
    Run table = cli(base + QStringList{QStringLiteral("checkin"), QStringLiteral("list")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("–")));
}

TEST_CASE("saib-cli calendar: pick term dates, mark an inspection, print the year, insights carry the term", "[cli][calendar]")
{
    QTemporaryDir dir;
    const QStringList base{QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))};
    REQUIRE(cli(base + QStringList{QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive")}).exitCode == 0);

    Run none = cli(base + QStringList{QStringLiteral("calendar")});
    CHECK(none.exitCode == 0);
    CHECK(none.out.contains(QStringLiteral("No school calendar chosen")));
    Run regions = cli(base + QStringList{QStringLiteral("calendar"), QStringLiteral("regions")});
    CHECK(regions.out.contains(QStringLiteral("wales")));
    CHECK(regions.out.contains(QStringLiteral("england-kent")));
    CHECK(cli(base + QStringList{QStringLiteral("calendar"), QStringLiteral("set"), QStringLiteral("narnia")}).exitCode == 1);
    REQUIRE(cli(base + QStringList{QStringLiteral("calendar"), QStringLiteral("set"), QStringLiteral("wales")}).exitCode == 0);
    Run mark = cli(base + QStringList{QStringLiteral("calendar"), QStringLiteral("mark"), QStringLiteral("2025-11-17"),
                                      QStringLiteral("2025-11-21"), QStringLiteral("--label"), QStringLiteral("Estyn")});
    INFO(mark.err.toStdString());
    REQUIRE(mark.exitCode == 0);
    CHECK(cli(base + QStringList{QStringLiteral("calendar"), QStringLiteral("mark"), QStringLiteral("2025-11-21"),
                                 QStringLiteral("2025-11-17")}).exitCode == 2);

    Run year = cli(base + QStringList{QStringLiteral("calendar"), QStringLiteral("--year"), QStringLiteral("2025")});
    CHECK(year.exitCode == 0);
    CHECK(year.out.contains(QStringLiteral("2025/26")));
    CHECK(year.out.contains(QStringLiteral("https://www.gov.wales/approved-school-term-dates-2025-2026-html")));
    CHECK(year.out.contains(QStringLiteral("Autumn  Mon 1 Sep 2025 to Fri 19 Dec 2025")));
    CHECK(year.out.contains(QStringLiteral("Estyn")));
    Run unchecked = cli(base + QStringList{QStringLiteral("calendar"), QStringLiteral("--year"), QStringLiteral("2027")});
    CHECK(unchecked.out.contains(QStringLiteral("[not checked against a source]")));
    CHECK(cli(base + QStringList{QStringLiteral("calendar"), QStringLiteral("--year"), QStringLiteral("2031")}).exitCode == 1);

    Run json = cli(base + QStringList{QStringLiteral("insights"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject term = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("term")).toObject();
    CHECK(term.value(QStringLiteral("hasCalendar")).toBool());
    CHECK(term.value(QStringLiteral("region")).toString() == QStringLiteral("wales"));
    CHECK(term.value(QStringLiteral("today")).toObject().contains(QStringLiteral("label")));
}

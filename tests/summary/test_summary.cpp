// The summary for a coach: the model against the dashboard's own statistics, the
// plain text, and saib-cli writing the PDF, read back with pdftotext (poppler-utils) in
// English and Welsh, on a fixed store with a fixed clock.
#include <ToolProcess.h>
#include "LeaderFixture.h"

#include <app/summary/SummaryFiles.h>
#include <app/summary/SummaryPdf.h>
#include <core/insights/Summary.h>
#include <core/store/CheckinStore.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace saib;
using namespace saib::insights;

namespace {
const QString kPass = QStringLiteral("llwybr hir ar y mynydd");
const QDate kFrom(2026, 9, 1);

using Run = saib::test::ToolRun;

Run cli(const QString &dataDir, const QStringList &args)
{
    const Run r = saib::test::runTool(QStringLiteral(SAIB_CLI_PATH), QStringList{QStringLiteral("--data-dir"), dataDir} + args,
                                      {{QStringLiteral("SAIB_PASSPHRASE"), kPass}, {QStringLiteral("SAIB_NOW"), test::kSummaryNow}});
    REQUIRE(r.exitCode != -1); // it ran to the end
    return r;
}

QString pdfToText(const QString &pdf)
{
    const Run r = saib::test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, {}, {}, 60000);
    REQUIRE(r.exitCode == 0);
    // One space for any run of white space: pdftotext's layout spacing is not the point.
    return r.out.simplified();
}

// 0600: read and write for the owner, nothing for group or others.
bool ownerOnly(const QString &path)
{
    const QFile::Permissions everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                      | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                                      | QFile::ExeOther;
    return (QFile::permissions(path) & everyone) == (QFile::ReadOwner | QFile::WriteOwner);
}

struct Store {
    QTemporaryDir dir;
    QString data = dir.filePath(QStringLiteral("data"));
    test::LeaderEntries ids;
    Store()
    {
        Vault vault(data, KdfParams::minimum());
        REQUIRE(vault.create(kPass).ok());
        ids = test::fillLeaderStore(vault);
        vault.lock();
    }
};
} // namespace

TEST_CASE("summary: the period's figures are the dashboard's statistics over the same days", "[summary]")
{
    QTemporaryDir dir;
    Vault vault(dir.filePath(QStringLiteral("data")), KdfParams::minimum());
    REQUIRE(vault.create(kPass).ok());
    const test::LeaderEntries ids = test::fillLeaderStore(vault);

    SummaryRequest r;
    r.from = kFrom;
    r.to = test::kSummaryToday;
    r.trends = r.domains = r.skills = r.helps = true;
    r.entryIds = {ids.governors, ids.budget};
    auto made = computeSummary(*vault.database(), r, test::kSummaryToday);
    REQUIRE(made.ok());
    const Summary &s = made.value();

    auto checkins = CheckinStore(*vault.database()).between(r.from, r.to);
    REQUIRE(checkins.ok());
    CHECK(s.checkins == checkins.value().size());
    CHECK(s.checkins > 40);
    for (int m = 0; m < kMetricCount; ++m) {
        const Point whole = trend(checkins.value(), Metric(m), QVector<Bucket>{{r.from, r.to}}).value(0);
        CHECK(s.overall[m].value == Approx(whole.value));
        CHECK(s.trends[m].size() == periodBuckets(r.from, r.to).size());
    }
    CHECK(s.trends[0].size() == 13); // weekly over 88 days: 1 Sep (a Tuesday) to 27 Nov
    CHECK(s.domains.size() == kDomainCount);
    CHECK(s.ratedWeeks > 5);
    CHECK(s.skillsTakenOn == QDate(2026, 9, 14));
    REQUIRE(!s.skills.isEmpty());
    CHECK(s.skills.first().gap == 4); // governors 8/4 and partnerships 8/4; ties by id
    CHECK(s.skills.first().previousGap.has_value());
    REQUIRE(s.entries.size() == 2);
    CHECK(s.entries[0].id == ids.budget); // oldest first, whatever order they were ticked in

    const QString text = summaryText(s);
    CHECK(text.contains(QStringLiteral("This file is not encrypted")));
    CHECK(text.contains(QStringLiteral("Budget meeting with the chair")));
    CHECK(text.contains(QStringLiteral("Aeth y cyfarfod yn well na’r disgwyl")));
    CHECK_FALSE(text.contains(test::kPrivateWords));
    CHECK(text.contains(QStringLiteral("Working with governors on strategy: importance 8, confidence 4, gap 4 (gap last time: 3)")));

    SECTION("only what is ticked")
    {
        SummaryRequest only;
        only.from = kFrom;
        only.to = test::kSummaryToday;
        only.domains = true;
        auto d = computeSummary(*vault.database(), only, test::kSummaryToday);
        REQUIRE(d.ok());
        const QString t = summaryText(d.value());
        CHECK(t.contains(QStringLiteral("The six domains")));
        CHECK_FALSE(t.contains(QStringLiteral("How the days have been")));
        CHECK_FALSE(t.contains(QStringLiteral("Leadership skills")));
        CHECK_FALSE(t.contains(QStringLiteral("Budget meeting")));
    }
    SECTION("bad requests are errors, not empty files")
    {
        SummaryRequest bad = r;
        bad.from = r.to.addDays(1);
        CHECK(computeSummary(*vault.database(), bad, test::kSummaryToday).error().code == ErrorCode::InvalidDateRange);
        bad = r;
        bad.to = test::kSummaryToday.addDays(1);
        CHECK(computeSummary(*vault.database(), bad, test::kSummaryToday).error().code == ErrorCode::InvalidDateRange);
        SummaryRequest nothing;
        nothing.from = kFrom;
        nothing.to = test::kSummaryToday;
        CHECK_FALSE(choseAnything(nothing));
        CHECK(choseAnything(r));
        bad = r;
        bad.entryIds = {QStringLiteral("no-such-entry")};
        CHECK(computeSummary(*vault.database(), bad, test::kSummaryToday).error().code == ErrorCode::NotFound);
        bad = r;
        bad.from = QDate(2026, 11, 1); // the budget entry (8 October) is outside this period
        CHECK(computeSummary(*vault.database(), bad, test::kSummaryToday).error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("summary: a period's chart buckets", "[summary]")
{
    // Daily up to 31 days.
    auto days = periodBuckets(QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(days.size() == 30);
    CHECK(days.first().from == days.first().to);
    // Weekly, Monday to Sunday, clipped to the period at both ends.
    auto weeks = periodBuckets(QDate(2026, 9, 1), QDate(2026, 11, 27));
    REQUIRE(weeks.size() == 13);
    CHECK(weeks.first().from == QDate(2026, 9, 1));
    CHECK(weeks.first().to == QDate(2026, 9, 6));
    CHECK(weeks[1].from == QDate(2026, 9, 7));
    CHECK(weeks.last().to == QDate(2026, 11, 27));
    // Months beyond 53 weeks.
    auto months = periodBuckets(QDate(2025, 1, 15), QDate(2026, 11, 27));
    REQUIRE(months.size() == 23);
    CHECK(months.first().from == QDate(2025, 1, 15));
    CHECK(months.first().to == QDate(2025, 1, 31));
    CHECK(months.last().from == QDate(2026, 11, 1));
    // Nothing for a reversed period.
    CHECK(periodBuckets(QDate(2026, 2, 1), QDate(2026, 1, 1)).isEmpty());
}

TEST_CASE("summary: the --include list", "[summary]")
{
    QString unknown;
    auto r = parseIncludeList(QStringLiteral("trends,skills,entries:a1,b2"), &unknown);
    REQUIRE(r);
    CHECK(r->trends);
    CHECK(r->skills);
    CHECK_FALSE(r->domains);
    CHECK(r->entryIds == QStringList{QStringLiteral("a1"), QStringLiteral("b2")});
    CHECK_FALSE(parseIncludeList(QStringLiteral("trends,moods"), &unknown));
    CHECK(unknown == QStringLiteral("moods"));
    CHECK_FALSE(parseIncludeList(QStringLiteral("trends,entries:"), &unknown));
}

TEST_CASE("saib-cli summary: a PDF in English and in Welsh, owner-only, with only the ticked entries",
          "[summary][cli][example]")
{
    Store store;
    const QString pdf = store.dir.filePath(QStringLiteral("summary.pdf"));
    const QString txt = store.dir.filePath(QStringLiteral("summary.txt"));
    const QStringList base{QStringLiteral("summary"), QStringLiteral("--from"), QStringLiteral("2026-09-01"),
                           QStringLiteral("--to"), QStringLiteral("2026-11-27"), QStringLiteral("--include"),
                           QStringLiteral("trends,domains,skills,helps,entries:%1,%2").arg(store.ids.budget, store.ids.governors)};

    Run en = cli(store.data, base + QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--text"), txt});
    INFO(en.err.toStdString());
    REQUIRE(en.exitCode == 0);
    CHECK(en.out.contains(QStringLiteral("NOT encrypted")));
    CHECK(ownerOnly(pdf));
    CHECK(ownerOnly(txt));
    const QString english = pdfToText(pdf);
    INFO(english.toStdString());
    CHECK(english.contains(QStringLiteral("Saib: a summary for a coach or supervisor")));
    CHECK(english.contains(QStringLiteral("From 1 September 2026 to 27 November 2026. Made on 27 November 2026.")));
    CHECK(english.contains(QStringLiteral("This file is not encrypted.")));
    CHECK(english.contains(QStringLiteral("How the days have been")));
    CHECK(english.contains(QStringLiteral("The six domains")));
    CHECK(english.contains(QStringLiteral("Feeling cared for")));
    CHECK(english.contains(QStringLiteral("Working with governors on strategy")));
    CHECK(english.contains(QStringLiteral("What seems to help")));
    CHECK(english.contains(QStringLiteral("Budget meeting with the chair")));
    CHECK(english.contains(QStringLiteral("Aeth y cyfarfod yn well")));
    CHECK_FALSE(english.contains(QStringLiteral("Nobody else should read")));
    CHECK_FALSE(english.contains(QStringLiteral("hospital")));
    // The plain text says the same as the PDF.
    QFile text(txt);
    REQUIRE(text.open(QIODevice::ReadOnly));
    const QString plain = QString::fromUtf8(text.readAll());
    CHECK(plain.contains(QStringLiteral("Budget meeting with the chair")));
    CHECK_FALSE(plain.contains(QStringLiteral("hospital")));

    // Welsh, and an entry left unticked stays out.
    const QString cyPdf = store.dir.filePath(QStringLiteral("crynodeb.pdf"));
    QStringList cyArgs = base;
    cyArgs[6] = QStringLiteral("trends,domains,skills,helps,entries:%1").arg(store.ids.governors);
    Run cy = cli(store.data, cyArgs + QStringList{QStringLiteral("--pdf"), cyPdf, QStringLiteral("--lang"), QStringLiteral("cy")});
    INFO(cy.err.toStdString());
    REQUIRE(cy.exitCode == 0);
    const QString welsh = pdfToText(cyPdf);
    INFO(welsh.toStdString());
    CHECK(welsh.contains(QStringLiteral("Saib: crynodeb ar gyfer hyfforddwr neu oruchwyliwr")));
    CHECK(welsh.contains(QStringLiteral("Dydy'r ffeil hon ddim wedi'i hamgryptio.")));
    CHECK(welsh.contains(QStringLiteral("Y chwe maes")));
    CHECK(welsh.contains(QStringLiteral("Aeth y cyfarfod yn well")));
    CHECK_FALSE(welsh.contains(QStringLiteral("Budget meeting with the chair")));
    CHECK_FALSE(welsh.contains(QStringLiteral("hospital")));

    // Where the example in docs/ comes from (scripts/make-summary-example.sh).
    if (const QString out = qEnvironmentVariable("SAIB_SUMMARY_EXAMPLE_DIR"); !out.isEmpty()) {
        QFile::remove(out + QStringLiteral("/coach-summary-example.pdf"));
        REQUIRE(QFile::copy(pdf, out + QStringLiteral("/coach-summary-example.pdf")));
        QFile::remove(out + QStringLiteral("/coach-summary-example.txt"));
        REQUIRE(QFile::copy(txt, out + QStringLiteral("/coach-summary-example.txt")));
        QFile::remove(out + QStringLiteral("/coach-summary-example-cy.pdf"));
        REQUIRE(QFile::copy(cyPdf, out + QStringLiteral("/coach-summary-example-cy.pdf")));
    }
}

TEST_CASE("saib-cli summary: clear errors on bad input", "[summary][cli]")
{
    Store store;
    const QString pdf = store.dir.filePath(QStringLiteral("s.pdf"));
    auto run = [&](const QStringList &extra) { return cli(store.data, QStringList{QStringLiteral("summary")} + extra); };
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-09-01"), QStringLiteral("--to"),
                             QStringLiteral("2026-11-27")};

    Run noOut = run(period + QStringList{QStringLiteral("--include"), QStringLiteral("trends")});
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("--pdf")));
    Run badWord = run(period + QStringList{QStringLiteral("--include"), QStringLiteral("trends,moods"),
                                           QStringLiteral("--pdf"), pdf});
    CHECK(badWord.exitCode == 2);
    CHECK(badWord.err.contains(QStringLiteral("'moods'")));
    Run badDate = run({QStringLiteral("--from"), QStringLiteral("2026-13-01"), QStringLiteral("--to"),
                       QStringLiteral("2026-11-27"), QStringLiteral("--include"), QStringLiteral("trends"),
                       QStringLiteral("--pdf"), pdf});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("--from YYYY-MM-DD")));
    Run reversed = run({QStringLiteral("--from"), QStringLiteral("2026-11-27"), QStringLiteral("--to"),
                        QStringLiteral("2026-09-01"), QStringLiteral("--include"), QStringLiteral("trends"),
                        QStringLiteral("--pdf"), pdf});
    CHECK(reversed.exitCode == 1);
    CHECK(reversed.err.contains(QStringLiteral("start before the end")));
    Run missing = run(period + QStringList{QStringLiteral("--include"), QStringLiteral("entries:nope"),
                                           QStringLiteral("--pdf"), pdf});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("no longer exists")));
    Run lang = run(period + QStringList{QStringLiteral("--include"), QStringLiteral("trends"), QStringLiteral("--pdf"),
                                        pdf, QStringLiteral("--lang"), QStringLiteral("fr")});
    CHECK(lang.exitCode == 2);
    CHECK_FALSE(QFile::exists(pdf)); // nothing written on any of these
}

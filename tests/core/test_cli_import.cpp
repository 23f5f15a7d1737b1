// saib-cli import, run as the real binary: preview, --dry-run, import, and again.
#include "TestSupport.h"
#include <ToolProcess.h>


namespace {
using Run = saib::test::ToolRun;

Run cli(const QString &dataDir, const QStringList &args)
{
    const Run r = saib::test::runTool(QStringLiteral(SAIB_CLI_PATH), QStringList{QStringLiteral("--data-dir"), dataDir} + args,
                                      {{QStringLiteral("SAIB_PASSPHRASE"), saib::test::kPassphrase}});
    REQUIRE(r.exitCode != -1); // it ran to the end
    return r;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}
} // namespace

TEST_CASE("saib-cli import: preview, dry run, import once", "[import][cli]")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    REQUIRE(cli(data, {QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive")}).exitCode == 0);
    const QString daylio = dir.filePath(QStringLiteral("daylio.csv"));
    write(daylio, "full_date,date,weekday,time,mood,activities,note_title,note\n"
                  "2024-05-02,May 2,Thursday,20:15,rad,friends,Diwrnod da,\"Cerdded â ffrindiau\"\n"
                  "2024-05-01,May 1,Wednesday,21:00,tired,work,,\n");

    Run dry = cli(data, {QStringLiteral("import"), QStringLiteral("daylio"), daylio, QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("1 journal entries and 1 check-ins over 1 days")));
    CHECK(dry.out.contains(QStringLiteral("line 3: no mapping for the mood “tired”")));
    CHECK(dry.out.contains(QStringLiteral("Nothing was written")));
    CHECK_FALSE(cli(data, {QStringLiteral("checkin"), QStringLiteral("list"), QStringLiteral("--days"), QStringLiteral("5000"),
                           QStringLiteral("--json")}).out.contains(QStringLiteral("2024-05-02")));

    Run real = cli(data, {QStringLiteral("import"), QStringLiteral("daylio"), daylio,
                          QStringLiteral("--mood"), QStringLiteral("tired=6,6,2")});
    REQUIRE(real.exitCode == 0);
    CHECK(real.out.contains(QStringLiteral("Added 1 journal entries and 2 check-ins; 0 already in Saib.")));
    Run again = cli(data, {QStringLiteral("import"), QStringLiteral("daylio"), daylio,
                           QStringLiteral("--mood"), QStringLiteral("tired=6,6,2")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Added 0 journal entries and 0 check-ins; 3 already in Saib.")));

    const QString bad = dir.filePath(QStringLiteral("checkins.csv"));
    write(bad, "day,hours,strategic_percent,demand,emotional,energy,drained_by,sustained_by,note\n"
               "2024-09-02,9.5,20,7,6,4,,,\n2024-09-03,9,20,12,6,4,,,\n");
    Run refused = cli(data, {QStringLiteral("import"), QStringLiteral("checkins"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("line 3")));
}

// saib-cli recovery create / reset / status, run as the real binary.
#include "TestSupport.h"
#include <ToolProcess.h>

#include <QRegularExpression>

namespace {
using Run = saib::test::ToolRun;

Run cli(const QString &dataDir, const QStringList &args, const QMap<QString, QString> &vars)
{
    const Run r = saib::test::runTool(QStringLiteral(SAIB_CLI_PATH), QStringList{QStringLiteral("--data-dir"), dataDir} + args, vars);
    REQUIRE(r.exitCode != -1); // it ran to the end
    return r;
}

QString keyIn(const QString &output)
{
    static const QRegularExpression key(QStringLiteral("[0-9A-Z]{5}(-[0-9A-Z]{5}){12}"));
    return key.match(output).captured(0);
}

const QString kForgotten = saib::test::kPassphrase;
const QString kNew = QStringLiteral("mae'r cyfrinair newydd yma");
} // namespace

TEST_CASE("saib-cli recovery: create, status, reset after a forgotten passphrase", "[recovery][cli]")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QMap<QString, QString> pass{{QStringLiteral("SAIB_PASSPHRASE"), kForgotten}};
    REQUIRE(cli(data, {QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("interactive")}, pass).exitCode == 0);
    REQUIRE(cli(data, {QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Diwrnod hir"),
                       QStringLiteral("--body"), QStringLiteral("Cyfarfod â'r llywodraethwyr")}, pass).exitCode == 0);

    Run none = cli(data, {QStringLiteral("recovery"), QStringLiteral("status")}, {});
    CHECK(none.exitCode == 0);
    CHECK(none.out.contains(QStringLiteral("recovery key: none")));

    Run made = cli(data, {QStringLiteral("recovery"), QStringLiteral("create")}, pass);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString key = keyIn(made.out);
    REQUIRE_FALSE(key.isEmpty());
    CHECK(cli(data, {QStringLiteral("recovery"), QStringLiteral("status")}, {}).out.contains(QStringLiteral("recovery key: set, made ")));

    SECTION("a typo is named by group before anything else happens")
    {
        QString typo = key;
        typo[6 * 4 + 1] = typo[6 * 4 + 1] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const QByteArray before = saib::test::sha256(data + QStringLiteral("/saib.key"));
        Run bad = cli(data, {QStringLiteral("recovery"), QStringLiteral("reset")},
                      {{QStringLiteral("SAIB_RECOVERY_KEY"), typo}, {QStringLiteral("SAIB_NEW_PASSPHRASE"), kNew}});
        CHECK(bad.exitCode == 1);
        CHECK(bad.err.contains(QStringLiteral("Group 5 of the recovery key has a typo")));
        CHECK(saib::test::sha256(data + QStringLiteral("/saib.key")) == before);
    }
    SECTION("the recovery key sets a new passphrase and everything is still there")
    {
        Run reset = cli(data, {QStringLiteral("recovery"), QStringLiteral("reset")},
                        {{QStringLiteral("SAIB_RECOVERY_KEY"), key.toLower()}, {QStringLiteral("SAIB_NEW_PASSPHRASE"), kNew}});
        INFO(reset.err.toStdString());
        REQUIRE(reset.exitCode == 0);
        CHECK(cli(data, {QStringLiteral("journal"), QStringLiteral("list")}, pass).exitCode == 1);
        Run list = cli(data, {QStringLiteral("journal"), QStringLiteral("list")}, {{QStringLiteral("SAIB_PASSPHRASE"), kNew}});
        CHECK(list.exitCode == 0);
        CHECK(list.out.contains(QStringLiteral("Diwrnod hir")));
    }
    SECTION("a new recovery key replaces the old one")
    {
        Run again = cli(data, {QStringLiteral("recovery"), QStringLiteral("create")}, pass);
        REQUIRE(again.exitCode == 0);
        CHECK(again.out.contains(QStringLiteral("previous recovery key no longer works")));
        CHECK(keyIn(again.out) != key);
        Run old = cli(data, {QStringLiteral("recovery"), QStringLiteral("reset")},
                      {{QStringLiteral("SAIB_RECOVERY_KEY"), key}, {QStringLiteral("SAIB_NEW_PASSPHRASE"), kNew}});
        CHECK(old.exitCode == 1);
        CHECK(old.err.contains(QStringLiteral("does not open this Saib")));
    }
}

// saib-cli backup / restore, run as the real binary the way a script would.
#include "TestSupport.h"
#include <ToolProcess.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
using Run = saib::test::ToolRun;

Run cli(const QString &dataDir, const QStringList &args, const QString &passphrase,
        const QString &backupPassphrase)
{
    const Run r = saib::test::runTool(QStringLiteral(SAIB_CLI_PATH), QStringList{QStringLiteral("--data-dir"), dataDir} + args,
                                      {{QStringLiteral("SAIB_PASSPHRASE"), passphrase},
                                       {QStringLiteral("SAIB_BACKUP_PASSPHRASE"), backupPassphrase}});
    REQUIRE(r.exitCode != -1); // it ran to the end
    return r;
}

const QString kBackupPass = QStringLiteral("backup passphrase, not the device one");
const QStringList kFast{QStringLiteral("--kdf"), QStringLiteral("interactive")};
} // namespace

TEST_CASE("saib-cli backup and restore move everything to a new device", "[backup][cli]")
{
    using saib::test::kPassphrase;
    QTemporaryDir dir;
    const QString oldDevice = dir.filePath(QStringLiteral("old"));
    const QString newDevice = dir.filePath(QStringLiteral("new"));
    const QString file = dir.filePath(QStringLiteral("saib.backup"));

    REQUIRE(cli(oldDevice, QStringList{QStringLiteral("init")} + kFast, kPassphrase, {}).exitCode == 0);
    REQUIRE(cli(oldDevice, {QStringLiteral("checkin"), QStringLiteral("add"), QStringLiteral("--hours"), QStringLiteral("9"),
                            QStringLiteral("--strategic"), QStringLiteral("20"), QStringLiteral("--demand"), QStringLiteral("7"),
                            QStringLiteral("--emotional"), QStringLiteral("6"), QStringLiteral("--energy"), QStringLiteral("4"),
                            QStringLiteral("--note"), QStringLiteral("Estyn call")},
                kPassphrase, {}).exitCode == 0);
    REQUIRE(cli(oldDevice, {QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Ar ôl Estyn"),
                            QStringLiteral("--body"), QStringLiteral("Gwelais ŵyn bach.")},
                kPassphrase, {}).exitCode == 0);

    Run backup = cli(oldDevice, QStringList{QStringLiteral("backup"), file} + kFast, kPassphrase, kBackupPass);
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    CHECK(backup.out.contains(QStringLiteral("1 check-ins, 1 journal entries")));
    CHECK_FALSE(saib::test::readAll(file).contains("Estyn"));

    SECTION("into a fresh install, with a new device passphrase")
    {
        const QString newPass = QStringLiteral("a different device passphrase");
        Run wrong = cli(newDevice, {QStringLiteral("restore"), file}, newPass, QStringLiteral("guess guess guess"));
        CHECK(wrong.exitCode == 1);
        CHECK(wrong.err.contains(QStringLiteral("backup passphrase is not right")));
        CHECK_FALSE(QFile::exists(newDevice + QStringLiteral("/saib.key"))); // nothing was created

        Run restore = cli(newDevice, QStringList{QStringLiteral("restore"), file} + kFast, newPass, kBackupPass);
        INFO(restore.err.toStdString());
        REQUIRE(restore.exitCode == 0);
        CHECK(restore.out.contains(QStringLiteral("Restored 1 check-ins, 1 journal entries")));

        Run list = cli(newDevice, {QStringLiteral("checkin"), QStringLiteral("list"), QStringLiteral("--json")}, newPass, {});
        REQUIRE(list.exitCode == 0);
        const QJsonArray days = QJsonDocument::fromJson(list.out.toUtf8()).array();
        REQUIRE(days.size() == 1);
        CHECK(days.first().toObject().value(QStringLiteral("note")).toString() == QLatin1String("Estyn call"));
        Run search = cli(newDevice, {QStringLiteral("journal"), QStringLiteral("search"), QStringLiteral("wyn")}, newPass, {});
        CHECK(search.out.contains(QStringLiteral("Ar ôl Estyn")));

        // A second restore meets a store that now holds entries: refused, unchanged.
        Run again = cli(newDevice, {QStringLiteral("restore"), file}, newPass, kBackupPass);
        CHECK(again.exitCode == 1);
        CHECK(again.err.contains(QStringLiteral("only be restored into an empty Saib")));
    }
    SECTION("a damaged file is refused")
    {
        QByteArray bytes = saib::test::readAll(file);
        bytes.chop(10);
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        Run cut = cli(newDevice, {QStringLiteral("restore"), file}, kPassphrase, kBackupPass);
        CHECK(cut.exitCode == 1);
        CHECK(cut.err.contains(QStringLiteral("incomplete")));
    }
}

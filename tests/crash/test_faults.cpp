// Storage faults: a read-only data folder and a full disk. Either way the leader keeps
// reading (history, journal, search, insights), every write fails with a clear error
// (ReadOnlyStorage / DiskFull, the same sentence in the app and saib-cli), and nothing
// already saved is lost or damaged.
#include "FaultMounts.h"
#include "StoreCheck.h"
#include <core/Clock.h>

#include <core/ErrorMessages.h>
#include <core/backup/Backup.h>
#include <core/insights/Dashboard.h>
#include <core/journal/JournalExport.h>
#include <core/store/Database.h>
#include <core/store/Statement.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace saib;
using namespace saib::test;

namespace {
const QDate kToday = saib::Clock::today();

Checkin checkinOn(const QDate &day, const QString &note)
{
    Checkin c;
    c.day = day;
    c.hours = 9;
    c.strategicPercent = 20;
    c.demand = 6;
    c.emotional = 5;
    c.energy = 5;
    c.drainedBy = {QStringLiteral("workload")};
    c.note = note;
    return c;
}

JournalEntry entry(const QString &title, int words)
{
    JournalEntry e;
    e.title = title;
    QStringList body;
    for (int i = 0; i < words; ++i)
        body << QStringLiteral("ŵyn%1").arg(i % 97);
    e.body = body.join(QLatin1Char(' '));
    e.tags = {QStringLiteral("faults")};
    return e;
}

// Takes every free byte of the disk holding `path` (appending; unbuffered, large blocks
// then small ones, until a write fails).
void fillDisk(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
    for (const int size : {64 * 1024, 4096, 64, 1}) {
        const QByteArray block(size, 'x');
        while (f.write(block) == block.size()) {
        }
    }
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// What a leader does while reading: history, the journal, search and the dashboard.
void requireReadable(Vault &vault, int checkins, int entries)
{
    auto history = vault.checkins().between(kToday.addDays(-400), kToday);
    REQUIRE(history.ok());
    CHECK(history.value().size() == checkins);
    auto list = vault.journal().list();
    REQUIRE(list.ok());
    CHECK(list.value().size() == entries);
    SearchQuery q;
    q.text = QStringLiteral("wyn5"); // accent-insensitive prefix search
    q.limit = 0;
    auto hits = vault.journal().search(q);
    REQUIRE(hits.ok());
    CHECK(hits.value().size() == entries);
    REQUIRE(insights::computeDashboard(*vault.database(), insights::Range::Year, kToday).ok());
}
} // namespace

TEST_CASE("a read-only data folder opens for reading, refuses writes clearly and changes nothing", "[faults]")
{
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    {
        Vault vault(data, KdfParams::minimum());
        REQUIRE(vault.create(kCrashPassphrase).ok());
        for (int i = 1; i <= 12; ++i)
            REQUIRE(vault.checkins().save(checkinOn(kToday.addDays(-i), QStringLiteral("note %1").arg(i)), kToday).ok());
        for (int i = 0; i < 5; ++i)
            REQUIRE(vault.journal().save(entry(QStringLiteral("Entry %1").arg(i), 300)).ok());
    } // closed: the WAL is folded into saib.db
    const QString dbPath = QDir(data).filePath(QStringLiteral("saib.db"));
    const QByteArray before = fileHash(dbPath);

    {
        ReadOnlyFolder readOnly(data);
        if (!readOnly.active()) {
            WARN("SKIPPED: cannot make a read-only folder here: " << readOnly.why().toStdString());
            return;
        }
        INFO("read-only by " << readOnly.how().toStdString());
        Vault vault(data, KdfParams::minimum());
        const Error unlocked = vault.unlock(kCrashPassphrase);
        INFO(unlocked.detail.toStdString());
        REQUIRE(unlocked.ok());
        CHECK(vault.database()->isReadOnly());
        requireReadable(vault, 12, 5);

        auto checkin = vault.checkins().save(checkinOn(kToday, QStringLiteral("today")), kToday);
        REQUIRE_FALSE(checkin.ok());
        CHECK(checkin.error().code == ErrorCode::ReadOnlyStorage);
        auto saved = vault.journal().save(entry(QStringLiteral("New"), 10));
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().code == ErrorCode::ReadOnlyStorage);
        JournalDraft draft;
        draft.title = QStringLiteral("typing");
        CHECK(vault.journal().saveDraft(draft).code == ErrorCode::ReadOnlyStorage);
        // A failed write leaves the connection usable for reading.
        requireReadable(vault, 12, 5);

        // saib-cli says the same sentence and still lists and searches.
        const QStringList base{QStringLiteral("--data-dir"), data};
        CliRun add = runCli(base + QStringList{QStringLiteral("checkin"), QStringLiteral("add"), QStringLiteral("--hours"), QStringLiteral("8"),
                                               QStringLiteral("--strategic"), QStringLiteral("10"), QStringLiteral("--demand"), QStringLiteral("5"),
                                               QStringLiteral("--emotional"), QStringLiteral("5"), QStringLiteral("--energy"), QStringLiteral("5")});
        CHECK(add.exitCode == 1);
        CHECK(add.err.contains(errorMessage(ErrorCode::ReadOnlyStorage)));
        CHECK(add.err.contains(QStringLiteral("read-only")));
        CliRun list = runCli(base + QStringList{QStringLiteral("checkin"), QStringLiteral("list"), QStringLiteral("--json")});
        INFO(list.err.toStdString());
        REQUIRE(list.exitCode == 0);
        CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 12);
        CliRun search = runCli(base + QStringList{QStringLiteral("journal"), QStringLiteral("search"), QStringLiteral("wyn5"), QStringLiteral("--json")});
        CHECK(search.exitCode == 0);
        vault.lock();
    }

    // Writable again: the file is byte for byte what it was, and the store works.
    CHECK(fileHash(dbPath) == before);
    Vault vault(data, KdfParams::minimum());
    REQUIRE(vault.unlock(kCrashPassphrase).ok());
    CHECK_FALSE(vault.database()->isReadOnly());
    requireConsistent(*vault.database());
    requireReadable(vault, 12, 5);
    CHECK(vault.checkins().save(checkinOn(kToday, QStringLiteral("today")), kToday).ok());
}

TEST_CASE("choosing a passphrase in a read-only folder says the folder is read-only", "[faults]")
{
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    ReadOnlyFolder readOnly(data);
    if (!readOnly.active()) {
        WARN("SKIPPED: cannot make a read-only folder here: " << readOnly.why().toStdString());
        return;
    }
    Vault vault(data, KdfParams::minimum());
    CHECK(vault.create(kCrashPassphrase).code == ErrorCode::ReadOnlyStorage);
    CHECK_FALSE(vault.exists());
}

TEST_CASE("a full disk refuses writes with DiskFull, keeps reading, and loses nothing", "[faults]")
{
    QTemporaryDir tmp;
    const QString diskDir = tmp.filePath(QStringLiteral("disk"));
    SmallDisk disk(diskDir, 2048);
    // Without a real small disk, SQLite's page limit makes the same SQLITE_FULL error.
    const bool realDisk = disk.active();
    if (!realDisk)
        WARN("no tmpfs here (" << disk.why().toStdString() << "); simulating a full disk with PRAGMA max_page_count");
    const QString data = QDir(diskDir).filePath(QStringLiteral("data"));
    const QString filler = QDir(diskDir).filePath(QStringLiteral("filler"));

    Vault vault(data, KdfParams::minimum());
    REQUIRE(vault.create(kCrashPassphrase).ok());
    for (int i = 1; i <= 8; ++i)
        REQUIRE(vault.checkins().save(checkinOn(kToday.addDays(-i), QStringLiteral("note %1").arg(i)), kToday).ok());
    int entries = 0;
    for (; entries < 4; ++entries)
        REQUIRE(vault.journal().save(entry(QStringLiteral("Entry %1").arg(entries), 300)).ok());

    if (realDisk) {
        fillDisk(filler);
    } else {
        Statement pages(*vault.database(), "PRAGMA page_count");
        REQUIRE(pages.next());
        REQUIRE(vault.database()->exec(QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages.integer(0))).constData()).ok());
    }

    // Keep writing until a write fails (free pages inside the file may take a few first):
    // the failure must say the disk is full.
    Error failure;
    for (int attempt = 0; attempt < 200 && failure.ok(); ++attempt) {
        auto saved = vault.journal().save(entry(QStringLiteral("Entry %1").arg(entries), 3000));
        if (saved.ok())
            ++entries;
        else
            failure = saved.error();
    }
    INFO(failure.detail.toStdString());
    REQUIRE(failure.code == ErrorCode::DiskFull);
    CHECK(errorMessage(failure) == errorMessage(ErrorCode::DiskFull));
    auto checkin = vault.checkins().save(checkinOn(kToday, QStringLiteral("today ") + QString(900, QLatin1Char('z'))), kToday);
    REQUIRE_FALSE(checkin.ok());
    CHECK(checkin.error().code == ErrorCode::DiskFull);
    requireReadable(vault, 8, entries);

    if (realDisk) {
        // saib-cli, as a second process on the same full disk: a clear sentence, and
        // reading still works.
        const QStringList base{QStringLiteral("--data-dir"), data};
        CliRun add = runCli(base + QStringList{QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Full"),
                                               QStringLiteral("--body"), QString(20000, QLatin1Char('w'))});
        CHECK(add.exitCode == 1);
        CHECK(add.err.contains(errorMessage(ErrorCode::DiskFull)));
        CliRun list = runCli(base + QStringList{QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")});
        INFO(list.err.toStdString());
        CHECK(list.exitCode == 0);
        // Changing the passphrase rewrites only the key file; on a full disk it fails
        // clearly and the old key file (and passphrase) stay as they were.
        fillDisk(filler); // whatever the other process's failed writes gave back
        const QByteArray keyFile = fileHash(vault.keyFilePath());
        CHECK(vault.changePassphrase(kCrashPassphrase, QStringLiteral("a brand new passphrase")).code == ErrorCode::DiskFull);
        CHECK(fileHash(vault.keyFilePath()) == keyFile);
        // An export on a full disk fails too, and leaves no empty file behind.
        auto all = vault.journal().list();
        REQUIRE(all.ok());
        const QString exported = QDir(diskDir).filePath(QStringLiteral("export.json"));
        CHECK(JournalExport::writeJson(all.value(), exported).code == ErrorCode::DiskFull);
        CHECK_FALSE(QFile::exists(exported));
        QFile::remove(filler);
    } else {
        REQUIRE(vault.database()->exec("PRAGMA max_page_count = 1073741823").ok());
    }

    // With space again, writing works and everything saved before is intact (and the
    // passphrase is the old one).
    REQUIRE(vault.journal().save(entry(QStringLiteral("After"), 50)).ok());
    ++entries;
    vault.lock();
    REQUIRE(vault.unlock(kCrashPassphrase).ok());
    requireConsistent(*vault.database());
    requireReadable(vault, 8, entries);
}

// Issue 19: Settings → Back up on a nearly full disk used to report success and leave a
// 0-byte file. Now the backup fails with DiskFull, leaves no file (and no temporary), and
// an earlier good backup at the same path stays as it was.
TEST_CASE("a backup on a full disk fails with DiskFull and leaves no file", "[faults][backup]")
{
    QTemporaryDir tmp;
    const QString diskDir = tmp.filePath(QStringLiteral("disk"));
    SmallDisk disk(diskDir, 2048);
    if (!disk.active()) {
        WARN("skipped: no tmpfs here (" << disk.why().toStdString() << ")");
        return;
    }
    const QString data = QDir(diskDir).filePath(QStringLiteral("data"));
    const QString filler = QDir(diskDir).filePath(QStringLiteral("filler"));
    const QString backups = QDir(diskDir).filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(backups));
    const QString good = QDir(backups).filePath(QStringLiteral("good.saib-backup"));
    const QString fresh = QDir(backups).filePath(QStringLiteral("fresh.saib-backup"));
    const QString passphrase = QStringLiteral("a separate backup passphrase");

    Vault vault(data, KdfParams::minimum());
    REQUIRE(vault.create(kCrashPassphrase).ok());
    for (int i = 1; i <= 8; ++i)
        REQUIRE(vault.checkins().save(checkinOn(kToday.addDays(-i), QStringLiteral("note %1").arg(i)), kToday).ok());
    for (int i = 0; i < 4; ++i)
        REQUIRE(vault.journal().save(entry(QStringLiteral("Entry %1").arg(i), 300)).ok());
    REQUIRE(Backup::writeFile(*vault.database(), good, passphrase, KdfParams::minimum()).ok());
    const QByteArray goodHash = fileHash(good);

    fillDisk(filler);
    auto over = Backup::writeFile(*vault.database(), good, passphrase, KdfParams::minimum());
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code == ErrorCode::DiskFull);
    CHECK(fileHash(good) == goodHash);
    auto created = Backup::writeFile(*vault.database(), fresh, passphrase, KdfParams::minimum());
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::DiskFull);
    CHECK(errorMessage(created.error()) == errorMessage(ErrorCode::DiskFull));
    CHECK_FALSE(QFile::exists(fresh));
    // No temporary is left behind either: only the good backup is in the folder.
    CHECK(QDir(backups).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("good.saib-backup")});

    // saib-cli backup (the same code the app's Settings → Back up runs) says so and exits 1.
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("SAIB_BACKUP_PASSPHRASE"), passphrase);
    fillDisk(filler);
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.setStandardInputFile(QProcess::nullDevice());
    cli.start(QStringLiteral(SAIB_CLI_PATH), {QStringLiteral("--data-dir"), data, QStringLiteral("backup"), fresh,
                                               QStringLiteral("--kdf"), QStringLiteral("interactive")});
    REQUIRE(cli.waitForFinished(120000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    INFO(err.toStdString());
    CHECK(cli.exitCode() == 1);
    CHECK(err.contains(errorMessage(ErrorCode::DiskFull)));
    CHECK_FALSE(QFile::exists(fresh));

    // With space again the good backup still opens and holds everything.
    QFile::remove(filler);
    auto back = Backup::readFile(good, passphrase);
    REQUIRE(back.ok());
    CHECK(back.value().checkins.size() == 8);
    CHECK(back.value().entries.size() == 4);
}

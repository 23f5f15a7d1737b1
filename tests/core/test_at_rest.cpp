#include "TestSupport.h"

#include <QProcess>

using namespace saib;

TEST_CASE("nothing is readable at rest", "[at-rest]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    const QString marker = QStringLiteral("ZEBRA-MARMALADE-7731 dim ond i mi");
    Checkin c = test::sampleCheckin(QDate(2026, 11, 24));
    c.note = marker;
    c.drainedBy << QStringLiteral("QUINCE-UNIQUE-TAG");
    REQUIRE(t.vault.checkins().save(c, QDate(2026, 11, 25)).ok());

    SECTION("while open: neither the database nor its WAL holds the note in plain text")
    {
        for (const char *suffix : {"", "-wal"}) {
            const QString path = t.vault.databasePath() + QLatin1String(suffix);
            if (!QFile::exists(path))
                continue;
            const QByteArray raw = test::readAll(path);
            CHECK_FALSE(raw.contains(marker.toUtf8()));
            CHECK_FALSE(raw.contains("QUINCE-UNIQUE-TAG"));
            CHECK_FALSE(raw.contains("Governors"));
        }
    }
    t.vault.lock();

    SECTION("after locking: the file has no SQLite header and no plaintext")
    {
        const QByteArray raw = test::readAll(t.vault.databasePath());
        CHECK_FALSE(raw.startsWith("SQLite format 3"));
        CHECK_FALSE(raw.contains(marker.toUtf8()));
        CHECK_FALSE(raw.contains("checkins"));
        CHECK_FALSE(test::readAll(t.vault.keyFilePath()).contains(test::kPassphrase.toUtf8()));
    }
    SECTION("plain SQLite cannot open it")
    {
        QProcess sqlite;
        sqlite.start(QStringLiteral(SAIB_SQLITE3_CLI),
                     {t.vault.databasePath(), QStringLiteral("SELECT count(*) FROM sqlite_master;")});
        REQUIRE(sqlite.waitForFinished(10000));
        CHECK(sqlite.exitCode() != 0);
        CHECK(QString::fromUtf8(sqlite.readAllStandardError()).contains(QStringLiteral("not a database")));
    }
    SECTION("the data folder holds only the database and the key file (no temp files)")
    {
        const QStringList files = QDir(t.vault.dataDir()).entryList(QDir::Files);
        CHECK(files == QStringList{QStringLiteral("saib.db"), QStringLiteral("saib.key")});
    }
}

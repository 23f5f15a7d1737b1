#include "TestSupport.h"

#include <core/store/Migrations.h>

using namespace saib;

TEST_CASE("migrations are numbered and applied in order", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.db"));
    const SecureBuffer key = SecureBuffer::random(32);
    REQUIRE(Migrations::latestVersion() >= 2);

    {
        // A database left at schema 1, as an older Saib would have written it.
        auto db = Database::open(path, key, Database::Mode::Create, 1);
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() == 1);
        REQUIRE(db.value()->exec("INSERT INTO checkins VALUES ('id1', '2026-01-05', 8, 10, 5, 5, 5, "
                                 "'kept across upgrade', '2026-01-05T08:00:00.000Z', "
                                 "'2026-01-05T08:00:00.000Z')").ok());
        Statement settings(db.value()->handle(), "SELECT count(*) FROM settings");
        CHECK_FALSE(settings.prepareError().ok()); // table arrives in migration 2
    }
    {
        auto db = Database::open(path, key, Database::Mode::OpenExisting);
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() == Migrations::latestVersion());
        Statement settings(db.value()->handle(), "SELECT count(*) FROM settings");
        CHECK(settings.prepareError().ok());
        CheckinStore store(*db.value());
        auto c = store.forDay(QDate(2026, 1, 5));
        REQUIRE(c.ok());
        REQUIRE(c.value().has_value());
        CHECK(c.value()->note == QStringLiteral("kept across upgrade"));
    }
    SECTION("opening twice is a no-op")
    {
        auto db = Database::open(path, key, Database::Mode::OpenExisting);
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() == Migrations::latestVersion());
    }
    SECTION("a database from a newer Saib is refused, not damaged")
    {
        {
            auto db = Database::open(path, key, Database::Mode::OpenExisting);
            REQUIRE(db.ok());
            REQUIRE(db.value()->exec("PRAGMA user_version = 99").ok());
        }
        auto db = Database::open(path, key, Database::Mode::OpenExisting);
        CHECK(db.error().code == ErrorCode::DatabaseTooNew);
    }
}

TEST_CASE("the store runs in WAL mode on SQLCipher", "[migrations]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("w.db")), SecureBuffer::random(32),
                             Database::Mode::Create);
    REQUIRE(db.ok());
    Statement mode(db.value()->handle(), "PRAGMA journal_mode");
    REQUIRE(mode.next());
    CHECK(mode.text(0) == QStringLiteral("wal"));
    CHECK(db.value()->cipherVersion() == QStringLiteral("3.4.1"));
}

TEST_CASE("a database opened with the wrong raw key is reported corrupt", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.db"));
    REQUIRE(Database::open(path, SecureBuffer::random(32), Database::Mode::Create).ok());
    auto wrong = Database::open(path, SecureBuffer::random(32), Database::Mode::OpenExisting);
    CHECK(wrong.error().code == ErrorCode::DatabaseCorrupt);
}

TEST_CASE("migration 7 keeps check-ins and their tags and lets scales be unset", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m7.db"));
    const SecureBuffer key = SecureBuffer::random(32);
    {
        auto db = Database::open(path, key, Database::Mode::Create, 6);
        REQUIRE(db.ok());
        REQUIRE(db.value()->exec("INSERT INTO checkins VALUES ('id1', '2026-01-05', 8, 10, 6, 7, 3, "
                                 "'a note', '2026-01-05T08:00:00.000Z', '2026-01-05T08:00:00.000Z');"
                                 "INSERT INTO checkin_tags VALUES ('id1', 'drained', 0, 'workload');"
                                 "DELETE FROM sync_dirty;").ok());
    }
    auto db = Database::open(path, key, Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == Migrations::latestVersion());
    CheckinStore store(*db.value());
    auto c = store.forDay(QDate(2026, 1, 5));
    REQUIRE(c.ok());
    REQUIRE(c.value().has_value());
    CHECK(c.value()->demand == 6);
    CHECK(c.value()->drainedBy == QStringList{QStringLiteral("workload")});
    // The copy marked nothing for sync, and the sync triggers came back with the table.
    Statement dirty(db.value()->handle(), "SELECT count(*) FROM sync_dirty");
    REQUIRE(dirty.next());
    CHECK(dirty.integer(0) == 0);
    Checkin blank;
    blank.day = QDate(2026, 1, 6);
    REQUIRE(store.save(blank, QDate(2026, 1, 6)).ok());
    Statement after(db.value()->handle(), "SELECT count(*) FROM sync_dirty WHERE kind = 'checkin'");
    REQUIRE(after.next());
    CHECK(after.integer(0) == 1);
    // Deleting a check-in still takes its tags with it (the foreign key survived).
    REQUIRE(store.remove(QDate(2026, 1, 5)).ok());
    Statement tags(db.value()->handle(), "SELECT count(*) FROM checkin_tags");
    REQUIRE(tags.next());
    CHECK(tags.integer(0) == 0);
}

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
        Statement settings(*db.value(), "SELECT count(*) FROM settings");
        CHECK_FALSE(settings.prepareError().ok()); // table arrives in migration 2
    }
    {
        auto db = Database::open(path, key, Database::Mode::OpenExisting);
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() == Migrations::latestVersion());
        Statement settings(*db.value(), "SELECT count(*) FROM settings");
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
    Statement mode(*db.value(), "PRAGMA journal_mode");
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
    Statement dirty(*db.value(), "SELECT count(*) FROM sync_dirty");
    REQUIRE(dirty.next());
    CHECK(dirty.integer(0) == 0);
    Checkin blank;
    blank.day = QDate(2026, 1, 6);
    REQUIRE(store.save(blank, QDate(2026, 1, 6)).ok());
    Statement after(*db.value(), "SELECT count(*) FROM sync_dirty WHERE kind = 'checkin'");
    REQUIRE(after.next());
    CHECK(after.integer(0) == 1);
    // Deleting a check-in still takes its tags with it (the foreign key survived).
    REQUIRE(store.remove(QDate(2026, 1, 5)).ok());
    Statement tags(*db.value(), "SELECT count(*) FROM checkin_tags");
    REQUIRE(tags.next());
    CHECK(tags.integer(0) == 0);
}

TEST_CASE("migration 9 gives entries a stored preview and the list reads only its index", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m9.db"));
    const SecureBuffer key = SecureBuffer::random(32);
    const QString longBody = QString(QStringLiteral("*Bold* start. ")).repeated(40); // 560 chars
    {
        auto db = Database::open(path, key, Database::Mode::Create, 8);
        REQUIRE(db.ok());
        const QByteArray insert = "INSERT INTO journal_entries (id, title, body, prompt_id, day, created_at, updated_at) "
                                  "VALUES ('e1', 'Older', '" + longBody.toUtf8() + "', '', '2026-01-05', "
                                  "'2026-01-05T08:00:00.000Z', '2026-01-05T08:00:00.000Z');"
                                  "INSERT INTO journal_entries VALUES ('e2', 'Newer', 'Short ŵyn body', 'p1', "
                                  "'2026-02-01', '2026-02-01T08:00:00.000Z', '2026-02-01T08:00:00.000Z');"
                                  "INSERT INTO journal_tags VALUES ('e2', 0, 'natur');"
                                  "DELETE FROM sync_dirty;";
        REQUIRE(db.value()->exec(insert.constData()).ok());
    }
    auto db = Database::open(path, key, Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == Migrations::latestVersion());
    // Filling the previews is not a change to sync.
    Statement dirty(*db.value(), "SELECT count(*) FROM sync_dirty");
    REQUIRE(dirty.next());
    CHECK(dirty.integer(0) == 0);

    JournalStore store(*db.value());
    auto page = store.page(10);
    REQUIRE(page.ok());
    REQUIRE(page.value().size() == 2);
    CHECK(page.value()[0].id == QStringLiteral("e2"));
    CHECK(page.value()[0].preview == QStringLiteral("Short ŵyn body"));
    CHECK(page.value()[0].promptId == QStringLiteral("p1"));
    CHECK(page.value()[0].tags == QStringList{QStringLiteral("natur")});
    CHECK(page.value()[1].preview == longBody.left(400));
    CHECK(journalPreview(longBody) == longBody.left(400));

    // The same order as list(), page by page.
    auto full = store.list(1, 1);
    REQUIRE(full.ok());
    CHECK(store.page(1, 1).value().value(0).id == full.value().value(0).id);

    // A row written elsewhere without a preview (sync, a restore) gets one from the trigger;
    // an edit of the body refreshes it.
    REQUIRE(db.value()->exec("INSERT INTO journal_entries (id, title, body, prompt_id, day, created_at, updated_at) "
                             "VALUES ('e3', 'Synced', 'From another device', '', '2026-03-01', "
                             "'2026-03-01T08:00:00.000Z', '2026-03-01T08:00:00.000Z');"
                             "UPDATE journal_entries SET body = 'Edited 🙂 elsewhere' WHERE id = 'e2';").ok());
    auto after = store.page(10);
    REQUIRE(after.ok());
    REQUIRE(after.value().size() == 3);
    CHECK(after.value()[0].preview == QStringLiteral("From another device"));
    CHECK(after.value()[1].preview == QStringLiteral("Edited 🙂 elsewhere"));

    // The app's own save binds the preview (code points, like SQLite's substr()).
    JournalEntry e;
    e.title = QStringLiteral("Emoji");
    e.body = QString(QStringLiteral("🙂")).repeated(450);
    e.day = QDate(2026, 4, 1);
    REQUIRE(store.save(e).ok());
    CHECK(store.page(1).value().value(0).preview == QString(QStringLiteral("🙂")).repeated(400));

    // A page and "on this day" are answered from the covering index, never the rows.
    for (const char *sql : {"EXPLAIN QUERY PLAN SELECT id, title, preview, prompt_id, day FROM journal_entries "
                            "INDEXED BY journal_entries_page ORDER BY day DESC, created_at DESC, id DESC LIMIT 50",
                            "EXPLAIN QUERY PLAN SELECT count(*) FROM journal_entries"}) {
        Statement plan(*db.value(), sql);
        QString detail;
        while (plan.next())
            detail += plan.text(3) + QLatin1Char(';');
        INFO(detail.toStdString());
        CHECK(detail.contains(QStringLiteral("COVERING INDEX")));
        CHECK_FALSE(detail.contains(QStringLiteral("TEMP B-TREE")));
    }
}

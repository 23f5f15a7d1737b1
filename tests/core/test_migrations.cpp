#include "TestSupport.h"

#include <core/store/Migrations.h>
#include <core/store/SearchIndex.h>
#include <core/store/CheckinStore.h>
#include <core/store/InsightStores.h>
#include <core/store/JournalStore.h>
#include <core/store/SettingsStore.h>
#include <core/store/Statement.h>
#include <core/store/SyncLedgerStore.h>

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
    // Up to 11 only: migration 12 drops the insert trigger this test also checks.
    auto db = Database::open(path, key, Database::Mode::OpenExisting, 11);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == 11);
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

namespace {
// The text of a search result, everything the UI shows and the order it comes in.
QStringList searchResults(Database &db, const QString &text)
{
    SearchQuery q;
    q.text = text;
    q.limit = 0;
    auto hits = SearchIndex::search(db, q);
    REQUIRE(hits.ok());
    QStringList out;
    for (const SearchHit &h : hits.value())
        out << QStringLiteral("%1|%2|%3|%4|%5").arg(h.refId, h.day.toString(Qt::ISODate), h.title, h.snippet)
                   .arg(h.score, 0, 'g', 12);
    return out;
}

qint64 scalar(Database &db, const char *sql)
{
    Statement st(db, sql);
    REQUIRE(st.next());
    return st.integer(0);
}
} // namespace

TEST_CASE("migration 10 makes the search index external content and keeps every result", "[migrations][search]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m10.db"));
    const SecureBuffer key = SecureBuffer::random(32);
    const QStringList queries = {QStringLiteral("budget"), QStringLiteral("sta"), QStringLiteral("ysgol data"),
                                 QStringLiteral("lambs rain"), QStringLiteral("wyn"), QStringLiteral("natur"),
                                 QStringLiteral("llywodraethwyr"), QStringLiteral("note")};
    QMap<QString, QStringList> before;
    {
        // A store at schema 9 indexed as Saib then did: the text copied into search_fts.
        auto db = Database::open(path, key, Database::Mode::Create, 9);
        REQUIRE(db.ok());
        const QStringList words = QStringLiteral("budget staff governors pupils parents data meeting lambs rain "
                                                 "ysgol cyllideb staffio llywodraethwyr ŵyn")
                                      .split(QLatin1Char(' '));
        Database &d = *db.value();
        REQUIRE(d.transaction([&]() -> Error {
            for (int i = 0; i < 40; ++i) {
                const QString id = QStringLiteral("e%1").arg(i, 2, 10, QLatin1Char('0'));
                const QString title = QStringLiteral("E%1 %2").arg(i, 2, 10, QLatin1Char('0')).arg(words[(i * 5) % words.size()]);
                QStringList body;
                for (int k = 0; k < 8 + (i * 7) % 23; ++k)
                    body << words[(i * 3 + k * k) % words.size()];
                const QString day = QDate(2025, 9, 1).addDays(i * 3).toString(Qt::ISODate);
                QStringList tags;
                if (i % 6 == 0)
                    tags = {words[i % words.size()], QStringLiteral("natur")};
                Statement e(d, "INSERT INTO journal_entries (id, title, body, day, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, '2025-09-01T08:00:00.000Z', '2025-09-01T08:00:00.000Z')");
                e.bind(1, id).bind(2, title).bind(3, body.join(QLatin1Char(' '))).bind(4, day);
                if (Error err = e.run(); !err.ok())
                    return err;
                for (int t = 0; t < tags.size(); ++t) {
                    Statement tag(d, "INSERT INTO journal_tags VALUES (?, ?, ?)");
                    tag.bind(1, id).bind(2, t).bind(3, tags[t]);
                    if (Error err = tag.run(); !err.ok())
                        return err;
                }
                Statement doc(d, "INSERT INTO search_docs (kind, ref_id, day) VALUES ('entry', ?, ?)");
                doc.bind(1, id).bind(2, day);
                if (Error err = doc.run(); !err.ok())
                    return err;
                Statement fts(d, "INSERT INTO search_fts (docid, title, body, tags) "
                                          "VALUES (last_insert_rowid(), ?, ?, ?)");
                fts.bind(1, title).bind(2, body.join(QLatin1Char(' '))).bind(3, tags.join(QLatin1Char(' ')));
                if (Error err = fts.run(); !err.ok())
                    return err;
            }
            // Check-in notes (day 2026-01-0N), in the same index.
            for (int i = 1; i <= 3; ++i) {
                const QByteArray sql = "INSERT INTO checkins (id, day, note, created_at, updated_at) VALUES ('c"
                    + QByteArray::number(i) + "', '2026-01-0" + QByteArray::number(i) + "', 'a note on the budget, "
                    + QByteArray(i, 'x') + " ysgol', '2026-01-01T08:00:00.000Z', '2026-01-01T08:00:00.000Z');"
                    "INSERT INTO search_docs (kind, ref_id, day) VALUES ('checkin', 'c" + QByteArray::number(i)
                    + "', '2026-01-0" + QByteArray::number(i) + "');"
                    "INSERT INTO search_fts (docid, title, body, tags) SELECT last_insert_rowid(), '', note, '' "
                    "FROM checkins WHERE id = 'c" + QByteArray::number(i) + "'";
                if (Error err = d.exec(sql.constData()); !err.ok())
                    return err;
            }
            return Error();
        }).ok());
        for (const QString &q : queries)
            before[q] = searchResults(d, q);
        CHECK(before[QStringLiteral("budget")].size() > 10);
        CHECK(before[QStringLiteral("wyn")].size() > 3);
    }

    auto db = Database::open(path, key, Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    Database &d = *db.value();
    CHECK(d.schemaVersion() == Migrations::latestVersion());
    // Same hits, same order, same scores and snippets.
    for (const QString &q : queries)
        CHECK(searchResults(d, q) == before[q]);
    // The text is no longer stored in the index.
    CHECK(scalar(d, "SELECT count(*) FROM sqlite_master WHERE name = 'search_fts_content'") == 0);
    REQUIRE(d.exec("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").ok());

    // Kept in step by the stores: an edit, new tags, a deleted entry, a check-in's note.
    JournalStore journal(d);
    auto e05 = journal.get(QStringLiteral("e05"));
    REQUIRE(e05.ok());
    REQUIRE(e05.value().has_value());
    JournalEntry edited = *e05.value();
    edited.body = QStringLiteral("Only zebras now");
    edited.tags = {QStringLiteral("stripes")};
    REQUIRE(journal.save(edited).ok());
    REQUIRE(journal.remove(QStringLiteral("e06")).ok());
    CheckinStore checkins(d);
    auto c1 = checkins.forDay(QDate(2026, 1, 1));
    REQUIRE(c1.ok());
    REQUIRE(c1.value().has_value());
    Checkin note = *c1.value();
    note.note = QStringLiteral("quiet day");
    REQUIRE(checkins.save(note, QDate(2026, 1, 1)).ok());
    REQUIRE(d.exec("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").ok());

    const auto refs = [&](const QString &text) {
        QStringList out;
        for (const QString &line : searchResults(d, text))
            out << line.section(QLatin1Char('|'), 0, 0);
        return out;
    };
    CHECK(refs(QStringLiteral("zebras")) == QStringList{QStringLiteral("e05")});
    CHECK(refs(QStringLiteral("stripes")) == QStringList{QStringLiteral("e05")});
    CHECK(refs(QStringLiteral("quiet")) == QStringList{QStringLiteral("c1")});
    for (const QString &q : {QStringLiteral("budget"), QStringLiteral("ysgol"), QStringLiteral("natur")}) {
        CHECK_FALSE(refs(q).contains(QStringLiteral("e06")));
        CHECK_FALSE(refs(q).contains(QStringLiteral("c1")));
    }
    CHECK(scalar(d, "SELECT count(*) FROM search_docs") == 40 - 1 + 3);
    // Rebuilding from the records changes nothing: the index matched them exactly.
    const QStringList budget = searchResults(d, QStringLiteral("budget"));
    REQUIRE(d.exec("INSERT INTO search_fts (search_fts) VALUES ('rebuild')").ok());
    CHECK(searchResults(d, QStringLiteral("budget")) == budget);

    // Records written without put() (a batch that indexes at the end) are indexed in one go.
    REQUIRE(d.exec("INSERT INTO journal_entries (id, title, body, day, created_at, updated_at) VALUES "
                   "('n1', 'Batch', 'okapi budget', '2027-01-01', '2027-01-01T08:00:00.000Z', '2027-01-01T08:00:00.000Z');"
                   "INSERT INTO journal_tags VALUES ('n1', 0, 'herd');"
                   "INSERT INTO checkins (id, day, note, created_at, updated_at) VALUES ('n2', '2027-01-02', "
                   "'okapi seen', '2027-01-02T08:00:00.000Z', '2027-01-02T08:00:00.000Z');"
                   "INSERT INTO checkins (id, day, note, created_at, updated_at) VALUES ('n3', '2027-01-03', "
                   "'', '2027-01-03T08:00:00.000Z', '2027-01-03T08:00:00.000Z');").ok());
    CHECK(refs(QStringLiteral("okapi")).isEmpty());
    REQUIRE(SearchIndex::indexMissing(d).ok());
    QStringList okapi = refs(QStringLiteral("okapi"));
    okapi.sort();
    CHECK(okapi == (QStringList{QStringLiteral("n1"), QStringLiteral("n2")}));
    CHECK(refs(QStringLiteral("herd")) == QStringList{QStringLiteral("n1")});
    CHECK(scalar(d, "SELECT count(*) FROM search_docs") == 40 - 1 + 3 + 2);
    REQUIRE(SearchIndex::indexMissing(d).ok()); // nothing left to add
    CHECK(scalar(d, "SELECT count(*) FROM search_docs") == 40 - 1 + 3 + 2);
    REQUIRE(d.exec("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").ok());

    // Merging the index into one segment after a bulk load changes no result.
    const QStringList ysgol = searchResults(d, QStringLiteral("ysgol"));
    REQUIRE(SearchIndex::optimize(d).ok());
    CHECK(scalar(d, "SELECT count(*) FROM search_fts_segdir") == 1);
    CHECK(searchResults(d, QStringLiteral("ysgol")) == ysgol);
    REQUIRE(d.exec("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").ok());
}

namespace {
// A few records written straight into the tables, as a bulk writer does before indexing.
Error writeUnindexed(Database &d)
{
    return d.exec("INSERT INTO journal_entries (id, title, body, day, created_at, updated_at) VALUES "
                  "('b2', 'Later', 'okapi and budget', '2027-02-02', '2027-02-02T08:00:00.000Z', '2027-02-02T08:00:00.000Z'),"
                  "('b1', 'Earlier', 'okapi herd', '2027-02-01', '2027-02-01T08:00:00.000Z', '2027-02-01T08:00:00.000Z'),"
                  "('a1', 'Same day', 'okapi again', '2027-02-01', '2027-02-01T09:00:00.000Z', '2027-02-01T09:00:00.000Z'),"
                  "('t1', '', '', '2027-02-03', '2027-02-03T08:00:00.000Z', '2027-02-03T08:00:00.000Z'),"
                  "('x1', '', '', '2027-02-04', '2027-02-04T08:00:00.000Z', '2027-02-04T08:00:00.000Z');"
                  "INSERT INTO journal_tags VALUES ('t1', 0, 'okapi');"
                  "INSERT INTO checkins (id, day, note, created_at, updated_at) VALUES "
                  "('c2', '2027-02-01', 'okapi seen', '2027-02-01T08:00:00.000Z', '2027-02-01T08:00:00.000Z'),"
                  "('c3', '2027-02-05', '', '2027-02-05T08:00:00.000Z', '2027-02-05T08:00:00.000Z');");
}

QStringList docRows(Database &d)
{
    Statement st(d, "SELECT docid, kind, ref_id, day FROM search_docs ORDER BY docid");
    QStringList out;
    while (st.next())
        out << QStringLiteral("%1 %2 %3 %4").arg(st.integer(0)).arg(st.text(1), st.text(2), st.text(3));
    return out;
}
} // namespace

TEST_CASE("indexing named records gives what indexing every missing one gives", "[migrations][search]")
{
    QTemporaryDir dir;
    const SecureBuffer key = SecureBuffer::random(32);
    auto byScan = Database::open(dir.filePath(QStringLiteral("scan.db")), key, Database::Mode::Create);
    auto byName = Database::open(dir.filePath(QStringLiteral("name.db")), key, Database::Mode::Create);
    REQUIRE(byScan.ok());
    REQUIRE(byName.ok());
    for (Database *d : {byScan.value().get(), byName.value().get()}) {
        REQUIRE(d->exec("INSERT INTO journal_entries (id, title, body, day, created_at, updated_at) VALUES "
                        "('old', 'Old', 'okapi long ago', '2020-01-01', '2020-01-01T08:00:00.000Z', '2020-01-01T08:00:00.000Z')")
                    .ok());
        REQUIRE(SearchIndex::indexMissing(*d).ok());
        REQUIRE(writeUnindexed(*d).ok());
    }
    REQUIRE(SearchIndex::indexMissing(*byScan.value()).ok());
    // Named twice, named but with nothing to find (x1, c3), named and already indexed (old),
    // named but not there (gone): each is handled as indexMissing() handles it.
    REQUIRE(SearchIndex::indexRecords(*byName.value(),
                                      {QStringLiteral("b2"), QStringLiteral("b1"), QStringLiteral("a1"),
                                       QStringLiteral("t1"), QStringLiteral("x1"), QStringLiteral("b2"),
                                       QStringLiteral("old"), QStringLiteral("gone")},
                                      {QStringLiteral("c2"), QStringLiteral("c3")})
                .ok());
    const QStringList docs = docRows(*byScan.value());
    CHECK(docs.size() == 1 + 5);
    CHECK(docRows(*byName.value()) == docs); // same docids: ranking ties break the same way
    CHECK(searchResults(*byName.value(), QStringLiteral("okapi")) == searchResults(*byScan.value(), QStringLiteral("okapi")));
    CHECK(searchResults(*byName.value(), QStringLiteral("okapi")).size() == 6);
    REQUIRE(byName.value()->exec("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").ok());

    // Only the records named: one written but not named stays out.
    REQUIRE(byName.value()->exec("INSERT INTO checkins (id, day, note, created_at, updated_at) VALUES "
                                 "('c9', '2027-03-01', 'okapi unnamed', '2027-03-01T08:00:00.000Z', '2027-03-01T08:00:00.000Z')")
                .ok());
    REQUIRE(SearchIndex::indexRecords(*byName.value(), {QStringLiteral("b1")}, {}).ok());
    CHECK(docRows(*byName.value()) == docs);
}

TEST_CASE("migration 11 guards the unindex triggers and the index stays exact", "[migrations][search]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m11.db"));
    const SecureBuffer key = SecureBuffer::random(32);
    QStringList before;
    {
        auto db = Database::open(path, key, Database::Mode::Create, 10);
        REQUIRE(db.ok());
        REQUIRE(db.value()->schemaVersion() == 10);
        REQUIRE(writeUnindexed(*db.value()).ok());
        REQUIRE(SearchIndex::indexMissing(*db.value()).ok());
        before = searchResults(*db.value(), QStringLiteral("okapi"));
        REQUIRE(before.size() == 5);
    }
    auto db = Database::open(path, key, Database::Mode::OpenExisting, 11);
    REQUIRE(db.ok());
    Database &d = *db.value();
    CHECK(d.schemaVersion() == 11);
    CHECK(scalar(d, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_unindex_%'") == 8);
    CHECK(scalar(d, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_unindex_%' "
                    "AND sql LIKE '%WHEN EXISTS (SELECT 1 FROM search_docs WHERE ref_id = %'") == 8);
    CHECK(searchResults(d, QStringLiteral("okapi")) == before);

    // Indexed records still leave the index when their text, tags or row change.
    JournalStore journal(d);
    auto b1 = journal.get(QStringLiteral("b1"));
    REQUIRE(b1.ok());
    REQUIRE(b1.value().has_value());
    JournalEntry edited = *b1.value();
    edited.body = QStringLiteral("only zebras now");
    edited.tags = {QStringLiteral("stripes")};
    REQUIRE(journal.save(edited).ok());
    REQUIRE(journal.remove(QStringLiteral("b2")).ok());
    REQUIRE(d.exec("UPDATE journal_tags SET tag = 'gnu' WHERE entry_id = 't1'").ok());
    REQUIRE(d.exec("UPDATE checkins SET note = 'calm' WHERE id = 'c2'").ok());
    REQUIRE(d.exec("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").ok());
    QStringList okapi;
    for (const QString &line : searchResults(d, QStringLiteral("okapi")))
        okapi << line.section(QLatin1Char('|'), 0, 0);
    CHECK(okapi == QStringList{QStringLiteral("a1")});
    CHECK(searchResults(d, QStringLiteral("zebras")).size() == 1);
    CHECK(searchResults(d, QStringLiteral("stripes")).size() == 1);
    // The unindexed records (t1 was re-tagged, c2 re-noted) wait for indexMissing().
    CHECK(searchResults(d, QStringLiteral("gnu")).isEmpty());
    REQUIRE(SearchIndex::indexMissing(d).ok());
    CHECK(searchResults(d, QStringLiteral("gnu")).size() == 1);
    CHECK(searchResults(d, QStringLiteral("calm")).size() == 1);
    REQUIRE(d.exec("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").ok());
}

namespace {
QStringList dirtyMarks(Database &db)
{
    Statement st(db, "SELECT kind || ':' || local_key FROM sync_dirty ORDER BY 1");
    QStringList out;
    while (st.next())
        out << st.text(0);
    REQUIRE(st.error().ok());
    return out;
}
} // namespace

TEST_CASE("migration 12 leaves no trigger on INSERT and put() marks new records as they did", "[migrations][sync]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m12.db"));
    const SecureBuffer key = SecureBuffer::random(32);
    const char *onInsert = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '% INSERT ON %'";
    {
        auto db = Database::open(path, key, Database::Mode::Create, 11);
        REQUIRE(db.ok());
        CHECK(scalar(*db.value(), onInsert) == 8);
    }
    auto db = Database::open(path, key, Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    Database &d = *db.value();
    CHECK(d.schemaVersion() == 12);
    CHECK(scalar(d, onInsert) == 0);
    // Updates and deletes of the six synced tables are still marked by triggers.
    CHECK(scalar(d, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'") == 12);

    const QDateTime at(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    Checkin c;
    c.id = QStringLiteral("c1");
    c.day = QDate(2026, 3, 2);
    c.drainedBy = {QStringLiteral("workload")};
    c.createdAt = c.updatedAt = at;
    JournalEntry e;
    e.id = QStringLiteral("e1");
    e.title = QStringLiteral("Governors");
    e.body = QStringLiteral("A long meeting about the budget");
    e.day = QDate(2026, 3, 2);
    e.tags = {QStringLiteral("finance")};
    e.createdAt = e.updatedAt = at;
    WeeklyRating r;
    r.id = QStringLiteral("r1");
    r.week = QDate(2026, 3, 2);
    r.scores.fill(3);
    r.createdAt = r.updatedAt = at;
    SkillsAssessment a;
    a.id = QStringLiteral("s1");
    a.takenOn = QDate(2026, 3, 2);
    a.ratings.insert(QStringLiteral("delegation"), SkillRating{8, 4});
    a.createdAt = at;

    // Each kind's put() marks a new record under the key its trigger used, with the
    // database's time.
    REQUIRE(CheckinStore(d).put(c).ok());
    REQUIRE(JournalStore(d).put(e).ok());
    REQUIRE(RatingStore(d).put(r).ok());
    REQUIRE(SkillsStore(d).put(a).ok());
    REQUIRE(SettingsStore(d).setValue(QStringLiteral("theme"), QStringLiteral("dark")).ok());
    REQUIRE(SettingsStore(d).replaceAll({{QStringLiteral("language"), QStringLiteral("cy")}}).ok());
    CHECK(dirtyMarks(d) == QStringList{QStringLiteral("checkin:2026-03-02"), QStringLiteral("entry:e1"),
                                       QStringLiteral("rating:2026-03-02"), QStringLiteral("setting:language"),
                                       QStringLiteral("setting:theme"), QStringLiteral("skills:s1")});
    CHECK(scalar(d, "SELECT count(*) FROM sync_dirty WHERE changed_ms < 1700000000000") == 0);

    // Nothing is marked while pulled records are applied, as before.
    SyncLedgerStore ledger(d);
    REQUIRE(d.exec("DELETE FROM sync_dirty").ok());
    REQUIRE(ledger.setApplying(true).ok());
    JournalEntry pulled = e;
    pulled.id = QStringLiteral("e2");
    REQUIRE(JournalStore(d).put(pulled).ok());
    Checkin pulledDay = c;
    pulledDay.id = QStringLiteral("c2");
    pulledDay.day = QDate(2026, 3, 3);
    REQUIRE(CheckinStore(d).put(pulledDay).ok());
    CHECK(dirtyMarks(d).isEmpty());
    REQUIRE(ledger.setApplying(false).ok());

    // An edit is still marked (by the delete trigger put() fires), and an entry saved
    // again with other tags leaves the search index exact without the tag trigger: put()
    // deletes the row, which takes it out of the index, before its new tags go in.
    e.tags = {QStringLiteral("staffing")};
    REQUIRE(JournalStore(d).put(e).ok());
    CHECK(dirtyMarks(d) == QStringList{QStringLiteral("entry:e1")});
    REQUIRE(d.exec("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").ok());
    CHECK(searchResults(d, QStringLiteral("staffing")).value(0).startsWith(QStringLiteral("e1|")));
    CHECK(searchResults(d, QStringLiteral("finance")).size() == 1); // the pulled copy, e2, only
    CHECK(searchResults(d, QStringLiteral("finance")).value(0).startsWith(QStringLiteral("e2|")));
    // put() binds the preview the trigger used to write.
    auto page = JournalStore(d).page(10);
    REQUIRE(page.ok());
    REQUIRE(page.value().size() == 2);
    CHECK(page.value()[0].preview == e.body);
}

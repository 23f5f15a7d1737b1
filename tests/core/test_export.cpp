#include "TestSupport.h"

#include <core/journal/JournalExport.h>
#include <core/journal/JournalJson.h>

#include <QDirIterator>

using namespace saib;

namespace {
QVector<JournalEntry> seed(JournalStore &store)
{
    const struct { const char *title; const char *body; QStringList tags; QDate day; } rows[] = {
        {"Ŵyn a gobaith", "Diwrnod da.\n\n- gwasanaeth\n- *cinio*", {QStringLiteral("natur")}, QDate(2026, 4, 2)},
        {"A \"quoted\" title", "Body with a # heading\nand lines", {}, QDate(2026, 5, 3)},
        {"", "No title, only words.", {QStringLiteral("a"), QStringLiteral("b")}, QDate(2026, 6, 4)},
    };
    for (const auto &r : rows) {
        JournalEntry e;
        e.title = QString::fromUtf8(r.title);
        e.body = QString::fromUtf8(r.body);
        e.tags = r.tags;
        e.day = r.day;
        e.promptId = QStringLiteral("celebrating-02");
        REQUIRE(store.save(e).ok());
    }
    return store.list().value();
}
} // namespace

TEST_CASE("JSON export round-trips into a fresh store", "[export]")
{
    test::TempVault a;
    REQUIRE(a.vault.create(test::kPassphrase).ok());
    JournalStore source = a.vault.journal();
    const QVector<JournalEntry> original = seed(source);
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("journal.json"));
    REQUIRE(JournalExport::writeJson(original, file).ok());

    test::TempVault b;
    REQUIRE(b.vault.create(test::kPassphrase).ok());
    JournalStore target = b.vault.journal();
    auto summary = JournalExport::importJson(target, file);
    REQUIRE(summary.ok());
    CHECK(summary.value().added == 3);
    const QVector<JournalEntry> copy = target.list().value();
    REQUIRE(copy.size() == original.size());
    for (int i = 0; i < copy.size(); ++i) {
        CHECK(copy[i].id == original[i].id);
        CHECK(copy[i].title == original[i].title);
        CHECK(copy[i].body == original[i].body);
        CHECK(copy[i].tags == original[i].tags);
        CHECK(copy[i].promptId == original[i].promptId);
        CHECK(copy[i].day == original[i].day);
        CHECK(copy[i].createdAt == original[i].createdAt);
    }
    SECTION("importing again changes nothing")
    {
        auto again = JournalExport::importJson(target, file);
        REQUIRE(again.ok());
        CHECK(again.value().skipped == 3);
        CHECK(target.count().value() == 3);
    }
    SECTION("the imported entries are searchable")
    {
        SearchQuery q;
        q.text = QStringLiteral("wyn");
        CHECK(target.search(q).value().size() == 1);
    }
}

// Two exports of the same entry, an older and a newer copy. Import keeps the newer one
// whichever order the files come in, because the exported updatedAt is kept (not the
// moment of the import).
TEST_CASE("import keeps the newer copy whatever the order", "[export]")
{
    JournalEntry older;
    older.id = QStringLiteral("6f1d7c1e-2a49-4d0b-9a55-0d1f6c3a9e01");
    older.title = QStringLiteral("Cyfarfod y llywodraethwyr");
    older.body = QStringLiteral("First thoughts.");
    older.day = QDate(2026, 3, 10);
    older.createdAt = QDateTime(QDate(2026, 3, 10), QTime(7, 30), Qt::UTC);
    older.updatedAt = QDateTime(QDate(2026, 3, 10), QTime(8, 0, 0, 125), Qt::UTC);
    JournalEntry newer = older;
    newer.body = QStringLiteral("First thoughts, and what the chair said after.");
    newer.tags = {QStringLiteral("governors")};
    newer.updatedAt = QDateTime(QDate(2026, 3, 12), QTime(21, 15, 0, 5), Qt::UTC);

    QTemporaryDir out;
    const QString a = out.filePath(QStringLiteral("older.json"));
    const QString b = out.filePath(QStringLiteral("newer.json"));
    REQUIRE(JournalExport::writeJson({older}, a).ok());
    REQUIRE(JournalExport::writeJson({newer}, b).ok());

    auto importBoth = [](const QString &first, const QString &second, int updated, int skipped) {
        test::TempVault t;
        REQUIRE(t.vault.create(test::kPassphrase).ok());
        JournalStore store = t.vault.journal();
        auto one = JournalExport::importJson(store, first);
        REQUIRE(one.ok());
        CHECK(one.value().added == 1);
        auto two = JournalExport::importJson(store, second);
        REQUIRE(two.ok());
        CHECK(two.value().updated == updated);
        CHECK(two.value().skipped == skipped);
        auto kept = store.list();
        REQUIRE(kept.ok());
        REQUIRE(kept.value().size() == 1);
        return kept.value().first();
    };
    SECTION("older, then newer")
    {
        const JournalEntry kept = importBoth(a, b, 1, 0);
        CHECK(kept.body == newer.body);
        CHECK(kept.tags == newer.tags);
        CHECK(kept.updatedAt == newer.updatedAt);
        CHECK(kept.createdAt == older.createdAt);
    }
    SECTION("newer, then older")
    {
        const JournalEntry kept = importBoth(b, a, 0, 1);
        CHECK(kept.body == newer.body);
        CHECK(kept.tags == newer.tags);
        CHECK(kept.updatedAt == newer.updatedAt);
    }
}

TEST_CASE("a file that is not a journal export is refused and imports nothing", "[export]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    JournalStore store = t.vault.journal();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    for (const QByteArray &bytes : {QByteArray("not json"), QByteArray(R"({"format":"other","version":1,"entries":[]})"),
                                    QByteArray(R"({"format":"saib-journal","version":1,"entries":[{"id":""}]})")}) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        CHECK(JournalExport::importJson(store, file).error().code == ErrorCode::ImportInvalid);
    }
    CHECK(store.count().value() == 0);
}

TEST_CASE("Markdown export writes one file per entry with front matter", "[export]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    JournalStore store = t.vault.journal();
    const QVector<JournalEntry> entries = seed(store);
    QTemporaryDir out;
    auto written = JournalExport::writeMarkdown(entries, out.filePath(QStringLiteral("md")));
    REQUIRE(written.ok());
    CHECK(written.value() == 3);
    // Plaintext copies must not be readable by other accounts.
    for (const QFileInfo &f : QDir(out.filePath(QStringLiteral("md"))).entryInfoList(QDir::Files))
        CHECK_FALSE(f.permissions().testFlag(QFileDevice::ReadOther));
    const QStringList files = QDir(out.filePath(QStringLiteral("md"))).entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() == 3);
    CHECK(files[0].startsWith(QStringLiteral("2026-04-02-wyn-a-gobaith-")));
    CHECK(files[2].startsWith(QStringLiteral("2026-06-04-entry-")));
    const QString md = QString::fromUtf8(test::readAll(out.filePath(QStringLiteral("md/")) + files[1]));
    // Titles are literal text (quotes escaped for Markdown, then for YAML).
    CHECK(md.startsWith(QStringLiteral("---\ntitle: \"A \\\\\\\"quoted\\\\\\\" title\"\n")));
    CHECK(md.contains(QStringLiteral("prompt: celebrating-02\n")));
    CHECK(md.contains(QStringLiteral("# A \\\"quoted\\\" title\n\nBody with a # heading\nand lines\n")));
}

#include "TestSupport.h"

using namespace saib;

namespace {
struct Corpus {
    test::TempVault t;
    QMap<QString, QString> ids; // title -> id

    Corpus()
    {
        REQUIRE(t.vault.create(test::kPassphrase).ok());
        JournalStore store = t.vault.journal();
        add(store, QStringLiteral("Budget meeting"), QStringLiteral("The budget again. Budget cuts, budget lines, budget worries."),
            {QStringLiteral("budget")}, QDate(2026, 3, 2));
        add(store, QStringLiteral("Staff room"), QStringLiteral("A quiet word about the budget with the bursar."),
            {QStringLiteral("staff")}, QDate(2026, 4, 10));
        add(store, QStringLiteral("Walking the lambs"), QStringLiteral("Gwelais ŵyn bach yn y cae ar y ffordd i'r ysgol."),
            {QStringLiteral("natur")}, QDate(2026, 5, 1));
        add(store, QStringLiteral("Governors"), QStringLiteral("Governance review; governors asked good questions."),
            {QStringLiteral("governors")}, QDate(2026, 6, 20));
        add(store, QStringLiteral("Safeguarding"), QStringLiteral("A hard afternoon. Nothing to write here in detail."),
            {QStringLiteral("safeguarding"), QStringLiteral("budget")}, QDate(2026, 9, 14));
        Checkin c = test::sampleCheckin(QDate(2026, 9, 15));
        c.note = QStringLiteral("Budget letter from the council");
        c.drainedBy = {QStringLiteral("budget")};
        auto saved = t.vault.checkins().save(c, QDate(2026, 11, 25));
        REQUIRE(saved.ok());
        ids[QStringLiteral("checkin")] = saved.value().id;
    }
    void add(JournalStore &store, const QString &title, const QString &body, const QStringList &tags, const QDate &day)
    {
        JournalEntry e;
        e.title = title;
        e.body = body;
        e.tags = tags;
        e.day = day;
        auto saved = store.save(e);
        REQUIRE(saved.ok());
        ids[title] = saved.value().id;
    }
    QVector<SearchHit> search(const QString &text, const QString &tag = {}, QDate from = {}, QDate to = {})
    {
        SearchQuery q;
        q.text = text;
        q.tag = tag;
        q.from = from;
        q.to = to;
        auto r = t.vault.journal().search(q);
        REQUIRE(r.ok());
        return r.value();
    }
};
} // namespace

TEST_CASE("search ranks by relevance with BM25 from matchinfo", "[search]")
{
    Corpus c;
    const auto hits = c.search(QStringLiteral("budget"));
    REQUIRE(hits.size() == 4); // two bodies, one tag, and the check-in note
    // Title match plus four body hits beats everything else.
    CHECK(hits[0].refId == c.ids[QStringLiteral("Budget meeting")]);
    for (int i = 1; i < hits.size(); ++i)
        CHECK(hits[i - 1].score >= hits[i].score);
    CHECK(hits[0].snippet.contains(QString(kHighlightStart) + QStringLiteral("Budget") + QString(kHighlightEnd)));
}

TEST_CASE("search ignores Welsh diacritics and matches prefixes", "[search]")
{
    Corpus c;
    auto hits = c.search(QStringLiteral("wyn"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].refId == c.ids[QStringLiteral("Walking the lambs")]);
    CHECK(hits[0].snippet.contains(QString(kHighlightStart) + QStringLiteral("ŵyn") + QString(kHighlightEnd)));
    CHECK(c.search(QStringLiteral("ŵyn")).size() == 1);
    CHECK(c.search(QStringLiteral("WYN")).size() == 1);

    const auto prefix = c.search(QStringLiteral("govern"));
    REQUIRE(prefix.size() == 1);
    CHECK(prefix[0].title == QStringLiteral("Governors"));
    CHECK(c.search(QStringLiteral("budget bursar")).size() == 1); // every word must match
}

TEST_CASE("search filters by tag and date range", "[search]")
{
    Corpus c;
    auto tagged = c.search(QStringLiteral("budget"), QStringLiteral("budget"));
    QStringList titles;
    for (const auto &h : tagged)
        titles << (h.kind == SearchHit::Kind::Checkin ? QStringLiteral("checkin") : h.title);
    titles.sort();
    CHECK(titles == QStringList{QStringLiteral("Budget meeting"), QStringLiteral("Safeguarding"), QStringLiteral("checkin")});

    auto ranged = c.search(QStringLiteral("budget"), {}, QDate(2026, 4, 1), QDate(2026, 9, 13));
    REQUIRE(ranged.size() == 1);
    CHECK(ranged[0].title == QStringLiteral("Staff room"));

    auto tagOnly = c.search(QString(), QStringLiteral("safeguarding"));
    REQUIRE(tagOnly.size() == 1);
    CHECK(tagOnly[0].title == QStringLiteral("Safeguarding"));

    SearchQuery bad;
    bad.text = QStringLiteral("budget");
    bad.from = QDate(2026, 5, 1);
    bad.to = QDate(2026, 4, 1);
    CHECK(c.t.vault.journal().search(bad).error().code == ErrorCode::InvalidDateRange);
}

TEST_CASE("search input is never FTS syntax", "[search]")
{
    Corpus c;
    CHECK(SearchIndex::matchExpression(QStringLiteral("budget OR \"staff\" -governors*")) ==
          QStringLiteral("budget* or* staff* governors*"));
    CHECK(SearchIndex::matchExpression(QStringLiteral("  ()*\"  ")).isEmpty());
    CHECK(c.search(QStringLiteral("\"unbalanced")).isEmpty());
    CHECK(c.search(QStringLiteral("NEAR")).isEmpty());
    CHECK(c.search(QStringLiteral("")).isEmpty());
}

TEST_CASE("check-in notes are searchable and kept in step", "[search]")
{
    Corpus c;
    auto hits = c.search(QStringLiteral("council"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == SearchHit::Kind::Checkin);
    CHECK(hits[0].day == QDate(2026, 9, 15));

    Checkin edit = test::sampleCheckin(QDate(2026, 9, 15));
    edit.note = QStringLiteral("A letter from the authority");
    REQUIRE(c.t.vault.checkins().save(edit, QDate(2026, 11, 25)).ok());
    CHECK(c.search(QStringLiteral("council")).isEmpty());
    CHECK(c.search(QStringLiteral("authority")).size() == 1);
    REQUIRE(c.t.vault.checkins().remove(QDate(2026, 9, 15)).ok());
    CHECK(c.search(QStringLiteral("authority")).isEmpty());
}

TEST_CASE("the search index is encrypted with the database", "[search]")
{
    Corpus c;
    c.t.vault.lock();
    const QByteArray raw = test::readAll(c.t.vault.databasePath());
    CHECK_FALSE(raw.contains("bursar"));
    CHECK_FALSE(raw.contains("Walking the lambs"));
}

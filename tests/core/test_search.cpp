#include "TestSupport.h"

#include <core/store/LiveSearch.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>

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

namespace {
// A fixed corpus for ranking: 40 entries whose words follow a fixed rule (no random
// numbers), so the BM25 order below is the same on every machine and every run.
struct RankCorpus {
    test::TempVault t;
    RankCorpus()
    {
        REQUIRE(t.vault.create(test::kPassphrase).ok());
        const QStringList words = QStringLiteral("budget staff governors pupils parents data meeting lambs rain "
                                                 "ysgol cyllideb staffio llywodraethwyr")
                                      .split(QLatin1Char(' '));
        JournalStore store = t.vault.journal();
        REQUIRE(t.vault.database()->transaction([&]() -> Error {
            for (int i = 0; i < 40; ++i) {
                JournalEntry e;
                e.title = QStringLiteral("E%1 %2").arg(i, 2, 10, QLatin1Char('0')).arg(words[(i * 5) % words.size()]);
                QStringList body;
                for (int k = 0; k < 8 + (i * 7) % 23; ++k)
                    body << words[(i * 3 + k * k) % words.size()];
                e.body = body.join(QLatin1Char(' '));
                e.day = QDate(2025, 9, 1).addDays(i * 3);
                if (i % 6 == 0)
                    e.tags = {words[i % words.size()]};
                auto saved = store.save(e);
                if (!saved.ok())
                    return saved.error();
            }
            return Error();
        }).ok());
    }
    QStringList order(const QString &text, int limit = 50)
    {
        SearchQuery q;
        q.text = text;
        q.limit = limit;
        auto r = t.vault.journal().search(q);
        REQUIRE(r.ok());
        QStringList titles;
        for (const SearchHit &h : r.value())
            titles << h.title.left(3);
        return titles;
    }
};
} // namespace

TEST_CASE("ranking order on a fixed corpus is BM25 from matchinfo, limit only cuts it", "[search]")
{
    RankCorpus c;
    // Pinned: the order the first implementation gave (every matching row read, BM25
    // from matchinfo, stable sort by score then day). Ranking before making snippets
    // (issue 21) must not change which rows come first.
    CHECK(c.order(QStringLiteral("budget"), 12).join(QLatin1Char(' ')).toStdString() == "E00 E39 E26 E13 E03 E36 E35 E12 E22 E09 E29 E16");
    CHECK(c.order(QStringLiteral("staff"), 12).join(QLatin1Char(' ')).toStdString() == "E24 E08 E34 E21 E23 E10 E36 E18 E05 E38 E25 E31");
    CHECK(c.order(QStringLiteral("lambs rain"), 12).join(QLatin1Char(' ')).toStdString() == "E38 E25 E12 E30 E17 E04 E36 E24 E11 E21 E08 E37");
    for (const QString &text : {QStringLiteral("budget"), QStringLiteral("sta"), QStringLiteral("ysgol data")}) {
        const QStringList all = c.order(text, 0);
        CHECK(c.order(text, 5) == all.mid(0, 5));
        // Delivered in batches, the same hits arrive in the same order.
        SearchQuery q;
        q.text = text;
        q.limit = 0;
        QStringList batched;
        int batches = 0;
        REQUIRE(SearchIndex::searchInBatches(*c.t.vault.database(), q, 4, [&](const QVector<SearchHit> &hits) {
                    ++batches;
                    for (const SearchHit &h : hits)
                        batched << h.title.left(3);
                    return true;
                }).ok());
        CHECK(batched == all);
        CHECK(batches == (all.size() + 3) / 4);
    }
}

TEST_CASE("snippets are plain text with highlights, never raw Markdown", "[search]")
{
    CHECK(SearchIndex::plainSnippet(QStringLiteral("## Today\n*Small* joys, **big** `code` > quote"))
          == QStringLiteral("Today Small joys, big code quote"));
    CHECK(SearchIndex::plainSnippet(QStringLiteral("see [the plan](https://example.org/x) now"))
          == QStringLiteral("see the plan now"));
    const QString marked = QStringLiteral("*") + kHighlightStart + QStringLiteral("Small") + kHighlightEnd
                           + QStringLiteral("* joys");
    CHECK(SearchIndex::plainSnippet(marked) == kHighlightStart + QStringLiteral("Small") + kHighlightEnd
                                                   + QStringLiteral(" joys"));

    Corpus c;
    JournalEntry e;
    e.title = QStringLiteral("Marked up");
    e.body = QStringLiteral("# Heading\n\n*Small* joys and __tiny__ wins.");
    REQUIRE(c.t.vault.journal().save(e).ok());
    const auto hits = c.search(QStringLiteral("small"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].snippet == QStringLiteral("Heading ") + kHighlightStart + QStringLiteral("Small")
                                 + kHighlightEnd + QStringLiteral(" joys and tiny wins."));
}

namespace {
// What a LiveSearch delivered, gathered from its worker thread.
struct Deliveries {
    struct Event {
        quint64 generation;
        QStringList titles;
        bool done;
        ErrorCode error;
    };
    std::mutex mutex;
    std::condition_variable changed;
    QVector<Event> events;
    std::function<void(quint64)> onFirstBatch; // runs on the worker, outside the lock

    LiveSearch::Deliver deliver()
    {
        return [this](quint64 generation, const QVector<SearchHit> &hits, bool done, const Error &error) {
            QStringList titles;
            for (const SearchHit &h : hits)
                titles << h.title.left(3);
            bool first = false;
            {
                std::lock_guard<std::mutex> lock(mutex);
                first = !done && std::none_of(events.begin(), events.end(),
                                              [&](const Event &e) { return e.generation == generation; });
                events << Event{generation, titles, done, error.code};
            }
            changed.notify_all();
            if (first && onFirstBatch)
                onFirstBatch(generation);
        };
    }
    // Waits until `generation` is done; returns its hits in delivery order.
    QStringList waitDone(quint64 generation)
    {
        std::unique_lock<std::mutex> lock(mutex);
        const bool ok = changed.wait_for(lock, std::chrono::seconds(20), [&] {
            return std::any_of(events.begin(), events.end(),
                               [&](const Event &e) { return e.generation == generation && e.done; });
        });
        REQUIRE(ok);
        QStringList all;
        for (const Event &e : events)
            if (e.generation == generation)
                all += e.titles;
        return all;
    }
};

SearchQuery typed(const QString &text)
{
    SearchQuery q;
    q.text = text;
    return q;
}
} // namespace

TEST_CASE("search as you type: ranked batches from a worker with its own connection", "[search]")
{
    RankCorpus c;
    Deliveries got;
    LiveSearch live(c.t.vault.databasePath(), c.t.vault.databaseKey(), got.deliver(), 4);
    const quint64 g = live.submit(typed(QStringLiteral("budget")));
    CHECK(got.waitDone(g) == c.order(QStringLiteral("budget")));
    std::lock_guard<std::mutex> lock(got.mutex);
    const auto batches = std::count_if(got.events.begin(), got.events.end(), [](const auto &e) { return !e.done; });
    CHECK(batches == (c.order(QStringLiteral("budget")).size() + 3) / 4);
    CHECK(got.events.last().done);
    CHECK(got.events.last().error == ErrorCode::None);
}

TEST_CASE("search as you type: each keystroke cancels the query before it", "[search]")
{
    RankCorpus c;
    Deliveries got;
    std::mutex gate;
    std::condition_variable opened;
    bool release = false;
    LiveSearch *livePtr = nullptr;
    quint64 second = 0;
    // The first query is held inside its first delivery while the next keystroke arrives.
    got.onFirstBatch = [&](quint64 generation) {
        if (generation != 1)
            return;
        const quint64 next = livePtr->submit(typed(QStringLiteral("staff")));
        std::unique_lock<std::mutex> lock(gate);
        second = next;
        opened.notify_all();
        opened.wait(lock, [&] { return release; });
    };
    LiveSearch live(c.t.vault.databasePath(), c.t.vault.databaseKey(), got.deliver(), 2);
    livePtr = &live;
    REQUIRE(live.submit(typed(QStringLiteral("budget"))) == 1);
    {
        std::unique_lock<std::mutex> lock(gate);
        REQUIRE(opened.wait_for(lock, std::chrono::seconds(20), [&] { return second != 0; }));
        release = true;
    }
    opened.notify_all();
    CHECK(got.waitDone(second) == c.order(QStringLiteral("staff")));
    std::lock_guard<std::mutex> lock(got.mutex);
    // The replaced query delivered its first batch only, and never said it was done.
    QVector<Deliveries::Event> first;
    for (const auto &e : got.events)
        if (e.generation == 1)
            first << e;
    REQUIRE(first.size() == 1);
    CHECK_FALSE(first[0].done);
    CHECK(first[0].titles == c.order(QStringLiteral("budget")).mid(0, 2));
}

TEST_CASE("search as you type: a burst of keystrokes ends on the last query's results", "[search]")
{
    RankCorpus c;
    Deliveries got;
    LiveSearch live(c.t.vault.databasePath(), c.t.vault.databaseKey(), got.deliver(), 3);
    const QString typedText = QStringLiteral("ysgol data meeting");
    quint64 last = 0;
    for (int round = 0; round < 5; ++round)
        for (int n = 1; n <= typedText.size(); ++n)
            last = live.submit(typed(typedText.left(n)));
    CHECK(got.waitDone(last) == c.order(typedText));
    std::lock_guard<std::mutex> lock(got.mutex);
    // Older queries stopped (interrupted or dropped unstarted): deliveries never go back
    // to an older generation, and nothing arrives after the last query is done.
    for (int i = 1; i < got.events.size(); ++i)
        CHECK(got.events[i].generation >= got.events[i - 1].generation);
    CHECK(got.events.last().generation == last);
    CHECK(got.events.last().done);
    CHECK(got.events.size() < 5 * typedText.size()); // most never ran to the end
}

TEST_CASE("search as you type reports a store it cannot open", "[search]")
{
    QTemporaryDir dir;
    Deliveries got;
    LiveSearch live(dir.filePath(QStringLiteral("missing.db")), SecureBuffer::random(32), got.deliver());
    const quint64 g = live.submit(typed(QStringLiteral("budget")));
    CHECK(got.waitDone(g).isEmpty());
    std::lock_guard<std::mutex> lock(got.mutex);
    CHECK(got.events.last().error == ErrorCode::VaultMissing);
}

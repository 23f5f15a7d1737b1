// The store benchmark for one engine: the same schema and code on SQLCipher with a key
// (the app) and on SQLCipher without one, which stores pages in clear exactly like
// plain SQLite 3.15 (the library SQLCipher 3.4.1 is built on). Linking real libsqlite3
// into a process that links libsqlcipher is not allowed (DESIGN.md §8), and comparing
// the same engine version is the honest ratio anyway.
#include "Bench.h"
#include "Spawn.h"
#include "Stats.h"

#include <core/demo/SyntheticWords.h>
#include <core/insights/Dashboard.h>
#include <core/store/CheckinStore.h>
#include <core/store/Database.h>
#include <core/store/JournalStore.h>
#include <core/store/LiveSearch.h>
#include <core/vault/Vault.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QRandomGenerator>
#include <condition_variable>
#include <cstdio>
#include <functional>
#include <mutex>
#include <thread>

namespace saib::bench {

namespace {
QString plainWord(QString w)
{
    // "ŵyn" typed as "wyn": accent-insensitive search is part of what is measured.
    QString out;
    for (const QChar ch : w.normalized(QString::NormalizationForm_D))
        if (ch.category() != QChar::Mark_NonSpacing)
            out += ch;
    return out;
}

// 200 searches a leader might type: common and rare words, Welsh without accents, two
// words, prefixes, and some with a tag or date filter.
QVector<SearchQuery> searchWorkload(const BenchConfig &c, int count)
{
    QRandomGenerator rng(c.seed + 7);
    QVector<SearchQuery> out;
    const QDate first = c.lastDay.addDays(-(c.workload().days - 1));
    for (int i = 0; i < count; ++i) {
        const bool welsh = rng.generateDouble() < 0.4;
        const int n = demo::vocabularySize(welsh);
        auto word = [&](int lo, int hi) { return demo::wordAt(welsh, lo + int(rng.bounded(std::max(1, hi - lo)))); };
        SearchQuery q;
        const int kind = i % 10;
        if (kind < 3)
            q.text = word(15, 80);                       // common topic words
        else if (kind < 5)
            q.text = word(n / 2, n);                     // rare words
        else if (kind < 6)
            q.text = plainWord(word(n - 9, n));          // accented Welsh, typed plain
        else if (kind < 8)
            q.text = word(15, 120) + QLatin1Char(' ') + word(15, 120);
        else if (kind < 9)
            q.text = word(15, n).left(3);                // prefix as the user types
        else {
            q.text = word(15, 120);
            q.from = first.addDays(rng.bounded(std::max(1, c.workload().days - 90)));
            q.to = q.from.addDays(90);
        }
        out << q;
    }
    return out;
}

// Search as you type (issue 21): each query of the workload typed one character at a
// time into a LiveSearch (a worker with its own connection, as the app does), a key
// every `paceMs` (faster than anyone types, so queries are often replaced while they
// run). For each keystroke whose results arrived, the time from the keystroke to its
// first rows; the last keystroke of a query is always answered.
QJsonObject typingRun(const std::function<Result<std::unique_ptr<Database>>()> &open,
                      const QVector<SearchQuery> &queries, double paceMs)
{
    std::mutex mutex;
    std::condition_variable changed;
    QHash<quint64, double> firstRows; // generation -> ms since start
    QSet<quint64> done;
    const double start = nowMs();
    LiveSearch live(open, [&](quint64 generation, const QVector<SearchHit> &, bool isDone, const Error &) {
        std::lock_guard<std::mutex> lock(mutex);
        if (!firstRows.contains(generation))
            firstRows.insert(generation, nowMs() - start);
        if (isDone)
            done.insert(generation);
        changed.notify_all();
    });
    // The worker opens its connection on the first query: not part of a keystroke.
    {
        SearchQuery warm;
        warm.text = QStringLiteral("a");
        const quint64 g = live.submit(warm);
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return done.contains(g); });
    }
    QVector<double> answered, last;
    int keystrokes = 0, replaced = 0;
    for (const SearchQuery &full : queries) {
        QVector<QPair<quint64, double>> sent;
        for (int n = 1; n <= full.text.size(); ++n) {
            if (full.text.at(n - 1).isSpace())
                continue;
            SearchQuery q = full;
            q.text = full.text.left(n);
            const double at = nowMs() - start;
            sent << qMakePair(live.submit(q), at);
            ++keystrokes;
            std::unique_lock<std::mutex> lock(mutex);
            const quint64 g = sent.last().first;
            const bool lastKey = n == full.text.size();
            if (lastKey)
                changed.wait(lock, [&] { return done.contains(g); });
            else
                changed.wait_for(lock, std::chrono::microseconds(qint64(paceMs * 1000)),
                                 [&] { return done.contains(g); });
        }
        std::lock_guard<std::mutex> lock(mutex);
        for (int i = 0; i < sent.size(); ++i) {
            if (!firstRows.contains(sent[i].first)) {
                ++replaced;
                continue;
            }
            const double latency = firstRows.value(sent[i].first) - sent[i].second;
            answered << latency;
            if (i == sent.size() - 1)
                last << latency;
        }
    }
    QJsonObject out = summary(answered);
    out[QStringLiteral("p99_ms")] = round3(percentile(answered, 99));
    out[QStringLiteral("keystrokes")] = keystrokes;
    out[QStringLiteral("replaced_before_first_rows")] = replaced;
    out[QStringLiteral("pace_ms")] = paceMs;
    out[QStringLiteral("last_keystroke_p95_ms")] = round3(percentile(last, 95));
    out[QStringLiteral("last_keystroke_max_ms")] = round3(percentile(last, 100));
    return out;
}

qint64 storeBytes(const QString &dbPath)
{
    qint64 total = 0;
    for (const char *suffix : {"", "-wal", "-shm"})
        total += QFileInfo(dbPath + QLatin1String(suffix)).size();
    return total;
}
} // namespace

QJsonObject runStorePhase(const BenchConfig &c, bool encrypted)
{
    const QString engine = encrypted ? QStringLiteral("sqlcipher") : QStringLiteral("plain");
    auto fail = [&](const QString &what, const Error &e) {
        return QJsonObject{{QStringLiteral("error"), QStringLiteral("%1: %2").arg(what, e.detail)}};
    };
    std::fprintf(stderr, "saib-bench: store (%s): generating the workload\n", qPrintable(engine));
    SyntheticData data;
    const double genMs = timed([&] { data = generateSyntheticLeader(c.workload()); });

    const QString dir = QDir(c.workDir).filePath(engine);
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    Vault vault(dir, KdfParams::moderate());
    std::unique_ptr<Database> plain;
    Database *db = nullptr;
    if (encrypted) {
        if (Error e = vault.create(benchPassphrase()); !e.ok())
            return fail(QStringLiteral("create"), e);
        db = vault.database();
    } else {
        auto opened = Database::openUnencryptedForBenchmark(vault.databasePath(), Database::Mode::Create);
        if (!opened.ok())
            return fail(QStringLiteral("create"), opened.error());
        plain = opened.take();
        db = plain.get();
    }

    // Creating the vault runs Argon2id (256 MiB); the store's own peak starts here.
    const bool peakReset = resetPeakRss();
    QJsonObject out{{QStringLiteral("engine"), engine},
                    {QStringLiteral("generate_ms"), round3(genMs)}};
    out[QStringLiteral("page_size")] = db->pageSize();
    std::fprintf(stderr, "saib-bench: store (%s): inserting %d check-ins, %d ratings, %d entries\n",
                 qPrintable(engine), int(data.checkins.size()), int(data.ratings.size()), int(data.entries.size()));
    Error insertError;
    Samples insert;
    insert.time([&] { insertError = writeSyntheticLeader(*db, data, 500); });
    if (!insertError.ok())
        return fail(QStringLiteral("insert"), insertError);
    const int records = data.checkins.size() + data.ratings.size() + data.entries.size();
    out[QStringLiteral("bulk_insert")] = QJsonObject{
        {QStringLiteral("records"), records},
        {QStringLiteral("total_ms"), round3(insert.wall[0])},
        {QStringLiteral("cpu_total_ms"), round3(insert.cpu[0])},
        {QStringLiteral("per_record_ms"), round3(insert.wall[0] / std::max(1, records))}};

    // One transaction (and one fsync) per record, as the app saves while you use it.
    Samples entrySaves, checkinSaves;
    {
        SyntheticOptions extra = c.workload();
        extra.seed = c.seed + 99;
        extra.days = c.singleWrites();
        extra.journalEntries = c.singleWrites();
        extra.lastDay = c.lastDay.addDays(-c.workload().days); // days before the workload
        const SyntheticData more = generateSyntheticLeader(extra);
        JournalStore journal(*db);
        CheckinStore checkins(*db);
        for (const JournalEntry &e : more.entries) {
            Error err;
            entrySaves.time([&] { err = journal.save(e).error(); });
            if (!err.ok())
                return fail(QStringLiteral("entry save"), err);
        }
        for (const Checkin &ch : more.checkins) {
            Error err;
            checkinSaves.time([&] { err = checkins.save(ch, ch.day).error(); });
            if (!err.ok())
                return fail(QStringLiteral("check-in save"), err);
        }
    }
    out[QStringLiteral("save_entry")] = summary(entrySaves);
    out[QStringLiteral("save_checkin")] = summary(checkinSaves);

    // Reads the app does: a year of check-ins (history/insights), a page of the journal,
    // one entry by id, "on this day", the tag list.
    QRandomGenerator rng(c.seed + 3);
    JournalStore journal(*db);
    CheckinStore checkins(*db);
    QStringList ids;
    auto all = journal.list(-1);
    if (!all.ok())
        return fail(QStringLiteral("list"), all.error());
    for (const JournalEntry &e : all.value())
        ids << e.id;
    QJsonObject queries;
    auto measure = [&](const char *name, int n, const std::function<Error()> &op) -> bool {
        Samples ms;
        for (int i = 0; i < n; ++i) {
            Error err;
            ms.time([&] { err = op(); });
            if (!err.ok()) {
                queries[QLatin1String(name)] = QJsonObject{{QStringLiteral("error"), err.detail}};
                return false;
            }
        }
        queries[QLatin1String(name)] = summary(ms);
        return true;
    };
    const int total = ids.size();
    measure("checkins_year", 20, [&] {
        const QDate to = c.lastDay.addDays(-int(rng.bounded(365)));
        return checkins.between(to.addDays(-364), to).error();
    });
    // What the journal list shows: titles, previews and tags, never bodies.
    measure("journal_page", 100, [&] { return journal.page(50, int(rng.bounded(std::max(1, total - 50)))).error(); });
    measure("journal_get", 500, [&] { return journal.get(ids.value(int(rng.bounded(std::max(1, total))))).error(); });
    measure("journal_count", 100, [&] { return journal.count().error(); });
    measure("on_this_day", 50, [&] { return journal.onThisDayPage(c.lastDay.addDays(-int(rng.bounded(365)))).error(); });
    measure("journal_tags", 20, [&] { return journal.tags().error(); });
    out[QStringLiteral("queries")] = queries;

    Samples searchMs;
    qint64 hits = 0;
    for (const SearchQuery &q : searchWorkload(c, c.searchQueries())) {
        Result<QVector<SearchHit>> r = QVector<SearchHit>();
        searchMs.time([&] { r = journal.search(q); });
        if (!r.ok())
            return fail(QStringLiteral("search"), r.error());
        hits += r.value().size();
    }
    QJsonObject search = summary(searchMs);
    search[QStringLiteral("p99_ms")] = round3(percentile(searchMs.wall, 99));
    // On a shared machine wall time is mostly waiting for a core; CPU time is the work.
    search[QStringLiteral("cpu_p95_ms")] = round3(percentile(searchMs.cpu, 95));
    search[QStringLiteral("cpu_p99_ms")] = round3(percentile(searchMs.cpu, 99));
    search[QStringLiteral("mean_hits")] = round3(double(hits) / std::max(1, int(searchMs.wall.size())));
    out[QStringLiteral("search")] = search;

    std::fprintf(stderr, "saib-bench: store (%s): search as you type\n", qPrintable(engine));
    const QString path = db->path();
    std::shared_ptr<SecureBuffer> key;
    if (encrypted)
        key = std::make_shared<SecureBuffer>(SecureBuffer::fromBytes(
            reinterpret_cast<const char *>(vault.databaseKey().data()), vault.databaseKey().size()));
    const auto open = [path, key]() -> Result<std::unique_ptr<Database>> {
        if (key)
            return Database::open(path, *key, Database::Mode::OpenExisting);
        return Database::openUnencryptedForBenchmark(path, Database::Mode::OpenExisting);
    };
    out[QStringLiteral("search_as_you_type")] =
        typingRun(open, searchWorkload(c, c.quick ? 20 : 60), 30.0);

    QJsonObject dashboard;
    for (const auto range : {insights::Range::FourWeeks, insights::Range::ThreeMonths, insights::Range::Year}) {
        Samples ms;
        for (int i = 0; i < 5; ++i) {
            Error err;
            ms.time([&] { err = insights::computeDashboard(*db, range, c.lastDay).error(); });
            if (!err.ok())
                return fail(QStringLiteral("dashboard"), err);
        }
        dashboard[QLatin1String(insights::rangeId(range))] = summary(ms);
    }
    out[QStringLiteral("dashboard")] = dashboard;

    out[QStringLiteral("workload")] = QJsonObject{
        {QStringLiteral("checkins"), data.checkins.size()},
        {QStringLiteral("ratings"), data.ratings.size()},
        {QStringLiteral("entries"), data.entries.size()},
        {QStringLiteral("words"), wordCount(data)}};
    const QString dbPath = vault.databasePath();
    plain.reset();
    vault.lock(); // closes and folds the WAL back into the file
    out[QStringLiteral("db_bytes")] = storeBytes(dbPath);
    // The high-water mark was reset after vault creation, so this (and the driver's
    // ru_maxrss for this phase) is the peak of inserting, querying, searching and the
    // dashboard, with the generated workload in memory, apart from Argon2id's 256 MiB.
    out[QStringLiteral("peak_reset_after_setup")] = peakReset;
    return out;
}

} // namespace saib::bench

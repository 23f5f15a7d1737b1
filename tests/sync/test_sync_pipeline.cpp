// The pull's pipeline end to end, through the real relay: SyncEngine has each page parsed
// and opened on a worker thread (SyncOpener) while the main thread writes the page before.
// A pull of several pages arrives whole and in order with the event loop turning
// throughout, and an engine dropped in the middle (the next page asked for or being
// opened) leaves a store that a new engine finishes, nothing lost or doubled.
#include "SyncFixtures.h"

#include <RelayHarness.h>
#include <core/protocol/Wire.h>
#include <core/sync/SyncLedger.h>
#include <core/sync/SyncStateKeys.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>

using namespace saib;
using namespace saib::sync;
using namespace saib::test;

namespace {
constexpr int kRecords = 2 * protocol::kMaxBatch + 100; // three pages

int entries(SyncDevice &d)
{
    auto count = d.store.journal().count();
    REQUIRE(count.ok());
    return count.value();
}

// Lets the event loop run for `ms`.
void turnFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// A laptop holding kRecords entries, synced, and a phone paired with it that has pulled
// nothing yet.
struct Accounts {
    RelayProcess relay{sqliteBackend(), kFastRate};
    SyncDevice laptop, phone;

    Accounts()
    {
        const Error filled = laptop.store.db->transaction([&]() -> Error {
            for (int i = 1; i <= kRecords; ++i) {
                auto saved = laptop.store.journal().save(
                    newEntry(QStringLiteral("Entry %1").arg(i), QStringLiteral("What happened on day %1.").arg(i)));
                if (!saved.ok())
                    return saved.error();
            }
            return {};
        });
        REQUIRE(filled.ok());
        REQUIRE(run([&](auto cb) { laptop.engine->enable(relay.url(), cb); }).ok());
        pairAndConfirm(*laptop.engine, *phone.engine, relay.url());
        REQUIRE(run([&](auto cb) { laptop.engine->syncNow(cb); }).ok());
        REQUIRE(entries(phone) == 0);
    }
};
} // namespace

TEST_CASE("a pull of several pages is written whole and in order while the event loop turns", "[sync][pipeline]")
{
    Accounts a;
    // A zero timer fires each time the event loop turns: between slices, and while the
    // pages travel and are opened.
    int turns = 0;
    qint64 longestMs = 0;
    QElapsedTimer sinceLast;
    sinceLast.start();
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        ++turns;
        longestMs = qMax(longestMs, sinceLast.restart());
    });
    QVector<double> progress;
    QObject::connect(a.phone.engine.get(), &SyncEngine::statusChanged, [&] {
        if (const double p = a.phone.engine->status().pullProgress; p >= 0)
            progress << p;
    });
    ticker.start();
    const Error pulled = run([&](auto cb) { a.phone.engine->syncNow(cb); });
    ticker.stop();
    INFO(pulled.detail.toStdString());
    REQUIRE(pulled.ok());
    WARN("event loop turned " << turns << " times during the pull; longest wait " << longestMs << " ms");
    CHECK(turns >= 5); // at least once between each two of the five slices, and more
    CHECK(std::is_sorted(progress.begin(), progress.end()));
    CHECK(progress.size() >= 5);

    CHECK(entries(a.phone) == kRecords);
    CHECK(snapshot(*a.phone.store.db) == snapshot(*a.laptop.store.db));
    const ApplyReport report = a.phone.engine->status().lastReport;
    CHECK(report.applied == kRecords);
    CHECK(report.rejected == 0);
    // The cursor is where the relay's last page ended: nothing will be pulled twice.
    auto cursor = SyncLedger(*a.phone.store.db).text(stateKeys::cursor);
    REQUIRE(cursor.ok());
    CHECK(cursor.value().toLongLong() >= kRecords);
    REQUIRE(run([&](auto cb) { a.phone.engine->syncNow(cb); }).ok());
    CHECK(a.phone.engine->status().lastReport.applied == 0);
    CHECK(a.phone.engine->status().lastReport.unchanged == 0);
}

TEST_CASE("an engine dropped in the middle of a pull leaves a store the next one finishes", "[sync][pipeline]")
{
    Accounts a;
    bool finished = false;
    a.phone.engine->syncNow([&](Error) { finished = true; });
    // Until the first slice is written: the second page has then been asked for, and is
    // on its way or being opened.
    QElapsedTimer waited;
    waited.start();
    while (a.phone.engine->status().pullProgress <= 0 && !finished && waited.elapsed() < 60000)
        turnFor(5);
    REQUIRE_FALSE(finished);
    a.phone.engine.reset();
    // Whatever the opening thread was doing ends into nothing.
    turnFor(300);
    const int kept = entries(a.phone);
    CHECK(kept >= 250); // the slice written is kept
    CHECK(kept < kRecords);

    a.phone.engine = std::make_unique<SyncEngine>(*a.phone.store.db, conflictTitle);
    REQUIRE(a.phone.engine->load().ok());
    const Error resumed = run([&](auto cb) { a.phone.engine->syncNow(cb); });
    INFO(resumed.detail.toStdString());
    REQUIRE(resumed.ok());
    CHECK(a.phone.engine->status().lastReport.applied == kRecords - kept);
    CHECK(entries(a.phone) == kRecords);
    CHECK(snapshot(*a.phone.store.db) == snapshot(*a.laptop.store.db));
}

// Full sync of the 10-year account to a fresh device, over a real saib-relay on loopback:
// the first device turns sync on and pushes everything (every record sealed, padded and
// sent in batches), then a second device with an empty store joins and pulls and applies
// it all (opening, merging, writing and indexing every record). Each device is a real
// encrypted store driven by the same sync::SyncEngine the app uses.
#include "Bench.h"
#include "Spawn.h"
#include "Stats.h"

#include <core/store/CheckinStore.h>
#include <core/store/JournalStore.h>
#include <core/sync/SyncEngine.h>
#include <core/vault/Vault.h>

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>
#include <cstdio>
#include <ctime>
#include <optional>

namespace saib::bench {

namespace {
template <typename T, typename Start>
std::optional<T> await(Start start, int timeoutMs)
{
    std::optional<T> out;
    start([&out](T value) { out.emplace(std::move(value)); });
    runUntil([&] { return out.has_value(); }, timeoutMs);
    return out;
}

QString sameTitle(const QString &title) { return title; }

// CPU time of this whole process (every thread, the network one included): on a shared
// machine it says what the sync costs when wall time mostly says how busy the machine was.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}
} // namespace

QJsonObject runSyncPhase(const BenchConfig &c)
{
    auto fail = [](const QString &what, const Error &e) {
        return QJsonObject{{QStringLiteral("error"), QStringLiteral("%1: %2").arg(what, e.detail)}};
    };
    if (c.relayPath.isEmpty() || !QFile::exists(c.relayPath))
        return {{QStringLiteral("skipped"), QStringLiteral("saib-relay not found (--relay PATH)")}};
    RelayUnderTest relay;
    if (QString why = relay.start(c, QStringLiteral("sync-relay")); !why.isEmpty())
        return {{QStringLiteral("error"), why}};
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(relay.port));
    constexpr int kLong = 60 * 60 * 1000;

    std::fprintf(stderr, "saib-bench: sync: writing the account on the first device\n");
    const QString dirA = QDir(c.workDir).filePath(QStringLiteral("sync-first"));
    const QString dirB = QDir(c.workDir).filePath(QStringLiteral("sync-fresh"));
    QDir(dirA).removeRecursively();
    QDir(dirB).removeRecursively();
    // The minimum KDF: unlocking is measured elsewhere; here only sync counts.
    Vault first(dirA, KdfParams::minimum()), fresh(dirB, KdfParams::minimum());
    if (Error e = first.create(benchPassphrase()); !e.ok())
        return fail(QStringLiteral("create"), e);
    if (Error e = fresh.create(benchPassphrase()); !e.ok())
        return fail(QStringLiteral("create"), e);
    const SyntheticData data = generateSyntheticLeader(c.workload());
    if (Error e = writeSyntheticLeader(*first.database(), data, 500); !e.ok())
        return fail(QStringLiteral("insert"), e);
    const int records = data.checkins.size() + data.ratings.size() + data.entries.size();

    sync::SyncEngine a(*first.database(), sameTitle), b(*fresh.database(), sameTitle);
    if (Error e = a.load(); !e.ok())
        return fail(QStringLiteral("load"), e);
    if (Error e = b.load(); !e.ok())
        return fail(QStringLiteral("load"), e);
    auto enabled = await<Error>([&](auto cb) { a.enable(url, cb); }, 60000);
    if (!enabled || !enabled->ok())
        return fail(QStringLiteral("enable"), enabled.value_or(Error(ErrorCode::RelayUnreachable)));

    std::fprintf(stderr, "saib-bench: sync: first device pushes %d records\n", records);
    std::optional<Error> pushed;
    const double pushCpu0 = processCpuMs(), pushRelayCpu0 = relay.cpuMs();
    const double pushMs = timed([&] { pushed = await<Error>([&](auto cb) { a.syncNow(cb); }, kLong); });
    const double pushCpu = processCpuMs() - pushCpu0, pushRelayCpu = relay.cpuMs() - pushRelayCpu0;
    if (!pushed || !pushed->ok())
        return fail(QStringLiteral("push"), pushed.value_or(Error(ErrorCode::RelayUnreachable)));

    auto code = await<Result<QString>>([&](auto cb) { b.startJoin(url, cb); }, 60000);
    if (!code || !code->ok())
        return fail(QStringLiteral("join"), code ? code->error() : Error(ErrorCode::RelayUnreachable));
    // The CPace run: the first device approves (it waits for the new one's answer) while
    // the new device polls; then the new device confirms the digits both show.
    std::optional<Result<QString>> approved;
    a.approveDevice(code->value(), [&](Result<QString> r) { approved.emplace(std::move(r)); });
    std::optional<Error> joined;
    for (int i = 0; i < 600 && (!joined || joined->code == ErrorCode::PairingPending); ++i) {
        if (joined)
            await<bool>([](auto cb) { QTimer::singleShot(100, [cb] { cb(true); }); }, 1000);
        joined = await<Error>([&](auto cb) { b.finishJoin(cb); }, 60000);
    }
    for (int i = 0; i < 600 && !approved; ++i)
        await<bool>([](auto cb) { QTimer::singleShot(100, [cb] { cb(true); }); }, 1000);
    if (!approved || !approved->ok() || !joined || !joined->ok() || !b.confirmJoin(approved->value()).ok())
        return fail(QStringLiteral("pair"), Error(ErrorCode::PairingFailed));

    std::fprintf(stderr, "saib-bench: sync: fresh device pulls the whole account\n");
    const bool peakReset = resetPeakRss();
    const qint64 peakBefore = selfPeakRssKb();
    std::optional<Error> pulled;
    const double pullCpu0 = processCpuMs(), pullRelayCpu0 = relay.cpuMs();
    const double pullMs = timed([&] { pulled = await<Error>([&](auto cb) { b.syncNow(cb); }, kLong); });
    const double pullCpu = processCpuMs() - pullCpu0, pullRelayCpu = relay.cpuMs() - pullRelayCpu0;
    if (!pulled || !pulled->ok())
        return fail(QStringLiteral("pull"), pulled.value_or(Error(ErrorCode::RelayUnreachable)));
    const qint64 pullPeak = selfPeakRssKb();

    // The fresh device must now hold everything (and nothing twice).
    auto entries = JournalStore(*fresh.database()).count();
    auto checkins = CheckinStore(*fresh.database()).count();
    if (!entries.ok() || !checkins.ok() || entries.value() != data.entries.size()
        || checkins.value() != data.checkins.size())
        return {{QStringLiteral("error"), QStringLiteral("the fresh device does not hold the whole account")}};
    const sync::ApplyReport report = b.status().lastReport;
    // What the relay holds for the account (SQLite file and its WAL), for the sizing in
    // the README's deployment projection.
    qint64 relayBytes = 0;
    for (const char *suffix : {".db", ".db-wal"})
        relayBytes += QFileInfo(QDir(c.workDir).filePath(QStringLiteral("sync-relay") + QLatin1String(suffix))).size();
    return {{QStringLiteral("records"), records},
            {QStringLiteral("push_ms"), round3(pushMs)},
            {QStringLiteral("push_records_per_s"), round3(records / (pushMs / 1000.0))},
            {QStringLiteral("pull_ms"), round3(pullMs)},
            {QStringLiteral("total_ms"), round3(pushMs + pullMs)},
            {QStringLiteral("push_cpu_ms"), round3(pushCpu)},
            {QStringLiteral("pull_cpu_ms"), round3(pullCpu)},
            {QStringLiteral("push_relay_cpu_ms"), round3(pushRelayCpu)},
            {QStringLiteral("pull_relay_cpu_ms"), round3(pullRelayCpu)},
            {QStringLiteral("pull_records_per_s"), round3(records / (pullMs / 1000.0))},
            {QStringLiteral("applied"), report.applied},
            {QStringLiteral("relay_db_bytes"), relayBytes},
            {QStringLiteral("pull_peak_rss_kb"), peakReset ? pullPeak : qint64(-1)},
            {QStringLiteral("peak_before_pull_kb"), peakBefore}};
}

} // namespace saib::bench

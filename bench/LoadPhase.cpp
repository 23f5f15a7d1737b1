// The load run: many leaders on one relay, on loopback. Each account is set up as in life
// (the first device registers, then adds nine more), then every device syncs once the way
// the app does: it signs in (challenge and token), pushes today's check-in and pulls
// everything the account holds (a small store: twenty records from the first device plus
// one per device). A fixed number of accounts are worked on at once, so the relay sees a
// steady concurrent load; every request's latency is recorded by kind. Bounded: the run
// is a fixed amount of work, not a duration.
#include "Bench.h"
#include "Spawn.h"
#include "Stats.h"

#include <core/protocol/DeviceIdentity.h>
#include <core/protocol/Envelope.h>
#include <core/protocol/Hlc.h>
#include <core/protocol/Ids.h>
#include <core/protocol/RelayClient.h>

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace saib::bench {

using namespace saib::protocol;

namespace {
constexpr int kFirstDeviceRecords = 20;

QByteArray checkinPlaintext(int i)
{
    return QStringLiteral("{\"kind\":\"checkin\",\"i\":%1,\"demand\":6,\"emotional\":5,\"energy\":5,\"note\":\"%2\"}")
        .arg(i)
        .arg(QString(120, QLatin1Char('n')))
        .toUtf8();
}

// One account worked through from registration to the last device's sync, one request at
// a time, on its own client (whose identity changes from device to device).
struct AccountRun {
    std::unique_ptr<RelayClient> client;
    std::vector<DeviceIdentity> devices;
    std::unique_ptr<HybridLogicalClock> clock;
    int step = 0;
};
} // namespace

QJsonObject runLoadPhase(const BenchConfig &c)
{
    auto fail = [](const QString &why) { return QJsonObject{{QStringLiteral("error"), why}}; };
    if (QJsonObject skipped = relayPhaseSkipped(c); !skipped.isEmpty())
        return skipped;
    RelayUnderTest relay;
    if (QString why = relay.start(c, QStringLiteral("load-") + c.engine, relayDatabaseUrl(c)); !why.isEmpty())
        return fail(why);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(relay.port));
    const SecureBuffer vaultKey = newVaultKey();
    const int accounts = c.loadAccounts();
    const int perAccount = c.loadDevicesPerAccount();

    QHash<QString, QVector<double>> latency; // by request kind
    QVector<double> all, deviceSync;
    Error firstError;
    int started = 0, finished = 0;
    std::vector<AccountRun> runs(std::size_t(c.loadConcurrency()));

    // Times one call and hands its error to `then`.
    auto timedCall = [&](const QString &kind, const std::function<void(std::function<void(Error)>)> &call,
                         std::function<void(Error)> then) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        call([&, kind, timer, then](Error e) {
            const double ms = double(timer->nsecsElapsed()) / 1e6;
            latency[kind] << ms;
            all << ms;
            then(e);
        });
    };

    std::function<void(AccountRun &)> nextAccount;
    std::function<void(AccountRun &, int)> syncDevice;
    auto abandon = [&](AccountRun &run, const Error &e) {
        if (firstError.ok())
            firstError = e;
        run.client.reset();
        run.devices.clear();
        ++finished;
        nextAccount(run);
    };

    // Device `i` signs in, pushes today's check-in and pulls the whole account.
    syncDevice = [&](AccountRun &run, int i) {
        if (i == int(run.devices.size())) {
            run.client.reset();
            run.devices.clear();
            ++finished;
            return nextAccount(run);
        }
        const QString accountId = run.client->accountId();
        run.client->forgetToken();
        run.client->setIdentity(std::move(run.devices[std::size_t(i)]));
        run.client->setAccountId(accountId);
        auto begun = std::make_shared<QElapsedTimer>();
        begun->start();
        RelayClient *client = run.client.get();
        timedCall(QStringLiteral("sign_in"), [client](auto done) { client->authenticate(done); },
                  [&, i, begun, client](Error e) {
            if (!e.ok())
                return abandon(run, e);
            const int records = i == 0 ? kFirstDeviceRecords : 1;
            QList<Envelope> batch;
            for (int r = 0; r < records; ++r) {
                auto env = sealEnvelope(vaultKey, randomId(), QStringLiteral("checkin"), run.clock->tick(),
                                        checkinPlaintext(r));
                if (!env.ok())
                    return abandon(run, env.error());
                batch << env.take();
            }
            timedCall(QStringLiteral("push"), [client, batch](auto done) {
                client->push(batch, [done](Result<PushResponse> r) { done(r.ok() ? Error() : r.error()); });
            }, [&, i, begun, client](Error pushed) {
                if (!pushed.ok())
                    return abandon(run, pushed);
                timedCall(QStringLiteral("pull"), [client](auto done) {
                    client->pull(0, kMaxBatch, [done](Result<PullResponse> r) { done(r.ok() ? Error() : r.error()); });
                }, [&, i, begun](Error pulled) {
                    if (!pulled.ok())
                        return abandon(run, pulled);
                    deviceSync << double(begun->nsecsElapsed()) / 1e6;
                    syncDevice(run, i + 1);
                });
            });
        });
    };

    // The first device registers the account and adds the other nine.
    std::function<void(AccountRun &, int)> addDevices = [&](AccountRun &run, int i) {
        if (i == int(run.devices.size()))
            return syncDevice(run, 0);
        RelayClient *client = run.client.get();
        const QString id = run.devices[std::size_t(i)].deviceId();
        const QByteArray key = run.devices[std::size_t(i)].publicKey();
        timedCall(QStringLiteral("add_device"), [client, id, key](auto done) { client->addDevice(id, key, done); },
                  [&, i](Error e) {
            if (!e.ok())
                return abandon(run, e);
            addDevices(run, i + 1);
        });
    };

    nextAccount = [&](AccountRun &run) {
        if (started == accounts || !firstError.ok())
            return;
        ++started;
        run.client = std::make_unique<RelayClient>(url);
        run.devices.clear();
        for (int d = 0; d < perAccount; ++d) {
            auto identity = DeviceIdentity::generate();
            if (!identity.ok())
                return abandon(run, identity.error());
            run.devices.push_back(identity.take());
        }
        // The client holds the first device while it registers; its seed is kept to hand
        // it back for its own sync later.
        auto first = DeviceIdentity::fromSeed(run.devices[0].deviceId(), run.devices[0].seed());
        if (!first.ok())
            return abandon(run, first.error());
        run.client->setIdentity(first.take());
        run.clock = std::make_unique<HybridLogicalClock>(run.devices[0].deviceId());
        RelayClient *client = run.client.get();
        timedCall(QStringLiteral("register"), [client](auto done) { client->registerAccount(done); },
                  [&](Error e) {
            if (!e.ok())
                return abandon(run, e);
            addDevices(run, 1);
        });
    };

    std::fprintf(stderr, "saib-bench: load: %d accounts of %d devices, %d at a time\n", accounts, perAccount,
                 c.loadConcurrency());
    const double t0 = nowMs(), cpu0 = relay.cpuMs();
    for (AccountRun &run : runs)
        nextAccount(run);
    runUntil([&] { return finished == started && (started == accounts || !firstError.ok()); }, 60 * 60 * 1000);
    const double wallMs = nowMs() - t0;
    const double relayCpu = relay.cpuMs() - cpu0;
    if (!firstError.ok())
        return fail(QStringLiteral("load: %1").arg(firstError.detail));
    relay.process.terminate();
    const ProcessResult relayRun = relay.process.wait();

    // A sign-in is two requests (challenge, then token).
    const qsizetype requests = all.size() + latency.value(QStringLiteral("sign_in")).size();
    QJsonObject kinds;
    for (auto it = latency.cbegin(); it != latency.cend(); ++it)
        kinds[it.key()] = summary(it.value());
    const double seconds = wallMs / 1000.0;
    return {{QStringLiteral("engine"), c.engine},
            {QStringLiteral("accounts"), accounts},
            {QStringLiteral("devices"), accounts * perAccount},
            {QStringLiteral("concurrency"), c.loadConcurrency()},
            {QStringLiteral("requests"), requests},
            {QStringLiteral("wall_s"), round3(seconds)},
            {QStringLiteral("requests_per_s"), round3(requests / seconds)},
            {QStringLiteral("device_syncs_per_s"), round3(deviceSync.size() / seconds)},
            // Per call: a sign-in counts once here though it is two requests.
            {QStringLiteral("call_p50_ms"), round3(percentile(all, 50))},
            {QStringLiteral("call_p95_ms"), round3(percentile(all, 95))},
            {QStringLiteral("call_p99_ms"), round3(percentile(all, 99))},
            {QStringLiteral("device_sync"), summary(deviceSync)},
            {QStringLiteral("by_kind"), kinds},
            {QStringLiteral("relay_cpu_s"), round3(relayCpu / 1000.0)},
            {QStringLiteral("relay_cpu_ms_per_request"), round3(relayCpu / std::max<qsizetype>(1, requests))},
            {QStringLiteral("relay_peak_rss_kb"), relayRun.peakRssKb}};
}

} // namespace saib::bench

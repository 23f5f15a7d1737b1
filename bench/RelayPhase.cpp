// Relay throughput: several devices (each its own account, as separate leaders would be)
// push sealed envelopes at once to a real saib-relay on loopback, over SQLite or (with
// --postgres) PostgreSQL. Every device signs in (challenge-response) before the clock
// starts. The relay's own CPU time per push is reported too: on a shared machine it is
// steadier than the rate.
#include "Bench.h"
#include "Spawn.h"
#include "Stats.h"

#include <core/protocol/DeviceIdentity.h>
#include <core/protocol/Envelope.h>
#include <core/protocol/Hlc.h>
#include <core/protocol/Ids.h>
#include <core/protocol/RelayClient.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <functional>
#include <memory>
#include <unistd.h>

namespace saib::bench {

using namespace saib::protocol;

namespace {
struct Device {
    std::unique_ptr<RelayClient> client;
    std::unique_ptr<HybridLogicalClock> clock;
    QList<Envelope> pending;
    int done = 0;
};

// A record-sized plaintext (a check-in with a note is a few hundred bytes).
QByteArray samplePlaintext(int i)
{
    return QStringLiteral("{\"kind\":\"checkin\",\"i\":%1,\"demand\":7,\"emotional\":6,\"energy\":4,"
                          "\"note\":\"%2\"}")
        .arg(i)
        .arg(QString(180, QLatin1Char('x')))
        .toUtf8();
}
} // namespace

QString relayDatabaseUrl(const BenchConfig &c)
{
    return c.engine == QLatin1String("postgres") ? c.postgresUrl : QString();
}

QJsonObject relayPhaseSkipped(const BenchConfig &c)
{
    if (c.relayPath.isEmpty() || !QFile::exists(c.relayPath))
        return {{QStringLiteral("skipped"), QStringLiteral("saib-relay not found (--relay PATH)")}};
    if (c.engine == QLatin1String("postgres") && c.postgresUrl.isEmpty())
        return {{QStringLiteral("skipped"), QStringLiteral("no PostgreSQL (--postgres URL)")}};
    return {};
}

QString RelayUnderTest::start(const BenchConfig &c, const QString &name, const QString &databaseUrl)
{
    const QString log = QDir(c.workDir).filePath(name + QStringLiteral(".log"));
    const QString dbFile = QDir(c.workDir).filePath(name + QStringLiteral(".db"));
    QFile::remove(log);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(dbFile + QLatin1String(suffix));
    if (!process.start({c.relayPath, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                        QStringLiteral("--db"), databaseUrl.isEmpty() ? QStringLiteral("sqlite:") + dbFile : databaseUrl,
                        QStringLiteral("--rate"), QStringLiteral("1000000"),
                        QStringLiteral("--rate-ip"), QStringLiteral("1000000"),
                        QStringLiteral("--register-rate"), QStringLiteral("1000000")},
                       {}, log))
        return process.result().error;
    // Port 0: the relay picks a free port and prints it.
    const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    for (QDeadlineTimer deadline(20000); !deadline.hasExpired() && port == 0; QThread::msleep(20)) {
        QFile f(log);
        if (f.open(QIODevice::ReadOnly)) {
            const auto m = listening.match(QString::fromUtf8(f.readAll()));
            if (m.hasMatch())
                port = quint16(m.captured(1).toUInt());
        }
    }
    return port == 0 ? QStringLiteral("relay did not start (see %1)").arg(log) : QString();
}

double RelayUnderTest::cpuMs() const
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(process.pid()));
    if (process.pid() <= 0 || !f.open(QIODevice::ReadOnly))
        return 0;
    // Fields after the command name (which may hold spaces): utime and stime are the
    // 12th and 13th of them, in clock ticks.
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = fields[11].toDouble() + fields[12].toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

RelayUnderTest::~RelayUnderTest()
{
    if (process.pid() > 0) {
        process.terminate();
        process.wait();
    }
}

bool runUntil(const std::function<bool()> &finished, int timeoutMs)
{
    // processEvents(flags, maxtime) ignores WaitForMoreEvents and spins: on two cores that
    // spinning took CPU from the relay being measured. Block instead; the timer wakes the
    // loop so the deadline is still checked.
    QDeadlineTimer deadline(timeoutMs);
    QTimer wake;
    wake.start(50);
    while (!finished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return finished();
}

QJsonObject runRelayPhase(const BenchConfig &c)
{
    auto fail = [](const QString &why) { return QJsonObject{{QStringLiteral("error"), why}}; };
    if (QJsonObject skipped = relayPhaseSkipped(c); !skipped.isEmpty())
        return skipped;
    RelayUnderTest relay;
    if (QString why = relay.start(c, QStringLiteral("relay-") + c.engine, relayDatabaseUrl(c)); !why.isEmpty())
        return fail(why);
    const quint16 port = relay.port;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));

    const SecureBuffer vaultKey = newVaultKey();
    std::vector<Device> devices(std::size_t(std::max(1, c.relayClients)));
    int registered = 0;
    Error firstError;
    for (Device &d : devices) {
        d.client = std::make_unique<RelayClient>(url);
        auto identity = DeviceIdentity::generate();
        if (!identity.ok())
            return fail(identity.error().detail);
        d.client->setIdentity(identity.take());
        d.clock = std::make_unique<HybridLogicalClock>(d.client->identity().deviceId());
        d.client->registerAccount([&](Error e) {
            if (!e.ok() && firstError.ok())
                firstError = e;
            ++registered;
        });
    }
    if (!runUntil([&] { return registered == int(devices.size()); }, 60000) || !firstError.ok())
        return fail(QStringLiteral("register: %1").arg(firstError.detail));

    auto seal = [&](Device &d, int n) -> bool {
        d.pending.clear();
        d.done = 0;
        for (int i = 0; i < n; ++i) {
            auto env = sealEnvelope(vaultKey, randomId(), QStringLiteral("checkin"), d.clock->tick(), samplePlaintext(i));
            if (!env.ok())
                return false;
            d.pending << env.take();
        }
        return true;
    };

    // Warm-up: one push each signs the device in, so login is not timed.
    int warmed = 0;
    for (Device &d : devices) {
        if (!seal(d, 1))
            return fail(QStringLiteral("seal"));
        d.client->push(d.pending, [&](Result<PushResponse> r) {
            if (!r.ok() && firstError.ok())
                firstError = r.error();
            ++warmed;
        });
    }
    if (!runUntil([&] { return warmed == int(devices.size()); }, 60000) || !firstError.ok())
        return fail(QStringLiteral("warm-up push: %1").arg(firstError.detail));

    // Each device pushes its envelopes one request after another, `perPush` at a time;
    // the devices run side by side.
    auto round = [&](int perDevice, int perPush, double *elapsedMs, double *relayCpuMs) -> Error {
        for (Device &d : devices)
            if (!seal(d, perDevice))
                return Error(ErrorCode::CryptoUnavailable);
        int finished = 0;
        Error err;
        std::function<void(Device &)> next = [&](Device &d) {
            if (d.done >= d.pending.size() || !err.ok()) {
                ++finished;
                return;
            }
            const QList<Envelope> batch = d.pending.mid(d.done, perPush);
            Device *device = &d;
            d.client->push(batch, [&err, &next, device, n = batch.size()](Result<PushResponse> r) {
                if (!r.ok() && err.ok())
                    err = r.error();
                device->done += int(n);
                next(*device);
            });
        };
        const double t0 = nowMs(), cpu0 = relay.cpuMs();
        for (Device &d : devices)
            next(d);
        if (!runUntil([&] { return finished == int(devices.size()); }, 600000) && err.ok())
            err = Error(ErrorCode::RelayUnreachable, QStringLiteral("timed out"));
        *elapsedMs = nowMs() - t0;
        *relayCpuMs = relay.cpuMs() - cpu0;
        return err;
    };

    const int clients = int(devices.size());
    double singleMs = 0, batchMs = 0, singleCpuMs = 0, batchCpuMs = 0;
    if (Error e = round(c.pushesPerClient(), 1, &singleMs, &singleCpuMs); !e.ok())
        return fail(QStringLiteral("push: %1").arg(e.detail));
    const int batchSize = 100;
    if (Error e = round(c.batchedEnvelopesPerClient(), batchSize, &batchMs, &batchCpuMs); !e.ok())
        return fail(QStringLiteral("batched push: %1").arg(e.detail));

    const int pushes = clients * c.pushesPerClient();
    const int envelopes = clients * c.batchedEnvelopesPerClient();
    relay.process.terminate();
    const ProcessResult relayRun = relay.process.wait();
    return {{QStringLiteral("engine"), c.engine},
            {QStringLiteral("clients"), clients},
            {QStringLiteral("pushes"), pushes},
            {QStringLiteral("relay_cpu_ms_per_push"), round3(singleCpuMs / std::max(1, pushes))},
            {QStringLiteral("relay_cpu_ms_per_batch"), round3(batchCpuMs * batchSize / std::max(1, envelopes))},
            {QStringLiteral("pushes_per_s"), round3(pushes / (singleMs / 1000.0))},
            {QStringLiteral("push_ms_mean"), round3(singleMs * clients / std::max(1, pushes))},
            {QStringLiteral("batched_envelopes"), envelopes},
            {QStringLiteral("batch_size"), batchSize},
            {QStringLiteral("envelopes_per_s"), round3(envelopes / (batchMs / 1000.0))},
            {QStringLiteral("relay_peak_rss_kb"), relayRun.peakRssKb}};
}

} // namespace saib::bench

// Crash safety of sync (DESIGN.md §7): `saib-cli sync now` is killed with SIGKILL at
// random moments mid-pull and mid-push, and the relay is killed mid-request. After
// restarts both devices must converge to identical stores with nothing lost or
// duplicated. Rounds: SAIB_SYNC_CRASH_ROUNDS (default 12); seed: SAIB_CRASH_SEED.
#include "SyncFixtures.h"
#include <core/Clock.h>

#include <RelayHarness.h>
#include <core/vault/Vault.h>

#include <QProcess>
#include <QTcpServer>
#include <QThread>
#include <random>

using namespace saib;
using namespace saib::sync;
using namespace saib::test;

namespace {
const QString kPass = QStringLiteral("llwybr hir ar y mynydd");

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

QProcess *startCliSync(const QString &dataDir)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAIB_PASSPHRASE"), kPass);
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(QStringLiteral(SAIB_CLI_PATH), {QStringLiteral("--data-dir"), dataDir, QStringLiteral("sync"), QStringLiteral("now")});
    REQUIRE(p->waitForStarted(10000));
    return p;
}

// Runs a full sync to the end; returns its output (REQUIREs success).
QByteArray syncToEnd(const QString &dataDir)
{
    std::unique_ptr<QProcess> p(startCliSync(dataDir));
    REQUIRE(p->waitForFinished(120000));
    const QByteArray out = p->readAll();
    INFO(out.toStdString());
    REQUIRE(p->exitCode() == 0);
    return out;
}

void addEntries(Vault &vault, int count, int &total, const QString &label)
{
    REQUIRE(vault.unlock(kPass).ok());
    for (int i = 0; i < count; ++i) {
        const QString body = QStringLiteral("%1 entry %2. ").arg(label).arg(total) + QString(1500, QLatin1Char('w'));
        REQUIRE(vault.journal().save(newEntry(QStringLiteral("%1 %2").arg(label).arg(total), body)).ok());
        ++total;
    }
    vault.lock();
}

QString integrity(Database &db)
{
    Statement st(db, "PRAGMA integrity_check");
    REQUIRE(st.next());
    return st.text(0);
}
} // namespace

TEST_CASE("sync converges after SIGKILL of the client mid-sync and of the relay mid-request", "[sync][crash]")
{
    const int rounds = qEnvironmentVariableIsSet("SAIB_SYNC_CRASH_ROUNDS") ? qEnvironmentVariableIntValue("SAIB_SYNC_CRASH_ROUNDS") : 12;
    const unsigned seed = qEnvironmentVariableIsSet("SAIB_CRASH_SEED") ? unsigned(qEnvironmentVariableIntValue("SAIB_CRASH_SEED"))
                                                                        : std::random_device{}();
    WARN("sync crash test: " << rounds << " rounds, seed " << seed << " (set SAIB_CRASH_SEED to repeat)");
    std::mt19937 rng(seed);

    const Backend backend = sqliteBackend();
    const quint16 port = freePort();
    const QStringList relayArgs = kFastRate + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)};
    auto relay = std::make_unique<RelayProcess>(backend, relayArgs);
    REQUIRE(relay->port() == port);

    QTemporaryDir dirs;
    const QString dirA = dirs.filePath(QStringLiteral("laptop")), dirB = dirs.filePath(QStringLiteral("phone"));
    Vault laptop(dirA, KdfParams::minimum()), phone(dirB, KdfParams::minimum());
    REQUIRE(laptop.create(kPass).ok());
    REQUIRE(phone.create(kPass).ok());

    // Pair in-process, then leave syncing to saib-cli.
    {
        SyncEngine a(*laptop.database(), conflictTitle), b(*phone.database(), conflictTitle);
        REQUIRE(a.load().ok());
        REQUIRE(b.load().ok());
        REQUIRE(run([&](auto cb) { a.enable(relay->url(), cb); }).ok());
        pairAndConfirm(a, b, relay->url());
    }
    REQUIRE(laptop.database() != nullptr);
    const QDate today = saib::Clock::today();
    for (int d = 1; d <= 150; ++d)
        REQUIRE(laptop.checkins().save(checkinOn(today.addDays(-d), d % 11, QStringLiteral("note %1").arg(d)), today).ok());
    laptop.lock();
    phone.lock();
    int entries = 0;
    addEntries(laptop, 600, entries, QStringLiteral("laptop"));

    std::uniform_int_distribution<int> delayMs(10, 700);
    int relayCrashes = 0, clientKills = 0, killedMidSync = 0;
    for (int round = 0; round < rounds; ++round) {
        const bool onLaptop = round % 2 == 0;
        if (round % 3 == 2)
            addEntries(onLaptop ? laptop : phone, 30, entries, onLaptop ? QStringLiteral("laptop") : QStringLiteral("phone"));
        std::unique_ptr<QProcess> client(startCliSync(onLaptop ? dirA : dirB));
        QThread::msleep(std::uint32_t(delayMs(rng)));
        if (round % 4 == 3) {
            relay->crash(); // mid-request, or between requests
            ++relayCrashes;
            REQUIRE(client->waitForFinished(60000));
            relay = std::make_unique<RelayProcess>(backend, relayArgs);
        } else {
            if (client->state() == QProcess::Running)
                ++killedMidSync;
            client->kill();
            client->waitForFinished(10000);
            ++clientKills;
        }
    }
    WARN(clientKills << " client kills (" << killedMidSync << " while it was still running), " << relayCrashes << " relay crashes");
    CHECK(killedMidSync > 0);

    syncToEnd(dirA);
    syncToEnd(dirB);
    syncToEnd(dirA);
    const QByteArray last = syncToEnd(dirB);
    CHECK(last.contains("pending 0"));

    REQUIRE(laptop.unlock(kPass).ok());
    REQUIRE(phone.unlock(kPass).ok());
    CHECK(integrity(*laptop.database()) == QStringLiteral("ok"));
    CHECK(integrity(*phone.database()) == QStringLiteral("ok"));
    const auto a = snapshot(*laptop.database());
    CHECK(a == snapshot(*phone.database()));
    auto count = phone.journal().count();
    REQUIRE(count.ok());
    CHECK(count.value() == entries); // nothing lost, nothing doubled
    auto checkins = phone.checkins().count();
    REQUIRE(checkins.ok());
    CHECK(checkins.value() == 150);
    // The search index matches the records on the device that only ever received them.
    Statement docs(*phone.database(), "SELECT count(*) FROM search_docs");
    REQUIRE(docs.next());
    CHECK(docs.integer(0) == entries + 150);
}

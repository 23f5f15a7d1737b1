// Issue 20: an envelope that fails to open is never silent. `saib-cli sync now` reports it
// on stderr with the reason and exits non-zero, and the store remembers it (for the app's
// Sync status) until the user has seen it.
#include <ToolProcess.h>
#include "SyncFixtures.h"

#include <RelayHarness.h>
#include <core/ErrorMessages.h>
#include <core/protocol/DeviceIdentity.h>
#include <core/protocol/RelayClient.h>
#include <core/sync/SyncLedger.h>
#include <core/sync/SyncPayload.h>
#include <core/sync/SyncRecords.h>
#include <core/sync/SyncStateKeys.h>
#include <core/vault/Vault.h>

#include <QProcess>

using namespace saib;
using namespace saib::sync;
using namespace saib::test;

namespace {
const QString kPass = QStringLiteral("llwybr hir ar y mynydd");

using Cli = saib::test::ToolRun;

Cli cli(const QString &dataDir, const QStringList &args)
{
    const Cli r = saib::test::runTool(QStringLiteral(SAIB_CLI_PATH), QStringList{QStringLiteral("--data-dir"), dataDir} + args,
                                      {{QStringLiteral("SAIB_PASSPHRASE"), kPass}, {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}},
                                      {}, 60000);
    REQUIRE(r.exitCode != -1); // it ran to the end
    return r;
}
} // namespace

TEST_CASE("a rejected envelope makes sync now fail loudly and stays in the status until seen", "[sync][rejected]")
{
    RelayProcess relay(sqliteBackend(), kFastRate);
    QTemporaryDir dirs;
    const QString dir = dirs.filePath(QStringLiteral("laptop"));
    Vault laptop(dir, KdfParams::minimum());
    REQUIRE(laptop.create(kPass).ok());
    {
        SyncEngine engine(*laptop.database(), conflictTitle);
        REQUIRE(engine.load().ok());
        REQUIRE(run([&](auto cb) { engine.enable(relay.url(), cb); }).ok());
    }

    // Playing a relay (or anyone with the device key) that hands over an envelope sealed
    // under another key: it is pushed as this device, so the next pull returns it.
    {
        SyncLedger ledger(*laptop.database());
        auto seed = ledger.secret(stateKeys::deviceSeed);
        auto device = ledger.text(stateKeys::deviceId);
        auto account = ledger.text(stateKeys::accountId);
        REQUIRE(seed.ok());
        REQUIRE(seed.value());
        auto identity = protocol::DeviceIdentity::fromSeed(device.value(), *seed.value());
        REQUIRE(identity.ok());
        protocol::RelayClient client(relay.url());
        client.setIdentity(identity.take());
        client.setAccountId(account.value());
        const SecureBuffer foreignKey = SecureBuffer::random(32);
        auto forged = protocol::sealEnvelope(foreignKey, recordIdFor(recordIdKey(foreignKey), kinds::checkin,
                                                                     QStringLiteral("2026-11-23")),
                                             kEnvelopeKind, protocol::HlcTimestamp{1000, 0, device.value()},
                                             QByteArray("{}"));
        REQUIRE(forged.ok());
        auto pushed = wait<Result<protocol::PushResponse>>([&](auto cb) { client.push({forged.value()}, cb); });
        INFO(pushed.error().detail.toStdString());
        REQUIRE(pushed.ok());
        REQUIRE(pushed.value().accepted == 1);
    }
    laptop.lock();

    const Cli now = cli(dir, {QStringLiteral("sync"), QStringLiteral("now")});
    INFO(now.out.toStdString() << now.err.toStdString());
    CHECK(now.exitCode == 1);
    CHECK(now.out.contains(QStringLiteral("rejected 1")));
    CHECK(now.err.contains(QStringLiteral("1 item(s) from the relay were rejected")));
    CHECK(now.err.contains(errorMessage(ErrorCode::SyncTampered)));
    // saib-cli showed it: a later sync is clean and the status has nothing unseen.
    const Cli again = cli(dir, {QStringLiteral("sync"), QStringLiteral("now")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("rejected 0")));
    CHECK_FALSE(cli(dir, {QStringLiteral("sync"), QStringLiteral("status")}).out.contains(QStringLiteral("rejected")));
}

TEST_CASE("rejections are kept in the store until acknowledged", "[sync][rejected]")
{
    RelayProcess relay(sqliteBackend(), kFastRate);
    SyncDevice laptop;
    REQUIRE(run([&](auto cb) { laptop.engine->enable(relay.url(), cb); }).ok());
    CHECK(laptop.engine->status().rejectedUnseen == 0);

    SyncLedger ledger(*laptop.store.db);
    auto seed = ledger.secret(stateKeys::deviceSeed);
    REQUIRE(seed.ok());
    REQUIRE(seed.value());
    auto identity = protocol::DeviceIdentity::fromSeed(ledger.text(stateKeys::deviceId).value(), *seed.value());
    REQUIRE(identity.ok());
    protocol::RelayClient client(relay.url());
    client.setIdentity(identity.take());
    client.setAccountId(ledger.text(stateKeys::accountId).value());
    const SecureBuffer foreignKey = SecureBuffer::random(32);
    QList<protocol::Envelope> forged;
    for (const char *day : {"2026-11-20", "2026-11-21"}) {
        auto e = protocol::sealEnvelope(foreignKey, recordIdFor(recordIdKey(foreignKey), kinds::checkin, QString::fromLatin1(day)),
                                        kEnvelopeKind, protocol::HlcTimestamp{1000, 0, QStringLiteral("x")}, QByteArray("{}"));
        REQUIRE(e.ok());
        forged << e.value();
    }
    REQUIRE(wait<Result<protocol::PushResponse>>([&](auto cb) { client.push(forged, cb); }).ok());

    REQUIRE(run([&](auto cb) { laptop.engine->syncNow(cb); }).ok());
    CHECK(laptop.engine->status().rejectedUnseen == 2);
    CHECK(laptop.engine->status().rejectedReason == ErrorCode::SyncTampered);
    // A later clean sync does not hide it.
    REQUIRE(run([&](auto cb) { laptop.engine->syncNow(cb); }).ok());
    CHECK(laptop.engine->status().lastReport.rejected == 0);
    CHECK(laptop.engine->status().rejectedUnseen == 2);
    // A fresh engine (the app after a restart) still shows it.
    SyncEngine restarted(*laptop.store.db, conflictTitle);
    REQUIRE(restarted.load().ok());
    CHECK(restarted.status().rejectedUnseen == 2);
    REQUIRE(restarted.acknowledgeRejected().ok());
    CHECK(restarted.status().rejectedUnseen == 0);
    CHECK(restarted.status().rejectedReason == ErrorCode::None);
}

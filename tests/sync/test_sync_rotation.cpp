// Issue 14 (d): removing a device rotates the vault key. Played against the real saib-relay
// on loopback (SQLite, and PostgreSQL when available): a lost phone whose keys were kept
// opens nothing written after its removal, and what it injects (even through a relay that
// lets it in) is refused by the devices left; those converge on the new epoch, one that was
// offline during the rotation catches up, and a device paired afterwards joins the new epoch.
#include "SyncFixtures.h"

#include <RelayHarness.h>
#include <core/Clock.h>
#include <core/protocol/DeviceIdentity.h>
#include <core/protocol/RelayClient.h>
#include <core/sync/SyncLedger.h>
#include <core/sync/SyncPayload.h>
#include <core/sync/SyncRecords.h>
#include <core/sync/SyncStateKeys.h>

#include <QDirIterator>
#include <QFile>

using namespace saib;
using namespace saib::sync;
using namespace saib::test;

namespace {
const QDate kToday = saib::Clock::today();
const QString kBefore = QStringLiteral("Cyfarfod anodd gyda'r llywodraethwyr");
const QString kAfter = QStringLiteral("Written after the phone was lost: budget cuts");

void syncOk(SyncDevice &d)
{
    const Error e = run([&](auto cb) { d.engine->syncNow(cb); });
    INFO(e.detail.toStdString());
    REQUIRE(e.ok());
}

void pairInto(SyncDevice &existing, SyncDevice &joining, const QUrl &relay)
{
    pairAndConfirm(*existing.engine, *joining.engine, relay);
    REQUIRE(joining.engine->isEnabled());
}

// What a thief finds on the lost phone: its identity and the vault key it held.
struct KeptKeys {
    protocol::DeviceIdentity identity;
    QString accountId;
    SecureBuffer vaultKey;
};

KeptKeys keysOf(SyncDevice &d)
{
    SyncLedger ledger(*d.store.db);
    auto seed = ledger.secret(stateKeys::deviceSeed);
    auto key = ledger.secret(stateKeys::syncKey);
    REQUIRE(seed.ok());
    REQUIRE(seed.value());
    REQUIRE(key.ok());
    REQUIRE(key.value());
    auto identity = protocol::DeviceIdentity::fromSeed(ledger.text(stateKeys::deviceId).value(), *seed.value());
    REQUIRE(identity.ok());
    return {identity.take(), ledger.text(stateKeys::accountId).value(), std::move(*key.value())};
}

std::unique_ptr<protocol::RelayClient> clientAs(const QUrl &relay, KeptKeys &keys)
{
    auto c = std::make_unique<protocol::RelayClient>(relay);
    auto copy = protocol::DeviceIdentity::fromSeed(keys.identity.deviceId(), keys.identity.seed());
    REQUIRE(copy.ok());
    c->setIdentity(copy.take());
    c->setAccountId(keys.accountId);
    return c;
}

int journalCount(SyncDevice &d)
{
    auto n = d.store.journal().count();
    REQUIRE(n.ok());
    return n.value();
}

void checkNotInFiles(const QString &dir, const QString &needle)
{
    if (dir.isEmpty())
        return;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            CHECK_FALSE(f.readAll().contains(needle.toUtf8()));
    }
}

void removalRotatesTheKey(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    SyncDevice laptop, lostPhone, tablet;
    REQUIRE(laptop.store.journal().save(newEntry(QStringLiteral("Before"), kBefore)).ok());
    REQUIRE(laptop.store.checkins().save(checkinOn(kToday.addDays(-1), 4), kToday).ok());
    REQUIRE(run([&](auto cb) { laptop.engine->enable(relay.url(), cb); }).ok());
    pairInto(laptop, lostPhone, relay.url());
    pairInto(laptop, tablet, relay.url());
    for (SyncDevice *d : {&laptop, &lostPhone, &tablet})
        syncOk(*d);
    CHECK(journalCount(lostPhone) == 1);
    CHECK(laptop.engine->status().epoch == 0);
    KeptKeys thief = keysOf(lostPhone);
    KeptKeys laptopKeys = keysOf(laptop);

    // The tablet is offline from here. The laptop removes the phone: a new epoch, and
    // every record re-sealed under it, with progress in the status on the way.
    int resealSeen = 0;
    QObject::connect(laptop.engine.get(), &SyncEngine::statusChanged, [&] {
        const SyncStatus s = laptop.engine->status();
        if (s.resealing && s.resealTotal == 2)
            ++resealSeen;
    });
    const QString phoneId = lostPhone.engine->status().deviceId;
    const Error removed = run([&](auto cb) { laptop.engine->removeDevice(phoneId, cb); });
    INFO(removed.detail.toStdString());
    REQUIRE(removed.ok());
    CHECK(resealSeen > 0);
    CHECK(laptop.engine->status().epoch == 1);
    CHECK(laptop.engine->status().pending == 0);
    CHECK_FALSE(laptop.engine->status().resealing);
    REQUIRE(laptop.store.journal().save(newEntry(QStringLiteral("After"), kAfter)).ok());
    syncOk(laptop);

    // The relay refuses the phone's credentials, by the app and directly.
    CHECK(run([&](auto cb) { lostPhone.engine->syncNow(cb); }).code == ErrorCode::DeviceRevoked);
    auto direct = clientAs(relay.url(), thief);
    auto refusedPull = wait<Result<protocol::PullResponse>>([&](auto cb) { direct->pull(0, 100, cb); });
    CHECK(refusedPull.error().code == ErrorCode::DeviceRevoked);
    auto refusedGrants = wait<Result<protocol::EpochsResponse>>([&](auto cb) { direct->epochs(cb); });
    CHECK(refusedGrants.error().code == ErrorCode::DeviceRevoked);

    // A relay that lets it in anyway (played here by pushing and pulling with the
    // laptop's credentials, as a relay can serve whatever it likes): the old key opens
    // nothing written since the removal.
    auto insider = clientAs(relay.url(), laptopKeys);
    auto everything = wait<Result<protocol::PullResponse>>([&](auto cb) { insider->pullAll(0, cb); });
    REQUIRE(everything.ok());
    int newEpoch = 0;
    for (const protocol::Envelope &e : everything.value().envelopes) {
        if (e.epoch < 1)
            continue;
        ++newEpoch;
        CHECK_FALSE(protocol::openEnvelope(thief.vaultKey, e).ok());
        protocol::Envelope asOld = e;
        asOld.epoch = 0; // nor does relabelling it as an old-epoch envelope
        CHECK_FALSE(protocol::openEnvelope(thief.vaultKey, asOld).ok());
    }
    CHECK(newEpoch == 3); // the two records re-sealed, and the entry written after

    // What it injects under the old key: well-formed check-ins, one changing a day the
    // others hold and one adding a day, as itself and as the laptop.
    const QDate day = kToday.addDays(-1);
    const QDate newDay = kToday.addDays(-5);
    QList<protocol::Envelope> injected;
    for (const auto &[when, author] : {std::pair{day, phoneId}, std::pair{newDay, laptopKeys.identity.deviceId()}}) {
        LocalStore scratch;
        const QString key = when.toString(Qt::ISODate);
        REQUIRE(scratch.checkins().save(checkinOn(when, 10, QStringLiteral("injected")), kToday).ok());
        auto row = readRecord(*scratch.db, kinds::checkin, key);
        REQUIRE(row.ok());
        auto e = protocol::sealEnvelope(thief.vaultKey, recordIdFor(recordIdKey(thief.vaultKey), kinds::checkin, key),
                                        kEnvelopeKind, protocol::HlcTimestamp{Clock::nowUtc().toMSecsSinceEpoch() + 60000, 0, author},
                                        encodePayload({kinds::checkin, key, row.value()}), 0);
        REQUIRE(e.ok());
        injected << e.take();
    }
    auto pushed = wait<Result<protocol::PushResponse>>([&](auto cb) { insider->push(injected, cb); });
    REQUIRE(pushed.ok());
    CHECK(pushed.value().accepted == 2);

    // The laptop refuses both.
    syncOk(laptop);
    CHECK(laptop.engine->status().lastReport.rejected == 2);
    auto kept = laptop.store.checkins().forDay(day);
    REQUIRE(kept.ok());
    REQUIRE(kept.value());
    CHECK(kept.value()->demand == 4);
    auto added = laptop.store.checkins().forDay(newDay);
    REQUIRE(added.ok());
    CHECK_FALSE(added.value());

    // The tablet, offline during the rotation, catches up: it picks up its grant, reads
    // what was written since, and refuses the injected envelopes too.
    syncOk(tablet);
    CHECK(tablet.engine->status().epoch == 1);
    CHECK(tablet.engine->status().lastReport.rejected == 2);
    CHECK(journalCount(tablet) == 2);
    auto onTablet = tablet.store.checkins().forDay(day);
    REQUIRE(onTablet.ok());
    REQUIRE(onTablet.value());
    CHECK(onTablet.value()->demand == 4);
    auto addedOnTablet = tablet.store.checkins().forDay(newDay);
    REQUIRE(addedOnTablet.ok());
    CHECK_FALSE(addedOnTablet.value());
    syncOk(laptop);
    CHECK(snapshot(*laptop.store.db) == snapshot(*tablet.store.db));

    // Every remaining device has moved: the relay has dropped the old epoch, and the head
    // it reports did not go backwards (the next syncs are clean).
    auto after = wait<Result<protocol::PullResponse>>([&](auto cb) { insider->pullAll(0, cb); });
    REQUIRE(after.ok());
    for (const protocol::Envelope &e : after.value().envelopes)
        CHECK(e.epoch == 1);
    CHECK(after.value().envelopes.size() == 3);
    syncOk(laptop);
    syncOk(tablet);

    // A device paired after the rotation is given the new epoch and converges.
    SyncDevice desktop;
    pairInto(tablet, desktop, relay.url());
    syncOk(desktop);
    CHECK(desktop.engine->status().epoch == 1);
    CHECK(desktop.engine->status().lastReport.rejected == 0);
    CHECK(snapshot(*desktop.store.db) == snapshot(*laptop.store.db));
    REQUIRE(desktop.store.journal().save(newEntry(QStringLiteral("From the desktop"), QStringLiteral("Body"))).ok());
    syncOk(desktop);
    syncOk(laptop);
    CHECK(journalCount(laptop) == 3);
    CHECK(laptop.engine->status().lastReport.rejected == 0);

    // Still nothing readable at the relay.
    relay.stop();
    CHECK_FALSE(relay.log().contains(kAfter.toUtf8()));
    checkNotInFiles(backend.dataDir, kAfter);
    checkNotInFiles(backend.dataDir, kBefore);
}

} // namespace

RELAY_TEST("rotation (d): a removed device opens nothing new and its injected envelopes are refused", removalRotatesTheKey)

// End to end: SyncEngines on real encrypted stores, through the real saib-relay on
// 127.0.0.1 (SQLite, and PostgreSQL when available).
#include "SyncFixtures.h"
#include <core/Clock.h>

#include <RelayHarness.h>
#include <core/ErrorMessages.h>
#include <core/sync/SyncLedger.h>

#include <QDirIterator>
#include <algorithm>
#include <QFile>
#include <QThread>

using namespace saib;
using namespace saib::sync;
using namespace saib::test;

namespace {
const QDate kToday = saib::Clock::today();
const QDate kDay1 = kToday.addDays(-2);
const QDate kDay2 = kToday.addDays(-1);
const QString kSecretNote = QStringLiteral("Difficult conversation with the chair of governors");
const QString kSecretEntry = QStringLiteral("Teimlo'n flinedig ar ôl yr arolwg");

void pairDevices(const RelayProcess &relay, SyncDevice &first, SyncDevice &second)
{
    const Error enabled = run([&](auto cb) { first.engine->enable(relay.url(), cb); });
    INFO(enabled.detail.toStdString());
    REQUIRE(enabled.ok());
    PairingRun r = runPairing(*first.engine, *second.engine, relay.url());
    INFO(r.joined.detail.toStdString());
    REQUIRE(r.joined.ok());
    REQUIRE(r.approved.has_value());
    INFO(r.approved->error().detail.toStdString());
    REQUIRE(r.approved->ok());
    // The key has arrived, but nothing is saved or queued until the user confirms.
    REQUIRE(second.engine->joinOffer().has_value());
    CHECK(second.engine->status().joining);
    CHECK_FALSE(second.engine->isEnabled());
    CHECK(second.engine->joinOffer()->sas == r.approved->value());
    CHECK(second.engine->joinOffer()->accountId == first.engine->status().accountId);
    CHECK(second.engine->joinOffer()->deviceIds == QStringList{first.engine->status().deviceId});
    REQUIRE(second.engine->confirmJoin(r.approved->value()).ok());
    CHECK(second.engine->isEnabled());
    CHECK_FALSE(second.engine->status().joining);
}

void syncOk(SyncDevice &d)
{
    const Error e = run([&](auto cb) { d.engine->syncNow(cb); });
    INFO(e.detail.toStdString());
    REQUIRE(e.ok());
}

int demandOn(LocalStore &s, const QDate &day)
{
    auto c = s.checkins().forDay(day);
    REQUIRE(c.ok());
    return c.value() ? c.value()->demand.value_or(-1) : -1;
}

// No file under `dir` contains `needle` (in UTF-8).
void checkNotInFiles(const QString &dir, const QString &needle)
{
    if (dir.isEmpty())
        return;
    const QByteArray bytes = needle.toUtf8();
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++files;
        INFO(f.fileName().toStdString());
        CHECK_FALSE(f.readAll().contains(bytes));
    }
    CHECK(files > 0);
}

void offlineEditsConverge(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    SyncDevice laptop, phone;
    // The laptop has a history before sync is turned on.
    REQUIRE(laptop.store.checkins().save(checkinOn(kDay1, 6, kSecretNote), kToday).ok());
    auto entry = laptop.store.journal().save(newEntry(QStringLiteral("After the inspection"), kSecretEntry));
    REQUIRE(entry.ok());
    REQUIRE(laptop.store.settings().setValue(QStringLiteral("region"), QStringLiteral("wales")).ok());
    // The phone already had a rating of its own.
    REQUIRE(phone.store.ratings().save(ratingFor(weekStart(kToday), 3)).ok());

    pairDevices(relay, laptop, phone);
    syncOk(laptop);
    syncOk(phone);
    syncOk(laptop);
    CHECK(snapshot(*laptop.store.db) == snapshot(*phone.store.db));
    CHECK(snapshot(*phone.store.db).size() == 4);
    CHECK(laptop.engine->status().pending == 0);
    CHECK(laptop.engine->status().lastSyncedMs > 0);

    // Offline on both.
    REQUIRE(laptop.store.checkins().save(checkinOn(kDay2, 3), kToday).ok());
    JournalEntry onLaptop = entry.value();
    onLaptop.body = kSecretEntry + QStringLiteral(" — written on the laptop");
    REQUIRE(laptop.store.journal().save(onLaptop).ok());
    QThread::msleep(20); // the phone's edits are the later ones
    REQUIRE(phone.store.checkins().save(checkinOn(kDay2, 9), kToday).ok());
    JournalEntry onPhone = entry.value();
    onPhone.body = kSecretEntry + QStringLiteral(" — written on the phone");
    REQUIRE(phone.store.journal().save(onPhone).ok());
    REQUIRE(phone.store.checkins().remove(kDay1).ok());
    CHECK(phone.engine->status().pending == 3);

    syncOk(laptop);
    syncOk(phone);
    syncOk(laptop);
    const auto laptopState = snapshot(*laptop.store.db);
    CHECK(laptopState == snapshot(*phone.store.db));
    CHECK(demandOn(laptop.store, kDay2) == 9);
    CHECK(demandOn(laptop.store, kDay1) == -1);
    auto entries = laptop.store.journal().list();
    REQUIRE(entries.ok());
    REQUIRE(entries.value().size() == 2); // both versions, on both devices
    QStringList bodies;
    for (const JournalEntry &e : entries.value())
        bodies << e.body;
    CHECK(bodies.contains(onLaptop.body));
    CHECK(bodies.contains(onPhone.body));
    CHECK(phone.engine->status().pending == 0);

    // The relay never held a readable word.
    relay.stop();
    CHECK_FALSE(relay.log().contains(kSecretNote.toUtf8()));
    CHECK_FALSE(relay.log().contains(kSecretEntry.toUtf8()));
    checkNotInFiles(backend.dataDir, kSecretNote);
    checkNotInFiles(backend.dataDir, kSecretEntry);
}

void replayedPushesDoNotDuplicate(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    SyncDevice laptop, phone;
    pairDevices(relay, laptop, phone);
    for (int i = 1; i <= 5; ++i)
        REQUIRE(laptop.store.journal().save(newEntry(QStringLiteral("Entry %1").arg(i), QStringLiteral("Body"))).ok());
    REQUIRE(laptop.store.checkins().save(checkinOn(kDay1, 5), kToday).ok());

    // As if the laptop crashed after the relay stored its push but before it noted that.
    REQUIRE(laptop.store.db->exec("CREATE TABLE saved_dirty AS SELECT * FROM sync_dirty;"
                                  "CREATE TABLE saved_records AS SELECT * FROM sync_records;").ok());
    syncOk(laptop);
    REQUIRE(laptop.store.db->exec("DELETE FROM sync_dirty; INSERT INTO sync_dirty SELECT * FROM saved_dirty;"
                                  "DELETE FROM sync_records; INSERT INTO sync_records SELECT * FROM saved_records;").ok());
    syncOk(laptop);
    syncOk(phone);
    auto count = phone.store.journal().count();
    REQUIRE(count.ok());
    CHECK(count.value() == 5);
    CHECK(snapshot(*phone.store.db) == snapshot(*laptop.store.db));
    CHECK(phone.engine->status().lastReport.rejected == 0);
}

void removedDeviceIsRefused(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    SyncDevice laptop, lostPhone;
    pairDevices(relay, laptop, lostPhone);
    syncOk(lostPhone);

    auto devices = wait<Result<QList<protocol::DeviceInfo>>>([&](auto cb) { laptop.engine->listDevices(cb); });
    REQUIRE(devices.ok());
    CHECK(devices.value().size() == 2);
    const QString phoneId = lostPhone.engine->status().deviceId;
    REQUIRE(run([&](auto cb) { laptop.engine->removeDevice(phoneId, cb); }).ok());

    REQUIRE(laptop.store.journal().save(newEntry(QStringLiteral("After"), kSecretEntry)).ok());
    syncOk(laptop);
    const Error refused = run([&](auto cb) { lostPhone.engine->syncNow(cb); });
    CHECK(refused.code == ErrorCode::DeviceRevoked);
    CHECK(lostPhone.engine->status().lastError.code == ErrorCode::DeviceRevoked);
    auto count = lostPhone.store.journal().count();
    REQUIRE(count.ok());
    CHECK(count.value() == 0);
}

} // namespace


// A first sync of many records reports how far it has got (Settings shows "Receiving your
// records: 40%"): values between 0 and 1 that never go back, and none once it is done.
TEST_CASE("a long first pull reports its progress and then none", "[sync]")
{
    RelayProcess relay(sqliteBackend(), kFastRate);
    SyncDevice laptop, phone;
    for (int i = 1; i <= 320; ++i) // more than one of the slices a page is applied in
        REQUIRE(laptop.store.journal().save(newEntry(QStringLiteral("Entry %1").arg(i), QStringLiteral("Body"))).ok());
    pairDevices(relay, laptop, phone);
    syncOk(laptop);

    QVector<double> seen;
    QObject::connect(phone.engine.get(), &SyncEngine::statusChanged, [&] {
        const double p = phone.engine->status().pullProgress;
        if (p >= 0)
            seen << p;
    });
    syncOk(phone);
    QStringList shown;
    for (double p : seen)
        shown << QString::number(p, 'f', 2);
    INFO(shown.join(u' ').toStdString());
    REQUIRE(seen.size() >= 2);
    CHECK(std::any_of(seen.begin(), seen.end(), [](double p) { return p > 0 && p < 1; }));
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.last() <= 1.0);
    CHECK(phone.engine->status().pullProgress == -1);
    auto count = phone.store.journal().count();
    REQUIRE(count.ok());
    CHECK(count.value() == 320);
}

RELAY_TEST("two devices edit offline, sync, and hold identical data", offlineEditsConverge)
RELAY_TEST("a replayed push duplicates nothing", replayedPushesDoNotDuplicate)
RELAY_TEST("a removed device can no longer pull", removedDeviceIsRefused)

// Enough journal entries for several push batches, each one padded to the 1 KiB bucket.
void writeEntries(SyncDevice &d, int count)
{
    const QString body(400, QLatin1Char('x'));
    REQUIRE(d.store.db->transaction([&]() -> Error {
        for (int i = 1; i <= count; ++i)
            if (auto e = d.store.journal().save(newEntry(QStringLiteral("Entry %1").arg(i), body)); !e.ok())
                return e.error();
        return {};
    }).ok());
}

TEST_CASE("a push of many batches goes out whole and is marked as it is answered", "[sync]")
{
    // Seven batches (six of 500, one of 300): four requests out at once, sealing on the
    // engine's worker, and the answered ones marked once 2,000 records wait and at the end.
    // The requests in flight may be answered in any order, so the first marking comes
    // after four or five answers: at most 2,500 records, leaving at least 800.
    RelayProcess relay(sqliteBackend(), kFastRate);
    SyncDevice laptop, phone;
    writeEntries(laptop, 3300);
    pairDevices(relay, laptop, phone);
    QVector<int> pending;
    QObject::connect(laptop.engine.get(), &SyncEngine::statusChanged,
                     [&] { pending << laptop.engine->status().pending; });
    syncOk(laptop);
    CHECK(laptop.engine->status().pending == 0);
    CHECK(std::any_of(pending.begin(), pending.end(), [](int p) { return p > 0 && p < 3300; })); // marked mid-run
    syncOk(phone);
    auto count = phone.store.journal().count();
    REQUIRE(count.ok());
    CHECK(count.value() == 3300);
    CHECK(snapshot(*phone.store.db) == snapshot(*laptop.store.db));
}

TEST_CASE("a push the relay refuses part of reports the error and keeps only the refused records to push", "[sync]")
{
    // Each envelope is 1,064 bytes (1 KiB bucket + AEAD overhead): the quota holds one
    // batch of 500, not two. The three batches are in flight together, so whichever the
    // relay stores first is marked; the others are refused whole and stay to push.
    RelayProcess relay(sqliteBackend(), kFastRate + QStringList{QStringLiteral("--quota"), QStringLiteral("800000")});
    SyncDevice laptop, phone;
    writeEntries(laptop, 1500);
    pairDevices(relay, laptop, phone);
    const Error e = run([&](auto cb) { laptop.engine->syncNow(cb); });
    CHECK(e.code == ErrorCode::RelayQuotaExceeded);
    CHECK(laptop.engine->status().pending == 1000);
    CHECK_FALSE(laptop.engine->status().busy);
}

TEST_CASE("sync settings survive a restart of the app", "[sync]")
{
    RelayProcess relay(sqliteBackend(), kFastRate);
    SyncDevice device;
    REQUIRE(run([&](auto cb) { device.engine->enable(relay.url(), cb); }).ok());
    REQUIRE(device.store.checkins().save(checkinOn(kDay1, 4), kToday).ok());
    syncOk(device);
    const QString id = device.engine->status().deviceId;

    SyncEngine reopened(*device.store.db, conflictTitle);
    REQUIRE(reopened.load().ok());
    CHECK(reopened.isEnabled());
    CHECK(reopened.status().deviceId == id);
    CHECK(reopened.status().relayUrl == relay.url());
    CHECK(reopened.status().lastSyncedMs == device.engine->status().lastSyncedMs);
    CHECK(run([&](auto cb) { reopened.syncNow(cb); }).ok());

    REQUIRE(reopened.disable().ok());
    SyncEngine off(*device.store.db, conflictTitle);
    REQUIRE(off.load().ok());
    CHECK_FALSE(off.isEnabled());
    CHECK(run([&](auto cb) { off.syncNow(cb); }).code == ErrorCode::SyncNotEnabled);
}

TEST_CASE("relay addresses are checked before use", "[sync]")
{
    CHECK(SyncEngine::parseRelayUrl(QStringLiteral("https://relay.example.org")).ok());
    CHECK(SyncEngine::parseRelayUrl(QStringLiteral("http://127.0.0.1:8787/")).value() == QUrl(QStringLiteral("http://127.0.0.1:8787")));
    CHECK(SyncEngine::parseRelayUrl(QStringLiteral("relay.example.org")).value().scheme() == QStringLiteral("https"));
    CHECK(SyncEngine::parseRelayUrl(QStringLiteral("ftp://relay.example.org")).error().code == ErrorCode::RelayAddressInvalid);
    CHECK(SyncEngine::parseRelayUrl(QStringLiteral("https://relay.example.org/some/path")).error().code == ErrorCode::RelayAddressInvalid);
    CHECK(SyncEngine::parseRelayUrl(QString()).error().code == ErrorCode::RelayAddressInvalid);
}

TEST_CASE("plain http is refused except to this machine", "[sync][transport]")
{
    for (const char *local : {"http://127.0.0.1:8787", "http://127.3.4.5", "http://[::1]:9000", "http://localhost:8080",
                              "http://LOCALHOST"})
        CHECK(SyncEngine::parseRelayUrl(QString::fromLatin1(local)).ok());
    for (const char *remote : {"http://relay.example.org", "http://192.168.1.10:8787", "http://[2001:db8::1]",
                               "http://localhost.example.org", "http://128.0.0.1", "http://0.0.0.0"}) {
        INFO(remote);
        CHECK(SyncEngine::parseRelayUrl(QString::fromLatin1(remote)).error().code == ErrorCode::InsecureTransport);
    }
    CHECK_FALSE(errorMessage(ErrorCode::InsecureTransport).isEmpty());

    // The client itself refuses too, without sending anything: a stored or hand-made
    // address cannot bypass the check in the settings page.
    auto identity = protocol::DeviceIdentity::generate();
    REQUIRE(identity.ok());
    protocol::RelayClient client(QUrl(QStringLiteral("http://relay.example.org")));
    client.setIdentity(identity.take());
    const Error e = run([&](auto cb) { client.registerAccount(cb); });
    CHECK(e.code == ErrorCode::InsecureTransport);
}

// Issue 21 (scale beyond one machine): saib-relay keeps no state outside its database, so
// several can serve one database behind a load balancer. Two real relay processes on one
// database (the same SQLite file, or one throwaway PostgreSQL), each device talking to only
// one of them: a pairing started on one relay is finished through the other, the devices
// converge, and a removal (a new key epoch) made through one relay is picked up through the
// other, which then refuses the removed device too.
#include "SyncFixtures.h"

#include <RelayHarness.h>
#include <core/Clock.h>

#include <QThread>

using namespace saib;
using namespace saib::sync;
using namespace saib::test;

namespace {
const QDate kToday = saib::Clock::today();

void syncOk(SyncDevice &d)
{
    const Error e = run([&](auto cb) { d.engine->syncNow(cb); });
    INFO(e.detail.toStdString());
    REQUIRE(e.ok());
}

void devicesOnTwoRelaysConverge(const Backend &backend)
{
    RelayProcess east(backend, kFastRate);
    RelayProcess west(backend, kFastRate);
    SyncDevice laptop, phone, tablet;
    REQUIRE(laptop.store.checkins().save(checkinOn(kToday.addDays(-3), 6, QStringLiteral("laptop")), kToday).ok());
    REQUIRE(phone.store.journal().save(newEntry(QStringLiteral("On the phone"), QStringLiteral("written first"))).ok());

    // The laptop's account is made through east; the phone shows its code from west and
    // the laptop approves through east: the pairing slot lives in the database.
    REQUIRE(run([&](auto cb) { laptop.engine->enable(east.url(), cb); }).ok());
    pairAndConfirm(*laptop.engine, *phone.engine, west.url());
    REQUIRE(phone.engine->isEnabled());
    CHECK(phone.engine->status().relayUrl == west.url());
    CHECK(phone.engine->status().accountId == laptop.engine->status().accountId);
    // The other way round too: the tablet joins through east, approved by the phone on west.
    pairAndConfirm(*phone.engine, *tablet.engine, east.url());
    REQUIRE(tablet.engine->isEnabled());

    for (SyncDevice *d : {&laptop, &phone, &tablet, &laptop, &phone})
        syncOk(*d);
    CHECK(snapshot(*laptop.store.db) == snapshot(*phone.store.db));
    CHECK(snapshot(*tablet.store.db) == snapshot(*phone.store.db));
    CHECK(snapshot(*laptop.store.db).size() == 2);

    // Edits on each device, each through its own relay.
    REQUIRE(laptop.store.checkins().save(checkinOn(kToday.addDays(-1), 4), kToday).ok());
    REQUIRE(tablet.store.journal().save(newEntry(QStringLiteral("Tablet"), QStringLiteral("from the tablet"))).ok());
    QThread::msleep(20);
    REQUIRE(phone.store.checkins().save(checkinOn(kToday.addDays(-1), 8), kToday).ok());
    for (SyncDevice *d : {&laptop, &tablet, &phone, &laptop, &tablet})
        syncOk(*d);
    const auto state = snapshot(*laptop.store.db);
    CHECK(state == snapshot(*phone.store.db));
    CHECK(state == snapshot(*tablet.store.db));
    CHECK(state.size() == 4);
    auto later = laptop.store.checkins().forDay(kToday.addDays(-1));
    REQUIRE(later.ok());
    REQUIRE(later.value().has_value());
    CHECK(later.value()->demand.value_or(-1) == 8); // the phone's edit was the later one

    // The phone (west) removes the tablet: a new key epoch, granted to the laptop, which
    // only ever talks to east.
    const QString tabletId = tablet.engine->status().deviceId;
    REQUIRE(run([&](auto cb) { phone.engine->removeDevice(tabletId, cb); }).ok());
    REQUIRE(phone.store.journal().save(newEntry(QStringLiteral("After"), QStringLiteral("after the removal"))).ok());
    syncOk(phone);
    syncOk(laptop);
    syncOk(phone);
    CHECK(laptop.engine->status().epoch == phone.engine->status().epoch);
    CHECK(laptop.engine->status().epoch > 0);
    CHECK(snapshot(*laptop.store.db) == snapshot(*phone.store.db));
    // The removed tablet is refused by the relay it uses, which never saw the removal.
    const Error refused = run([&](auto cb) { tablet.engine->syncNow(cb); });
    CHECK(refused.code == ErrorCode::DeviceRevoked);
}

} // namespace

RELAY_TEST("devices on two relays sharing one database pair across them and converge", devicesOnTwoRelaysConverge)

// Merge rules for pulled records, on real encrypted stores and real sealed envelopes
// (no relay needed): last-writer-wins, replays, tampering, journal conflicts.
#include "SyncFixtures.h"

#include <core/store/SearchIndex.h>
#include <core/sync/SyncApplier.h>
#include <core/sync/SyncLedger.h>
#include <core/sync/SyncPayload.h>
#include <core/sync/SyncRecords.h>
#include <core/sync/SyncStateKeys.h>

using namespace saib;
using namespace saib::sync;
using namespace saib::test;
using protocol::Envelope;
using protocol::HlcTimestamp;

namespace {
const QDate kToday(2026, 11, 25);
const QDate kDay(2026, 11, 24);
const QString kDayKey = QStringLiteral("2026-11-24");
const QString kHere = QStringLiteral("here");
const QString kThere = QStringLiteral("there");

struct Fixture {
    SecureBuffer syncKey = SecureBuffer::random(32);
    LocalStore here, there;

    // The record as `there` holds it, sealed as `there` would push it.
    Envelope fromThere(const QString &kind, const QString &key, qint64 wallMs, quint32 counter = 0)
    {
        auto data = readRecord(*there.db, kind, key);
        REQUIRE(data.ok());
        auto env = protocol::sealEnvelope(syncKey, recordIdFor(recordIdKey(syncKey), kind, key), kEnvelopeKind,
                                          HlcTimestamp{wallMs, counter, kThere},
                                          encodePayload({kind, key, data.value()}));
        REQUIRE(env.ok());
        return env.take();
    }
    ApplyReport apply(const QList<Envelope> &page, qint64 cursor = 1)
    {
        SyncApplier applier(*here.db, syncKey, kHere, conflictTitle);
        auto r = applier.apply(page, cursor);
        INFO(r.error().detail.toStdString());
        REQUIRE(r.ok());
        return r.value();
    }
    int demandHere()
    {
        auto c = here.checkins().forDay(kDay);
        REQUIRE(c.ok());
        REQUIRE(c.value().has_value());
        REQUIRE(c.value()->demand.has_value());
        return *c.value()->demand;
    }
    void forgetLocalChanges() { REQUIRE(here.db->exec("DELETE FROM sync_dirty").ok()); }
};
} // namespace

TEST_CASE("pulled versions apply in clock order, and replays and reordering change nothing", "[sync][merge]")
{
    Fixture f;
    REQUIRE(f.there.checkins().save(checkinOn(kDay, 4), kToday).ok());
    const Envelope v1 = f.fromThere(kinds::checkin, kDayKey, 1000);
    REQUIRE(f.there.checkins().save(checkinOn(kDay, 9), kToday).ok());
    const Envelope v2 = f.fromThere(kinds::checkin, kDayKey, 2000);

    CHECK(f.apply({v1}).applied == 1);
    CHECK(f.demandHere() == 4);
    CHECK(f.apply({v2}).applied == 1);
    CHECK(f.demandHere() == 9);

    const ApplyReport again = f.apply({v1, v2, v1});
    CHECK(again.applied == 0);
    CHECK(again.unchanged == 3);
    CHECK(f.demandHere() == 9);
    auto count = f.here.checkins().count();
    REQUIRE(count.ok());
    CHECK(count.value() == 1);
    auto pending = SyncLedger(*f.here.db).pendingCount();
    REQUIRE(pending.ok());
    CHECK(pending.value() == 0); // applying is not a local change

    auto cursor = SyncLedger(*f.here.db).text(stateKeys::cursor);
    REQUIRE(cursor.ok());
    CHECK(cursor.value() == QStringLiteral("1"));
}

TEST_CASE("a tampered or foreign envelope is rejected and nothing is applied", "[sync][merge]")
{
    Fixture f;
    REQUIRE(f.there.checkins().save(checkinOn(kDay, 4, QStringLiteral("honest note")), kToday).ok());
    const Envelope good = f.fromThere(kinds::checkin, kDayKey, 1000);

    Envelope flipped = good;
    flipped.ciphertext[40] = char(flipped.ciphertext[40] ^ 0x01);
    Envelope moved = good;
    moved.recordId = recordIdFor(recordIdKey(f.syncKey), kinds::checkin, QStringLiteral("2026-11-23"));
    Envelope retimed = good; // another version id: it no longer matches the clock inside
    retimed.versionId[0] = char(retimed.versionId[0] ^ 0x01);
    auto foreignKey = protocol::sealEnvelope(SecureBuffer::random(32), good.recordId, kEnvelopeKind, good.clock,
                                             QByteArray("{}"));
    REQUIRE(foreignKey.ok());

    const ApplyReport r = f.apply({flipped, moved, retimed, foreignKey.value()});
    CHECK(r.rejected == 4);
    CHECK(r.applied == 0);
    CHECK(r.firstRejection.code == ErrorCode::SyncTampered);
    CHECK(snapshot(*f.here.db).isEmpty());

    // The untouched envelope still applies afterwards.
    CHECK(f.apply({good}).applied == 1);
}

// A page is written under one savepoint (a savepoint per record made the search index
// write a segment per record); a record the schema refuses must still be skipped alone.
TEST_CASE("a record the schema refuses is skipped alone and the rest of its page applies", "[sync][merge]")
{
    Fixture f;
    const QDate days[3] = {kDay.addDays(-2), kDay.addDays(-1), kDay};
    QList<Envelope> page;
    for (int i = 0; i < 3; ++i) {
        REQUIRE(f.there.checkins().save(checkinOn(days[i], 4, QStringLiteral("harbour note %1").arg(i)), kToday).ok());
        const QString key = days[i].toString(Qt::ISODate);
        auto data = readRecord(*f.there.db, kinds::checkin, key);
        REQUIRE(data.ok());
        QJsonObject record = *data.value();
        if (i == 1) { // passes the JSON checks, then fails the table's CHECK constraint
            QJsonObject row = record.value(QStringLiteral("row")).toObject();
            row.insert(QStringLiteral("demand"), 11);
            record.insert(QStringLiteral("row"), row);
        }
        auto env = protocol::sealEnvelope(f.syncKey, recordIdFor(recordIdKey(f.syncKey), kinds::checkin, key),
                                          kEnvelopeKind, HlcTimestamp{1000 + i, 0, kThere},
                                          encodePayload({kinds::checkin, key, record}));
        REQUIRE(env.ok());
        page << env.take();
    }
    const ApplyReport r = f.apply(page, 7);
    CHECK(r.applied == 2);
    CHECK(r.rejected == 1);
    CHECK(r.firstRejection.code == ErrorCode::SyncMalformed);
    CHECK(f.here.checkins().forDay(days[0]).value().has_value());
    CHECK_FALSE(f.here.checkins().forDay(days[1]).value().has_value());
    CHECK(f.here.checkins().forDay(days[2]).value().has_value());
    auto hits = SearchIndex::search(*f.here.db, SearchQuery{QStringLiteral("harbour"), {}, {}, {}, 50});
    REQUIRE(hits.ok());
    CHECK(hits.value().size() == 2); // the refused record left nothing in the index
    auto cursor = SyncLedger(*f.here.db).text(stateKeys::cursor);
    REQUIRE(cursor.ok());
    CHECK(cursor.value() == QStringLiteral("7"));
}

TEST_CASE("check-ins: the later change wins, whether it was made here or there", "[sync][merge]")
{
    Fixture f;
    REQUIRE(f.there.checkins().save(checkinOn(kDay, 3), kToday).ok());
    REQUIRE(f.here.checkins().save(checkinOn(kDay, 8), kToday).ok()); // pending here, made now
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    SECTION("an older remote change loses to the pending local one")
    {
        const ApplyReport r = f.apply({f.fromThere(kinds::checkin, kDayKey, now - 60000)});
        CHECK(r.keptLocal == 1);
        CHECK(f.demandHere() == 8);
        auto pending = SyncLedger(*f.here.db).dirtyFor(kinds::checkin, kDayKey);
        REQUIRE(pending.ok());
        CHECK(pending.value().has_value()); // still to be pushed
    }
    SECTION("a newer remote change replaces the pending local one")
    {
        const ApplyReport r = f.apply({f.fromThere(kinds::checkin, kDayKey, now + 60000)});
        CHECK(r.applied == 1);
        CHECK(f.demandHere() == 3);
        auto pending = SyncLedger(*f.here.db).dirtyFor(kinds::checkin, kDayKey);
        REQUIRE(pending.ok());
        CHECK_FALSE(pending.value().has_value());
    }
}

TEST_CASE("an edit made after seeing a version beats it even with a slow clock", "[sync][merge]")
{
    const HlcTimestamp seen{5'000'000, 3, kThere};
    const HlcTimestamp mine = localChangeClock(4'000'000, seen, kHere); // our clock is behind
    CHECK(seen < mine);
    CHECK(mine.deviceId == kHere);
    const HlcTimestamp later = localChangeClock(6'000'000, seen, kHere);
    CHECK(later == HlcTimestamp{6'000'000, 0, kHere});
}

TEST_CASE("journal: an entry changed on both devices keeps both versions", "[sync][merge]")
{
    Fixture f;
    auto original = f.there.journal().save(newEntry(QStringLiteral("Staff meeting"), QStringLiteral("First draft.")));
    REQUIRE(original.ok());
    const QString id = original.value().id;
    REQUIRE(f.apply({f.fromThere(kinds::entry, id, 1000)}).applied == 1);

    JournalEntry edited = original.value();
    edited.body = QStringLiteral("Edited on the laptop.");
    REQUIRE(f.there.journal().save(edited).ok());
    JournalEntry mine = original.value();
    mine.body = QStringLiteral("Edited on the phone.");
    REQUIRE(f.here.journal().save(mine).ok());

    const ApplyReport r = f.apply({f.fromThere(kinds::entry, id, 2000)});
    CHECK(r.conflicts == 1);
    auto all = f.here.journal().list();
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 2);
    QStringList bodies, titles;
    for (const JournalEntry &e : all.value()) {
        bodies << e.body;
        titles << e.title;
    }
    bodies.sort();
    titles.sort();
    CHECK(bodies == QStringList{QStringLiteral("Edited on the laptop."), QStringLiteral("Edited on the phone.")});
    CHECK(titles == QStringList{QStringLiteral("Staff meeting"), QStringLiteral("Staff meeting (other device)")});
    auto kept = f.here.journal().get(id);
    REQUIRE(kept.ok());
    CHECK(kept.value()->body == QStringLiteral("Edited on the phone."));
    // Both the local edit and the copy go out with the next push.
    auto pending = SyncLedger(*f.here.db).pendingCount();
    REQUIRE(pending.ok());
    CHECK(pending.value() == 2);
}

TEST_CASE("journal: an edit is never lost to a deletion on another device", "[sync][merge]")
{
    Fixture f;
    auto original = f.there.journal().save(newEntry(QStringLiteral("Governors"), QStringLiteral("Notes.")));
    REQUIRE(original.ok());
    const QString id = original.value().id;
    REQUIRE(f.apply({f.fromThere(kinds::entry, id, 1000)}).applied == 1);
    f.forgetLocalChanges();

    JournalEntry mine = *f.here.journal().get(id).value();
    mine.body = QStringLiteral("More notes, written later.");
    REQUIRE(f.here.journal().save(mine).ok());
    REQUIRE(f.there.journal().remove(id).ok());

    const ApplyReport r = f.apply({f.fromThere(kinds::entry, id, QDateTime::currentMSecsSinceEpoch() + 60000)});
    CHECK(r.keptLocal == 1);
    auto kept = f.here.journal().get(id);
    REQUIRE(kept.ok());
    REQUIRE(kept.value().has_value());
    CHECK(kept.value()->body == QStringLiteral("More notes, written later."));
}

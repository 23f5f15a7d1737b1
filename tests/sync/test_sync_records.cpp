// The rows that make up each synced record, and the change log the triggers keep.
#include "SyncFixtures.h"

#include <core/model/Skills.h>
#include <core/store/SearchIndex.h>
#include <core/sync/SyncLedger.h>
#include <core/sync/SyncPayload.h>
#include <core/sync/SyncRecords.h>

using namespace saib;
using namespace saib::sync;
using namespace saib::test;

namespace {
const QDate kToday(2026, 11, 25);

QStringList dirtyKeys(Database &db)
{
    auto d = SyncLedger(db).dirty(1000);
    REQUIRE(d.ok());
    QStringList out;
    for (const DirtyRecord &r : d.value())
        out << r.kind + QLatin1Char('/') + r.key;
    out.sort();
    return out;
}

// Copies every record of `from` into `to` through readRecord/writeRecord, as sync does.
void copyAll(Database &from, Database &to)
{
    for (const QString &kind : syncedKinds()) {
        auto keys = allKeys(from, kind);
        REQUIRE(keys.ok());
        for (const QString &key : keys.value()) {
            auto record = readRecord(from, kind, key);
            REQUIRE(record.ok());
            const Error e = to.transaction([&] { return writeRecord(to, kind, key, record.value()); });
            INFO(e.detail.toStdString());
            REQUIRE(e.ok());
        }
    }
}
} // namespace

TEST_CASE("every kind of record copies exactly to another store, search included", "[sync][records]")
{
    LocalStore a, b;
    REQUIRE(a.checkins().save(checkinOn(QDate(2026, 11, 24), 8, QStringLiteral("Ofsted call, long governors' meeting")), kToday).ok());
    auto entry = a.journal().save(newEntry(QStringLiteral("Diwrnod hir"), QStringLiteral("Roedd yr ŵyn yn y cae."), {QStringLiteral("lles")}));
    REQUIRE(entry.ok());
    REQUIRE(a.ratings().save(ratingFor(QDate(2026, 11, 23), 4)).ok());
    SkillsAssessment skills;
    skills.takenOn = QDate(2026, 11, 1);
    skills.ratings.insert(QLatin1String(skillCatalogue().first().id), SkillRating{7, 4});
    REQUIRE(SkillsStore(*a.db).save(skills).ok());
    REQUIRE(a.settings().setValue(QStringLiteral("region"), QStringLiteral("wales")).ok());

    copyAll(*a.db, *b.db);
    CHECK(snapshot(*a.db) == snapshot(*b.db));
    CHECK(snapshot(*b.db).size() == 5);

    auto copied = b.journal().get(entry.value().id);
    REQUIRE(copied.ok());
    REQUIRE(copied.value().has_value());
    CHECK(copied.value()->tags == QStringList{QStringLiteral("lles")});
    auto hits = b.journal().search(SearchQuery{QStringLiteral("wyn"), {}, {}, {}, 10});
    REQUIRE(hits.ok());
    REQUIRE(hits.value().size() == 1);
    CHECK(hits.value().first().refId == entry.value().id);
    auto noteHits = b.journal().search(SearchQuery{QStringLiteral("governors"), {}, {}, {}, 10});
    REQUIRE(noteHits.ok());
    CHECK(noteHits.value().size() == 1);

    SECTION("a deletion removes the record and its search entry")
    {
        REQUIRE(b.db->transaction([&] { return writeRecord(*b.db, kinds::entry, entry.value().id, std::nullopt); }).ok());
        auto gone = b.journal().get(entry.value().id);
        REQUIRE(gone.ok());
        CHECK_FALSE(gone.value().has_value());
        auto none = b.journal().search(SearchQuery{QStringLiteral("wyn"), {}, {}, {}, 10});
        REQUIRE(none.ok());
        CHECK(none.value().isEmpty());
    }
    SECTION("a check-in from another device replaces the one for the same day")
    {
        LocalStore c;
        REQUIRE(c.checkins().save(checkinOn(QDate(2026, 11, 24), 2, QStringLiteral("quiet day")), kToday).ok());
        copyAll(*c.db, *b.db);
        auto day = b.checkins().forDay(QDate(2026, 11, 24));
        REQUIRE(day.ok());
        REQUIRE(day.value().has_value());
        CHECK(day.value()->demand == 2);
        auto old = b.journal().search(SearchQuery{QStringLiteral("governors"), {}, {}, {}, 10});
        REQUIRE(old.ok());
        CHECK(old.value().isEmpty());
    }
    SECTION("a scale left unanswered travels as unanswered, not as 0")
    {
        LocalStore c;
        Checkin partial;
        partial.day = QDate(2026, 11, 23);
        partial.energy = 3;
        REQUIRE(c.checkins().save(partial, kToday).ok());
        copyAll(*c.db, *b.db);
        auto day = b.checkins().forDay(partial.day);
        REQUIRE(day.ok());
        REQUIRE(day.value().has_value());
        CHECK(day.value()->energy == 3);
        CHECK_FALSE(day.value()->demand.has_value());
        CHECK_FALSE(day.value()->hours.has_value());
    }
}

TEST_CASE("local changes are logged by the database itself, applying pulled records is not", "[sync][records]")
{
    LocalStore s;
    CHECK(dirtyKeys(*s.db).isEmpty());
    REQUIRE(s.checkins().save(checkinOn(QDate(2026, 11, 24), 6), kToday).ok());
    auto e = s.journal().save(newEntry(QStringLiteral("t"), QStringLiteral("b")));
    REQUIRE(e.ok());
    REQUIRE(s.settings().setValue(QStringLiteral("region"), QStringLiteral("england")).ok());
    CHECK(dirtyKeys(*s.db)
          == QStringList{QStringLiteral("checkin/2026-11-24"), QStringLiteral("entry/") + e.value().id,
                         QStringLiteral("setting/region")});

    SyncLedger ledger(*s.db);
    REQUIRE(s.db->exec("DELETE FROM sync_dirty").ok());
    REQUIRE(s.journal().remove(e.value().id).ok());
    CHECK(dirtyKeys(*s.db) == QStringList{QStringLiteral("entry/") + e.value().id});

    REQUIRE(s.db->exec("DELETE FROM sync_dirty").ok());
    auto record = readRecord(*s.db, kinds::checkin, QStringLiteral("2026-11-24"));
    REQUIRE(record.ok());
    const Error applied = s.db->transaction([&]() -> Error {
        if (Error g = ledger.setApplying(true); !g.ok())
            return g;
        if (Error w = writeRecord(*s.db, kinds::checkin, QStringLiteral("2026-11-24"), record.value()); !w.ok())
            return w;
        return ledger.setApplying(false);
    });
    REQUIRE(applied.ok());
    CHECK(dirtyKeys(*s.db).isEmpty());
}

TEST_CASE("records that do not fit the schema are refused and change nothing", "[sync][records]")
{
    LocalStore s;
    REQUIRE(s.checkins().save(checkinOn(QDate(2026, 11, 24), 6), kToday).ok());
    auto good = readRecord(*s.db, kinds::checkin, QStringLiteral("2026-11-24"));
    REQUIRE(good.ok());
    const auto before = snapshot(*s.db);

    auto attempt = [&](QJsonObject data, const QString &key = QStringLiteral("2026-11-24")) {
        return s.db->transaction([&] { return writeRecord(*s.db, kinds::checkin, key, data); });
    };
    auto withRow = [&](const QString &column, const QJsonValue &value) {
        QJsonObject data = *good.value();
        QJsonObject row = data.value(QStringLiteral("row")).toObject();
        if (value.isUndefined())
            row.remove(column);
        else
            row.insert(column, value);
        data.insert(QStringLiteral("row"), row);
        return data;
    };
    CHECK(attempt(withRow(QStringLiteral("demand"), 11)).code == ErrorCode::SyncMalformed); // CHECK constraint
    CHECK(attempt(withRow(QStringLiteral("demand"), QStringLiteral("7"))).code == ErrorCode::SyncMalformed);
    CHECK(attempt(withRow(QStringLiteral("demand"), 6.5)).code == ErrorCode::SyncMalformed);
    CHECK(attempt(withRow(QStringLiteral("note"), QJsonValue::Undefined)).code == ErrorCode::SyncMalformed);
    CHECK(attempt(withRow(QStringLiteral("secret"), 1)).code == ErrorCode::SyncMalformed);
    CHECK(attempt(*good.value(), QStringLiteral("2026-11-23")).code == ErrorCode::SyncMalformed);
    CHECK(snapshot(*s.db) == before);

    CHECK_FALSE(decodePayload("not json").ok());
    CHECK_FALSE(decodePayload(R"({"v":1,"kind":"passwords","key":"k","deleted":true})").ok());
    CHECK_FALSE(decodePayload(R"({"v":2,"kind":"entry","key":"k","deleted":true})").ok());
    CHECK_FALSE(decodePayload(R"({"v":1,"kind":"entry","key":"k","deleted":false})").ok());
    auto tombstone = decodePayload(R"({"v":1,"kind":"entry","key":"k","deleted":true})");
    REQUIRE(tombstone.ok());
    CHECK_FALSE(tombstone.value().data.has_value());
}

TEST_CASE("record ids are the same on every device of an account and opaque to the relay", "[sync][records]")
{
    const SecureBuffer syncKey = SecureBuffer::random(32);
    const SecureBuffer k1 = recordIdKey(syncKey), k2 = recordIdKey(syncKey);
    const QString id = recordIdFor(k1, kinds::checkin, QStringLiteral("2026-11-24"));
    CHECK(id == recordIdFor(k2, kinds::checkin, QStringLiteral("2026-11-24")));
    CHECK(id != recordIdFor(k1, kinds::checkin, QStringLiteral("2026-11-25")));
    CHECK(id != recordIdFor(k1, kinds::rating, QStringLiteral("2026-11-24")));
    CHECK(id != recordIdFor(recordIdKey(SecureBuffer::random(32)), kinds::checkin, QStringLiteral("2026-11-24")));
    CHECK_FALSE(id.contains(QStringLiteral("2026")));
    CHECK(id.size() == 22);
}

TEST_CASE("a batch read in bulk is each record as read alone, and marking it pushed keeps newer changes", "[sync][records]")
{
    LocalStore s;
    QStringList days, entries, weeks;
    for (int i = 0; i < 12; ++i) {
        Checkin c = checkinOn(QDate(2026, 11, 1).addDays(i), i % 10, QStringLiteral("day %1").arg(i));
        if (i % 3 == 0)
            c.drainedBy = {QStringLiteral("workload"), QStringLiteral("budget")};
        if (i % 2 == 0)
            c.sustainedBy = {QStringLiteral("senior team"), QStringLiteral("exercise or rest"), QStringLiteral("family")};
        REQUIRE(s.checkins().save(c, kToday).ok());
        auto e = s.journal().save(newEntry(QStringLiteral("t%1").arg(i), QStringLiteral("body %1").arg(i),
                                           i % 2 ? QStringList{QStringLiteral("z"), QStringLiteral("a%1").arg(i)} : QStringList{}));
        REQUIRE(e.ok());
        entries << e.value().id;
        days << c.day.toString(Qt::ISODate);
        if (i < 4) {
            const QDate monday = QDate(2026, 10, 5).addDays(7 * i);
            REQUIRE(s.ratings().save(ratingFor(monday, i + 1)).ok());
            weeks << monday.toString(Qt::ISODate);
        }
    }
    REQUIRE(s.settings().setValue(QStringLiteral("region"), QStringLiteral("wales")).ok());
    // Keys that read as absent: never written, not a day at all.
    days << QStringLiteral("2020-01-01") << QStringLiteral("not a day");
    entries << QStringLiteral("no-such-entry");
    weeks << QStringLiteral("2019-01-07") << QString();
    const QStringList settings{QStringLiteral("region"), QStringLiteral("unset")};

    for (const auto &[kind, keys] : {std::pair{kinds::checkin, days}, std::pair{kinds::entry, entries},
                                     std::pair{kinds::rating, weeks}, std::pair{kinds::setting, settings}}) {
        auto values = readRecordValues(*s.db, kind, keys);
        REQUIRE(values.ok());
        QVector<std::optional<QJsonObject>> bulk;
        for (const RecordValue &v : values.value())
            bulk << encodeRecord(v);
        REQUIRE(bulk.size() == keys.size());
        for (int i = 0; i < keys.size(); ++i) {
            INFO(kind.toStdString() << " " << keys[i].toStdString());
            auto one = readRecord(*s.db, kind, keys[i]);
            REQUIRE(one.ok());
            CHECK(bulk[i] == one.value());
            CHECK(encodePayload({kind, keys[i], bulk[i]}) == encodePayload({kind, keys[i], one.value()}));
        }
    }

    // Push the check-ins as marked; one is changed again meanwhile and stays dirty.
    SyncLedger ledger(*s.db);
    auto dirty = ledger.dirty(1000);
    REQUIRE(dirty.ok());
    QVector<DirtyRecord> batch;
    QVector<protocol::HlcTimestamp> clocks;
    for (const DirtyRecord &d : dirty.value())
        if (d.kind == kinds::checkin) {
            batch << d;
            clocks << protocol::HlcTimestamp{d.changedMs, quint32(batch.size()), QStringLiteral("dev")};
        }
    REQUIRE(batch.size() == 12);
    REQUIRE(ledger.markDirty(kinds::checkin, batch[5].key, batch[5].changedMs + 1).ok());
    REQUIRE(ledger.markPushed(batch, clocks).ok());
    auto left = ledger.dirty(1000);
    REQUIRE(left.ok());
    int checkinsLeft = 0;
    for (const DirtyRecord &d : left.value())
        checkinsLeft += d.kind == kinds::checkin ? 1 : 0;
    CHECK(checkinsLeft == 1);
    CHECK(ledger.dirtyFor(kinds::checkin, batch[5].key).value().has_value());
    QStringList keys;
    for (const DirtyRecord &d : batch)
        keys << d.key;
    keys << QStringLiteral("1999-01-01");
    auto known = ledger.knownClocks(kinds::checkin, keys);
    REQUIRE(known.ok());
    REQUIRE(known.value().size() == 13);
    for (int i = 0; i < 12; ++i) {
        CHECK(known.value()[i] == clocks[i]);
        CHECK(ledger.knownClock(kinds::checkin, keys[i]).value() == clocks[i]);
    }
    CHECK_FALSE(known.value()[12].has_value());
}

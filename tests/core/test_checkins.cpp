#include "TestSupport.h"
#include <core/model/CheckinJson.h>

#include <QJsonObject>

using namespace saib;

namespace {
const QDate kToday(2026, 11, 25);
}

TEST_CASE("check-in create, read, edit, list, delete", "[checkins]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    CheckinStore store = t.vault.checkins();

    auto first = store.save(test::sampleCheckin(kToday), kToday);
    REQUIRE(first.ok());
    CHECK_FALSE(first.value().id.isEmpty());

    SECTION("reads back every field")
    {
        auto back = store.forDay(kToday);
        REQUIRE(back.ok());
        REQUIRE(back.value().has_value());
        const Checkin &c = *back.value();
        CHECK(c.id == first.value().id);
        CHECK(c.hours == 9.5);
        CHECK(c.strategicPercent == 15);
        CHECK(c.demand == 7);
        CHECK(c.emotional == 6);
        CHECK(c.energy == 4);
        CHECK(c.drainedBy == QStringList{QStringLiteral("workload"), QStringLiteral("complaint")});
        CHECK(c.sustainedBy == QStringList{QStringLiteral("peer-heads")});
        CHECK(c.note == QStringLiteral("Governors met late"));
        CHECK(c.createdAt.isValid());
    }
    SECTION("a second save the same day edits it, keeping id and created time")
    {
        Checkin edit = test::sampleCheckin(kToday);
        edit.demand = 3;
        edit.drainedBy = {QStringLiteral("budget"), QStringLiteral("  Parents'   evening ")};
        edit.note = QStringLiteral("Calmer after lunch");
        auto saved = store.save(edit, kToday);
        REQUIRE(saved.ok());
        CHECK(saved.value().id == first.value().id);
        CHECK(store.count().value() == 1);
        auto back = store.forDay(kToday);
        CHECK(back.value()->demand == 3);
        CHECK(back.value()->drainedBy
              == QStringList{QStringLiteral("budget"), QStringLiteral("Parents' evening")});
        CHECK(back.value()->note == QStringLiteral("Calmer after lunch"));
        CHECK(back.value()->createdAt == first.value().createdAt);
        CHECK(back.value()->updatedAt >= first.value().updatedAt);
    }
    SECTION("lists a date range newest first")
    {
        for (int i = 1; i <= 40; ++i)
            REQUIRE(store.save(test::sampleCheckin(kToday.addDays(-i)), kToday).ok());
        auto last30 = store.between(kToday.addDays(-29), kToday);
        REQUIRE(last30.ok());
        REQUIRE(last30.value().size() == 30);
        CHECK(last30.value().first().day == kToday);
        CHECK(last30.value().last().day == kToday.addDays(-29));
        CHECK(last30.value()[3].drainedBy.size() == 2);
    }
    SECTION("deletes a day")
    {
        REQUIRE(store.remove(kToday).ok());
        CHECK_FALSE(store.forDay(kToday).value().has_value());
        CHECK(store.remove(kToday).code == ErrorCode::NotFound);
    }
    SECTION("tags are de-duplicated and trimmed, free words kept as typed")
    {
        Checkin c = test::sampleCheckin(kToday.addDays(-1));
        c.drainedBy = {QStringLiteral("workload"), QStringLiteral("Workload"), QStringLiteral(" ")};
        c.sustainedBy = {QStringLiteral("Côr y pentref")};
        auto saved = store.save(c, kToday);
        REQUIRE(saved.ok());
        CHECK(saved.value().drainedBy == QStringList{QStringLiteral("workload")});
        CHECK(store.forDay(c.day).value()->sustainedBy == QStringList{QStringLiteral("Côr y pentref")});
    }
}

TEST_CASE("check-in validation gives a specific error and stores nothing", "[checkins]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    CheckinStore store = t.vault.checkins();

    auto expect = [&](Checkin c, ErrorCode code) {
        auto r = store.save(std::move(c), kToday);
        CHECK(r.error().code == code);
        CHECK(store.count().value() == 0);
    };
    Checkin c = test::sampleCheckin(kToday);
    c.day = kToday.addDays(1);
    expect(c, ErrorCode::FutureDay);
    c = test::sampleCheckin(QDate());
    expect(c, ErrorCode::InvalidDay);
    c = test::sampleCheckin(kToday);
    c.hours = 24.5;
    expect(c, ErrorCode::InvalidHours);
    c.hours = 7.25;
    expect(c, ErrorCode::InvalidHours);
    c.hours = -1;
    expect(c, ErrorCode::InvalidHours);
    c = test::sampleCheckin(kToday);
    c.strategicPercent = 101;
    expect(c, ErrorCode::InvalidStrategicShare);
    c = test::sampleCheckin(kToday);
    c.demand = 11;
    expect(c, ErrorCode::InvalidDemand);
    c = test::sampleCheckin(kToday);
    c.emotional = -1;
    expect(c, ErrorCode::InvalidEmotionalLoad);
    c = test::sampleCheckin(kToday);
    c.energy = 12;
    expect(c, ErrorCode::InvalidEnergy);
    c = test::sampleCheckin(kToday);
    c.drainedBy = {QString(41, QLatin1Char('x'))};
    expect(c, ErrorCode::InvalidTag);
    c = test::sampleCheckin(kToday);
    for (int i = 0; i < 21; ++i)
        c.sustainedBy << QStringLiteral("tag %1").arg(i);
    expect(c, ErrorCode::TooManyTags);
    c = test::sampleCheckin(kToday);
    c.note = QString(1001, QLatin1Char('n'));
    expect(c, ErrorCode::NoteTooLong);

    SECTION("the edges of every range are accepted")
    {
        Checkin edge = test::sampleCheckin(kToday);
        edge.hours = 24;
        edge.strategicPercent = 100;
        edge.demand = 0;
        edge.emotional = 10;
        edge.energy = 0;
        CHECK(store.save(edge, kToday).ok());
    }
}

TEST_CASE("a scale left unset is stored as missing, never as a value", "[checkins]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    CheckinStore store = t.vault.checkins();

    Checkin c;
    c.day = kToday;
    c.emotional = 8; // only this one answered
    c.drainedBy = {QStringLiteral("workload")};
    REQUIRE(store.save(c, kToday).ok());

    auto back = store.forDay(kToday);
    REQUIRE(back.ok());
    REQUIRE(back.value().has_value());
    CHECK_FALSE(back.value()->hours.has_value());
    CHECK_FALSE(back.value()->strategicPercent.has_value());
    CHECK_FALSE(back.value()->demand.has_value());
    CHECK(back.value()->emotional == 8);
    CHECK_FALSE(back.value()->energy.has_value());

    // The JSON form (CLI, export) says null, and reads back the same.
    const QJsonObject json = toJson(*back.value());
    CHECK(json.value(QStringLiteral("demand")).isNull());
    CHECK(json.value(QStringLiteral("emotional")).toInt() == 8);
    auto again = checkinFromJson(json);
    REQUIRE(again.ok());
    CHECK_FALSE(again.value().demand.has_value());
    CHECK(again.value().emotional == 8);

    // A missing member is still refused: null is an answer of "not answered", not a gap.
    QJsonObject missing = json;
    missing.remove(QStringLiteral("demand"));
    CHECK_FALSE(checkinFromJson(missing).ok());
}

TEST_CASE("check-ins: the first day, for the history calendar", "[checkins]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    CheckinStore store = t.vault.checkins();
    auto none = store.firstDay();
    REQUIRE(none.ok());
    CHECK_FALSE(none.value().isValid());
    REQUIRE(store.save(test::sampleCheckin(kToday.addDays(-3)), kToday).ok());
    REQUIRE(store.save(test::sampleCheckin(kToday.addDays(-40)), kToday).ok()); // back-filled later
    REQUIRE(store.save(test::sampleCheckin(kToday), kToday).ok());
    CHECK(store.firstDay().value() == kToday.addDays(-40));
    // A day after today is refused, so the calendar never holds one.
    CHECK(store.save(test::sampleCheckin(kToday.addDays(1)), kToday).error().code == ErrorCode::FutureDay);
}

#include "TestSupport.h"
#include <core/Clock.h>

#include <core/demo/SyntheticLeader.h>
#include <core/insights/Dashboard.h>
#include <core/insights/Statistics.h>
#include <core/insights/SupportDirectory.h>
#include <core/store/InsightStores.h>

#include <QJsonArray>

using namespace saib;
using namespace saib::insights;

namespace {
const QDate kToday(2026, 11, 25); // a Wednesday

Checkin day(const QDate &d, int demand, int emotional, int energy, QStringList sustained = {},
            QStringList drained = {}, double hours = 9)
{
    Checkin c;
    c.day = d;
    c.hours = hours;
    c.strategicPercent = 10;
    c.demand = demand;
    c.emotional = emotional;
    c.energy = energy;
    c.sustainedBy = sustained;
    c.drainedBy = drained;
    return c;
}

WeeklyRating rating(const QDate &monday, std::array<int, kDomainCount> scores)
{
    WeeklyRating r;
    r.week = monday;
    r.scores = scores;
    return r;
}
} // namespace

TEST_CASE("empty data gives no figures, never zeros", "[insights]")
{
    const QVector<Checkin> none;
    const auto points = trend(none, Metric::Demand, Range::FourWeeks, kToday);
    REQUIRE(points.size() == 28);
    for (const Point &p : points) {
        CHECK_FALSE(hasData(p.value));
        CHECK(p.days == 0);
    }
    const WeekGlance g = weekAtAGlance(none, kToday);
    CHECK(g.checkins == 0);
    CHECK_FALSE(hasData(g.thisWeek[0]));
    CHECK(whatHelps(none).isEmpty());
    CHECK_FALSE(demandsVsResources(none, Range::Year, kToday).widening);
    CHECK_FALSE(signposting(none, {}, kToday).any());
    CHECK(skillGaps({}).isEmpty());
    CHECK_FALSE(purposeWithoutCare(domainTrends({}, Range::ThreeMonths, kToday)));
}

TEST_CASE("trends bucket by day for four weeks and by week beyond", "[insights]")
{
    QVector<Checkin> cs{day(kToday, 8, 6, 3), day(kToday.addDays(-1), 4, 2, 7), day(kToday.addDays(-2), 6, 4, 5)};
    const auto daily = trend(cs, Metric::Demand, Range::FourWeeks, kToday);
    CHECK(daily.last().from == kToday);
    CHECK(daily.last().value == 8);
    CHECK(daily[26].value == 4);

    const auto weekly = trend(cs, Metric::Demand, Range::ThreeMonths, kToday);
    REQUIRE(weekly.size() == 13);
    CHECK(weekly.last().from == QDate(2026, 11, 23)); // Monday
    CHECK(weekly.last().to == kToday);
    CHECK(weekly.last().value == Approx(6.0));
    CHECK(weekly.last().days == 3);
    CHECK(trend(cs, Metric::Energy, Range::Year, kToday).size() == 52);
}

TEST_CASE("this week against the four weeks before", "[insights]")
{
    QVector<Checkin> cs{day(kToday, 8, 8, 2), day(QDate(2026, 11, 23), 6, 6, 4), // this week
                        day(QDate(2026, 11, 20), 4, 3, 6), day(QDate(2026, 10, 27), 2, 1, 8), // before
                        day(QDate(2026, 10, 25), 10, 10, 0)}; // five weeks ago: ignored
    const WeekGlance g = weekAtAGlance(cs, kToday);
    CHECK(g.checkins == 2);
    CHECK(g.thisWeek[int(Metric::Demand)] == Approx(7.0));
    CHECK(g.previousFourWeeks[int(Metric::Demand)] == Approx(3.0));
    CHECK(g.previousFourWeeks[int(Metric::Energy)] == Approx(7.0));
}

TEST_CASE("demands against resources shows a widening gap", "[insights]")
{
    QVector<Checkin> cs;
    // Twelve weeks: demands climb from 3 to 9 while energy and support fall away.
    for (int w = 0; w < 12; ++w)
        for (int d = 0; d < 5; ++d) {
            const QDate date = weekStart(kToday).addDays(-7 * (11 - w) + d);
            if (date > kToday)
                continue;
            const int load = 3 + w / 2;
            cs << day(date, load, load, std::max(0, 8 - w / 2), w < 6 ? QStringList{QStringLiteral("peer-heads")} : QStringList{});
        }
    const JdrView view = demandsVsResources(cs, Range::ThreeMonths, kToday);
    REQUIRE(view.points.size() == 13);
    CHECK(view.points.first().days == 0); // before the data starts
    CHECK(view.points[1].demands == Approx(3.0));
    CHECK(view.points[1].resources == Approx((8 + 2) / 2.0));
    CHECK(view.widening);
    CHECK(view.gapChange > 3);

    QVector<Checkin> steady;
    for (int i = 0; i < 60; ++i)
        steady << day(kToday.addDays(-i), 5, 5, 5, {QStringLiteral("family-friends")});
    CHECK_FALSE(demandsVsResources(steady, Range::ThreeMonths, kToday).widening);
}

TEST_CASE("what helps compares days with and without each tag", "[insights]")
{
    QVector<Checkin> cs;
    // Six days with peer heads at emotional load 3, six without at 6; a rare tag twice.
    for (int i = 0; i < 6; ++i)
        cs << day(kToday.addDays(-i), 5, 3, 5, {QStringLiteral("peer-heads")});
    for (int i = 6; i < 12; ++i)
        cs << day(kToday.addDays(-i), 5, 6, 5, {}, {QStringLiteral("complaint")});
    cs << day(kToday.addDays(-12), 5, 9, 5, {QStringLiteral("counselling")});
    cs << day(kToday.addDays(-13), 5, 9, 5, {QStringLiteral("counselling")});

    const auto effects = whatHelps(cs);
    REQUIRE(effects.size() == 2); // counselling has too few days
    const TagEffect *peers = nullptr;
    for (const TagEffect &e : effects)
        if (e.tag == QStringLiteral("peer-heads"))
            peers = &e;
    REQUIRE(peers);
    CHECK(peers->resource);
    CHECK(peers->daysWith == 6);
    CHECK(peers->daysWithout == 8);
    CHECK(peers->meanWith == Approx(3.0));
    CHECK(peers->meanWithout == Approx((6 * 6 + 9 + 9) / 8.0));
    CHECK(peers->difference() < -3);
    CHECK(whatHelps(cs, 7).isEmpty());
}

TEST_CASE("the year heat map has one cell per day", "[insights]")
{
    QVector<Checkin> cs{day(kToday, 5, 9, 5), day(kToday.addDays(-100), 5, 2, 5)};
    const auto cells = yearHeatmap(cs, kToday);
    CHECK(cells.first().day == QDate(2025, 11, 24));
    CHECK(cells.first().day.dayOfWeek() == 1);
    CHECK(cells.last().day == kToday);
    CHECK(cells.size() == 52 * 7 + 3);
    CHECK(cells.last().emotional == 9);
    int filled = 0;
    for (const HeatCell &c : cells)
        filled += c.emotional >= 0;
    CHECK(filled == 2);
}

TEST_CASE("the signposting rule fires and does not fire", "[insights][signposting]")
{
    QVector<Checkin> cs;
    SECTION("emotional load of 8 or more on 5 of the last 7 days")
    {
        for (int i = 0; i < 5; ++i)
            cs << day(kToday.addDays(-i), 5, 8 + (i % 3 == 0), 5);
        const SignpostReasons r = signposting(cs, {}, kToday);
        CHECK(r.highLoadDays == 5);
        CHECK(r.highEmotionalLoad);
        CHECK(r.any());
    }
    SECTION("four heavy of the last seven check-ins is not enough")
    {
        for (int i = 0; i < 4; ++i)
            cs << day(kToday.addDays(-i), 5, 9, 5);
        for (int i = 4; i < 7; ++i)
            cs << day(kToday.addDays(-i), 5, 7, 5);
        cs << day(kToday.addDays(-7), 5, 9, 5); // the eighth check-in back does not count
        const SignpostReasons r = signposting(cs, {}, kToday);
        CHECK(r.highLoadDays == 4);
        CHECK_FALSE(r.any());
    }
    SECTION("heavy check-ins more than two weeks old do not count")
    {
        for (int i = 0; i < 2; ++i)
            cs << day(kToday.addDays(-i), 5, 9, 5);
        for (int i = 14; i < 20; ++i)
            cs << day(kToday.addDays(-i), 5, 9, 5);
        CHECK(signposting(cs, {}, kToday).highLoadDays == 2);
        CHECK_FALSE(signposting(cs, {}, kToday).any());
    }
    SECTION("check-ins after today are ignored")
    {
        for (int i = 1; i <= 5; ++i)
            cs << day(kToday.addDays(i), 5, 9, 5);
        CHECK_FALSE(signposting(cs, {}, kToday).any());
    }
    SECTION("cared for at 2 or below for three weeks running")
    {
        const QDate monday = weekStart(kToday);
        QVector<WeeklyRating> rs{rating(monday.addDays(-14), {4, 4, 2, 2, 3, 3}),
                                 rating(monday.addDays(-7), {4, 4, 2, 1, 3, 3}),
                                 rating(monday, {4, 4, 2, 2, 3, 3})};
        CHECK(signposting({}, rs, kToday).lowCaredFor);
        rs[1].scores[int(Domain::CaredFor)] = 3;
        CHECK_FALSE(signposting({}, rs, kToday).lowCaredFor);
    }
    SECTION("this week not yet rated: the three weeks before count")
    {
        const QDate monday = weekStart(kToday);
        QVector<WeeklyRating> rs{rating(monday.addDays(-21), {3, 3, 3, 1, 3, 3}),
                                 rating(monday.addDays(-14), {3, 3, 3, 2, 3, 3}),
                                 rating(monday.addDays(-7), {3, 3, 3, 1, 3, 3})};
        CHECK(signposting({}, rs, kToday).lowCaredFor);
        rs.removeAt(1); // a gap breaks the run
        CHECK_FALSE(signposting({}, rs, kToday).lowCaredFor);
    }
}

// Issue 13: whether the card shows must not depend on the weekday. A head who checks in
// on school days only, and one who checks in every day, both with a heavy last fortnight,
// see it on every day of the week; with a light fortnight neither does.
TEST_CASE("signposting treats a weekday-only and an every-day leader alike, any weekday",
          "[insights][signposting]")
{
    for (int offset = 0; offset < 7; ++offset) {
        const QDate today = kToday.addDays(offset);
        for (const bool weekdaysOnly : {true, false}) {
            for (const int load : {9, 6}) {
                QVector<Checkin> cs;
                for (int i = 0; i < 28; ++i) {
                    const QDate d = today.addDays(-i);
                    if (weekdaysOnly && d.dayOfWeek() >= 6)
                        continue;
                    cs << day(d, 5, i < 14 ? load : 3, 5);
                }
                INFO("today " << today.toString(Qt::ISODate).toStdString() << ", weekdays only "
                              << weekdaysOnly << ", load " << load);
                const SignpostReasons r = signposting(cs, {}, today);
                CHECK(r.highEmotionalLoad == (load >= 8));
                CHECK(r.highLoadDays == (load >= 8 ? kSignpostCheckins : 0));
            }
        }
    }
}

TEST_CASE("purpose without care is made visible", "[insights]")
{
    QVector<WeeklyRating> rs;
    for (int w = 0; w < 8; ++w)
        rs << rating(weekStart(kToday).addDays(-7 * w), {5, 4, 2, 2, 3, 3});
    const auto trends = domainTrends(rs, Range::ThreeMonths, kToday);
    REQUIRE(trends.size() == kDomainCount);
    CHECK(trends[int(Domain::Purpose)].recentMean == Approx(5.0));
    CHECK(trends[int(Domain::Purpose)].points.last().value == 5);
    CHECK(purposeWithoutCare(trends));
    for (auto &r : rs)
        r.scores[int(Domain::Valued)] = 4;
    CHECK_FALSE(purposeWithoutCare(domainTrends(rs, Range::ThreeMonths, kToday)));
}

TEST_CASE("skills gaps and change since last time", "[insights][skills]")
{
    SkillsAssessment first;
    first.takenOn = QDate(2026, 4, 1);
    first.ratings.insert(QStringLiteral("data-analysis"), {9, 4});
    first.ratings.insert(QStringLiteral("governors"), {7, 6});
    SkillsAssessment second;
    second.takenOn = QDate(2026, 9, 1);
    second.ratings.insert(QStringLiteral("data-analysis"), {9, 7});
    second.ratings.insert(QStringLiteral("governors"), {8, 4});
    second.ratings.insert(QStringLiteral("coaching-mentoring"), {6, 6});
    const auto gaps = skillGaps({first, second});
    REQUIRE(gaps.size() == 3);
    CHECK(gaps[0].skillId == QStringLiteral("governors"));
    CHECK(gaps[0].gap == 4);
    CHECK(gaps[0].previousGap == 1);
    CHECK(gaps[1].skillId == QStringLiteral("data-analysis"));
    CHECK(gaps[1].previousGap == 5);
    CHECK_FALSE(gaps[2].previousGap.has_value());
}

TEST_CASE("ratings and assessments are stored and validated", "[insights][store]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    RatingStore ratings(*t.vault.database());
    const QDate monday = weekStart(kToday);
    REQUIRE(ratings.save(rating(monday, {5, 4, 3, 2, 1, 3})).ok());
    REQUIRE(ratings.save(rating(monday, {5, 4, 3, 3, 1, 3})).ok()); // same week edits
    auto got = ratings.forWeek(monday);
    REQUIRE(got.value().has_value());
    CHECK(got.value()->score(Domain::CaredFor) == 3);
    CHECK(ratings.between(monday.addDays(-70), monday).value().size() == 1);
    CHECK(ratings.save(rating(monday, {0, 4, 3, 3, 1, 3})).error().code == ErrorCode::InvalidRating);
    CHECK(ratings.save(rating(kToday, {3, 3, 3, 3, 3, 3})).error().code == ErrorCode::InvalidDay);

    SkillsStore skills(*t.vault.database());
    SkillsAssessment a;
    a.takenOn = kToday;
    a.ratings.insert(QStringLiteral("influencing"), {8, 5});
    REQUIRE(skills.save(a).ok());
    a.ratings.insert(QStringLiteral("juggling"), {8, 5});
    CHECK(skills.save(a).error().code == ErrorCode::UnknownSkill);
    a.ratings.remove(QStringLiteral("juggling"));
    a.ratings[QStringLiteral("influencing")] = {11, 5};
    CHECK(skills.save(a).error().code == ErrorCode::InvalidRating);
    const auto all = skills.all().value();
    REQUIRE(all.size() == 1);
    CHECK(all[0].ratings.value(QStringLiteral("influencing")).gap() == 3);
}

TEST_CASE("the dashboard JSON carries every figure, with nulls for no data", "[insights][dashboard]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    const QDate today = saib::Clock::today();
    for (int i = 0; i < 10; ++i) {
        Checkin c = day(today.addDays(-i), 6, i < 5 ? 9 : 4, 4, i % 2 ? QStringList{QStringLiteral("peer-heads")} : QStringList{});
        REQUIRE(t.vault.checkins().save(c, today).ok());
    }
    auto d = computeDashboard(*t.vault.database(), Range::FourWeeks, today);
    REQUIRE(d.ok());
    const QJsonObject json = dashboardJson(d.value());
    CHECK(json.value(QStringLiteral("range")).toString() == QStringLiteral("4w"));
    const QJsonArray demand = json.value(QStringLiteral("trends")).toObject().value(QStringLiteral("demand")).toArray();
    REQUIRE(demand.size() == 28);
    CHECK(demand.last().toObject().value(QStringLiteral("value")).toDouble() == 6);
    CHECK(demand.first().toObject().value(QStringLiteral("value")).isNull());
    CHECK(json.value(QStringLiteral("signposting")).toObject().value(QStringLiteral("show")).toBool());
    CHECK(json.value(QStringLiteral("whatHelps")).toArray().size() == 1);
    CHECK(json.value(QStringLiteral("whatHelps")).toArray()[0].toObject().value(QStringLiteral("label")).toString()
          == QStringLiteral("Peer headteachers"));
    CHECK(json.value(QStringLiteral("domains")).toArray().size() == kDomainCount);
    CHECK(json.value(QStringLiteral("heatmap")).toArray().size() >= 365);
}

TEST_CASE("the support directory has real UK services and regional ones", "[signposting]")
{
    const SupportDirectory &dir = SupportDirectory::builtIn();
    CHECK(dir.defaultRegion() == QStringLiteral("uk"));
    const auto uk = dir.servicesFor(QStringLiteral("uk"));
    QStringList phones;
    for (const SupportService &s : uk)
        phones << s.phone;
    CHECK(phones.contains(QStringLiteral("08000 562 561"))); // Education Support
    CHECK(phones.contains(QStringLiteral("116 123")));       // Samaritans
    const auto wales = dir.servicesFor(QStringLiteral("wales"));
    CHECK(wales.size() > uk.size());
    CHECK(wales.first().id == QStringLiteral("samaritans-welsh"));
    CHECK(dir.servicesFor(QStringLiteral("atlantis")).size() == uk.size());
    for (const SupportRegion &r : dir.regions())
        for (const SupportService &s : r.services) {
            CHECK_FALSE(s.nameCy.isEmpty());
            CHECK_FALSE(s.descriptionCy.isEmpty());
            CHECK(s.textEn.isEmpty() == s.textCy.isEmpty()); // a text line is never English-only
        }
    bool shoutInWelsh = false;
    for (const SupportService &s : uk)
        shoutInWelsh = shoutInWelsh || (s.id == QStringLiteral("shout") && s.text(QStringLiteral("cy")).contains(QStringLiteral("85258")));
    CHECK(shoutInWelsh);
}

#include <core/store/SettingsStore.h>

TEST_CASE("encrypted settings store and replace values", "[store]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    SettingsStore settings(*t.vault.database());
    CHECK(settings.value(QStringLiteral("support.region")).value().isEmpty());
    REQUIRE(settings.setValue(QStringLiteral("support.region"), QStringLiteral("wales")).ok());
    REQUIRE(settings.setValue(QStringLiteral("support.region"), QStringLiteral("scotland")).ok());
    CHECK(settings.value(QStringLiteral("support.region")).value() == QStringLiteral("scotland"));
}

TEST_CASE("insights skip a scale that was not answered instead of counting it", "[insights]")
{
    Checkin answered = day(kToday, 8, 8, 2);
    Checkin blank;
    blank.day = kToday.addDays(-1);
    blank.emotional = 4; // only emotional load answered
    const QVector<Checkin> checkins{answered, blank};

    CHECK(std::isnan(metricValue(blank, Metric::Demand)));
    const WeekGlance week = weekAtAGlance(checkins, kToday);
    CHECK(week.checkins == 2);
    CHECK(week.thisWeek[int(Metric::Demand)] == Approx(8.0));    // one answer, not (8 + 0) / 2
    CHECK(week.thisWeek[int(Metric::Emotional)] == Approx(6.0)); // both answered
    CHECK(week.thisWeek[int(Metric::Hours)] == Approx(9.0));

    // A day checked in without an emotional load is blank on the heat map, not a 0.
    Checkin none;
    none.day = kToday;
    CHECK(yearHeatmap({none}, kToday).last().emotional == -1);
}

// The UI tests' synthetic year (fillSyntheticYear(true)) must show the support card
// whichever weekday it ends on: this was issue 13's red CI.
TEST_CASE("the synthetic leader ending in high load is signposted on any weekday", "[insights][signposting]")
{
    for (int offset = 0; offset < 14; ++offset) {
        SyntheticOptions o;
        o.lastDay = kToday.addDays(offset);
        o.endInHighLoad = true;
        o.journalEntries = 0;
        const SyntheticData data = generateSyntheticLeader(o);
        INFO("last day " << o.lastDay.toString(Qt::ISODate).toStdString());
        CHECK(signposting(data.checkins, {}, o.lastDay).highEmotionalLoad);
        o.endInHighLoad = false;
        CHECK_FALSE(signposting(generateSyntheticLeader(o).checkins, {}, o.lastDay).highEmotionalLoad);
    }
}

TEST_CASE("weekly points carry the mean and the band of the week's days, and empty weeks stay gaps",
          "[insights][weekly]")
{
    // kToday is Wednesday 25 November 2026; its week starts on Monday 23 November.
    const QDate monday = weekStart(kToday);
    REQUIRE(monday == QDate(2026, 11, 23));
    QVector<Checkin> cs;
    // Last week: Monday 3, Wednesday 8, Friday 7; nothing at the weekend.
    cs << day(monday.addDays(-7), 3, 5, 5) << day(monday.addDays(-5), 8, 5, 5) << day(monday.addDays(-3), 7, 5, 5);
    // Two weeks before: nothing at all (a holiday). Three weeks before: one day.
    cs << day(monday.addDays(-21 + 1), 4, 5, 5);
    // This week so far: Monday only.
    cs << day(monday, 2, 5, 5);
    const auto points = trend(cs, Metric::Demand, Range::ThreeMonths, kToday);
    REQUIRE(points.size() == 13);
    const Point &thisWeek = points[12], &lastWeek = points[11], &empty = points[10], &lone = points[9];
    CHECK(thisWeek.from == monday);
    CHECK(thisWeek.to == kToday); // clipped to today
    CHECK(thisWeek.value == 2);
    CHECK(thisWeek.low == 2);
    CHECK(thisWeek.high == 2);
    CHECK(lastWeek.days == 3);
    CHECK(lastWeek.value == Approx(6.0));
    CHECK(lastWeek.low == 3);
    CHECK(lastWeek.high == 8);
    CHECK(empty.days == 0);
    CHECK_FALSE(hasData(empty.value)); // a gap, never a zero
    CHECK_FALSE(hasData(empty.low));
    CHECK_FALSE(hasData(empty.high));
    CHECK(lone.days == 1);
    CHECK(lone.low == lone.high);
    for (int i = 0; i < 9; ++i)
        CHECK_FALSE(hasData(points[i].value));

    const JdrView jdr = demandsVsResources(cs, Range::ThreeMonths, kToday);
    // Demands = mean of demand and emotional load: (3+5)/2, (8+5)/2, (7+5)/2.
    CHECK(jdr.points[11].demandsLow == 4);
    CHECK(jdr.points[11].demandsHigh == 6.5);
    CHECK(jdr.points[11].resourcesLow == 2.5); // energy 5, no support: (5 + 0) / 2
    CHECK(jdr.points[11].resourcesHigh == 2.5);
    CHECK_FALSE(hasData(jdr.points[10].demandsLow));

    const QJsonArray json = [&] {
        Dashboard d;
        d.trends[0] = points;
        return dashboardJson(d).value(QStringLiteral("trends")).toObject().value(QStringLiteral("demand")).toArray();
    }();
    CHECK(json[11].toObject().value(QStringLiteral("low")).toDouble() == 3);
    CHECK(json[11].toObject().value(QStringLiteral("high")).toDouble() == 8);
    CHECK(json[10].toObject().value(QStringLiteral("low")).isNull());
}

TEST_CASE("a change is better or worse by what the metric means", "[insights][change]")
{
    // Higher demand, emotional load and hours are worse; higher energy and strategic share better.
    CHECK(compareToBefore(Metric::Demand, 8, 6).verdict == Verdict::Worse);
    CHECK(compareToBefore(Metric::Demand, 8, 6).direction == Direction::Up);
    CHECK(compareToBefore(Metric::Demand, 4, 6).verdict == Verdict::Better);
    CHECK(compareToBefore(Metric::Demand, 4, 6).direction == Direction::Down);
    CHECK(compareToBefore(Metric::Emotional, 9, 7).verdict == Verdict::Worse);
    CHECK(compareToBefore(Metric::Hours, 11, 10).verdict == Verdict::Worse);
    CHECK(compareToBefore(Metric::Hours, 9, 10).verdict == Verdict::Better);
    CHECK(compareToBefore(Metric::Energy, 7, 5).verdict == Verdict::Better);
    CHECK(compareToBefore(Metric::Energy, 7, 5).direction == Direction::Up);
    CHECK(compareToBefore(Metric::Energy, 3, 5).verdict == Verdict::Worse);
    CHECK(compareToBefore(Metric::Strategic, 20, 10).verdict == Verdict::Better);
    CHECK(compareToBefore(Metric::Strategic, 5, 10).verdict == Verdict::Worse);
    // Small moves read as the same; the thresholds follow each scale.
    CHECK(compareToBefore(Metric::Demand, 6.4, 6).direction == Direction::Same);
    CHECK(compareToBefore(Metric::Demand, 6.4, 6).verdict == Verdict::Same);
    CHECK(compareToBefore(Metric::Strategic, 14, 10).verdict == Verdict::Same);
    CHECK(compareToBefore(Metric::Strategic, 15, 10).verdict == Verdict::Better);
    CHECK(compareToBefore(Metric::Hours, 10.5, 10).verdict == Verdict::Worse);
    // Without a figure on either side there is no direction and no verdict.
    CHECK(compareToBefore(Metric::Energy, kNoData, 5).direction == Direction::None);
    CHECK(compareToBefore(Metric::Energy, 5, kNoData).verdict == Verdict::Unknown);
    CHECK_FALSE(hasData(compareToBefore(Metric::Energy, 5, kNoData).delta));
    CHECK(compareToBefore(Metric::Hours, 12, 10).delta == 2);
}

TEST_CASE("the headline is the one sentence that matters this week", "[insights][headline]")
{
    auto glance = [](int checkins, std::array<double, kMetricCount> now, std::array<double, kMetricCount> before) {
        WeekGlance g;
        g.checkins = checkins;
        g.thisWeek = now;
        g.previousFourWeeks = before;
        return g;
    };
    const double n = kNoData;
    const std::array<double, kMetricCount> usual{6, 6, 5, 10, 10};
    const SignpostReasons calm;
    const JdrView flat;

    CHECK(headline(glance(0, {n, n, n, n, n}, {n, n, n, n, n}), calm, flat, false).kind == QStringLiteral("no-data"));
    CHECK(headline(glance(0, {n, n, n, n, n}, usual), calm, flat, false).kind == QStringLiteral("no-checkin-yet"));
    CHECK(headline(glance(2, usual, {n, n, n, n, n}), calm, flat, false).kind == QStringLiteral("first-week"));
    const Headline steady = headline(glance(3, {6.2, 6, 5.3, 10, 12}, usual), calm, flat, false);
    CHECK(steady.kind == QStringLiteral("steady"));
    CHECK(steady.text == QStringLiteral("A steady week: your figures are close to the four weeks before."));

    // The largest change for the worse, measured in each scale's own steps, wins over a larger
    // change for the better: demand up 1.0 (2 steps) beats energy up 0.5, strategic up 30 (6 steps
    // but better).
    const Headline worse = headline(glance(3, {7, 6, 5.5, 10, 40}, usual), calm, flat, false);
    CHECK(worse.kind == QStringLiteral("change"));
    CHECK(worse.metric == QStringLiteral("demand"));
    CHECK(worse.text == QStringLiteral("Demand is up this week: 7.0 out of 10, against 6.0 in the four weeks before."));
    const Headline hours = headline(glance(3, {6, 6, 5, 12.5, 10}, usual), calm, flat, false);
    CHECK(hours.metric == QStringLiteral("hours"));
    CHECK(hours.text == QStringLiteral("Your days are longer this week: 12.5 hours a day, against 10.0 in the four weeks before."));
    const Headline better = headline(glance(3, {6, 6, 5, 10, 40}, usual), calm, flat, false);
    CHECK(better.metric == QStringLiteral("strategic"));
    CHECK(better.text == QStringLiteral("More of your time went on strategy this week: 40%, against 10% in the four weeks before."));
    const Headline energy = headline(glance(3, {6, 6, 3, 10, 10}, usual), calm, flat, false);
    CHECK(energy.text.startsWith(QStringLiteral("Your energy is down this week")));

    // Purpose without care comes after a change for the worse, before one for the better.
    CHECK(headline(glance(3, {6, 6, 5, 10, 40}, usual), calm, flat, true).kind == QStringLiteral("purpose-without-care"));
    CHECK(headline(glance(3, {8, 6, 5, 10, 10}, usual), calm, flat, true).kind == QStringLiteral("change"));

    // A widening gap over three months outranks this week's changes; a heavy stretch outranks all.
    JdrView widening;
    widening.widening = true;
    CHECK(headline(glance(3, {8, 6, 5, 10, 10}, usual), calm, widening, false).kind == QStringLiteral("gap-widening"));
    SignpostReasons heavy;
    heavy.highLoadDays = 6;
    heavy.highEmotionalLoad = true;
    const Headline stretch = headline(glance(0, {n, n, n, n, n}, usual), heavy, widening, true);
    CHECK(stretch.kind == QStringLiteral("heavy-stretch"));
    CHECK(stretch.text.contains(QStringLiteral("on 6 of your last 7 check-ins")));
}

TEST_CASE("the dashboard JSON carries the headline and each tile's change", "[insights][dashboard][headline]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    const QDate today = saib::Clock::today();
    const QDate monday = weekStart(today);
    // Four weeks before at demand 4, energy 6, 9 hours; this week demand 6, energy 4, 9 hours
    // (small enough steps that the demands-resources gap does not count as widening).
    for (int i = 1; i <= 28; ++i)
        REQUIRE(t.vault.checkins().save(day(monday.addDays(-i), 4, 4, 6), today).ok());
    REQUIRE(t.vault.checkins().save(day(monday, 6, 4, 5), today).ok());
    auto d = computeDashboard(*t.vault.database(), Range::Year, today);
    REQUIRE(d.ok());
    const QJsonObject json = dashboardJson(d.value());
    const QJsonObject changes = json.value(QStringLiteral("week")).toObject().value(QStringLiteral("changes")).toObject();
    const QJsonObject demand = changes.value(QStringLiteral("demand")).toObject();
    CHECK(demand.value(QStringLiteral("direction")).toString() == QStringLiteral("up"));
    CHECK(demand.value(QStringLiteral("verdict")).toString() == QStringLiteral("worse"));
    CHECK(demand.value(QStringLiteral("delta")).toDouble() == 2);
    const QJsonObject energy = changes.value(QStringLiteral("energy")).toObject();
    CHECK(energy.value(QStringLiteral("direction")).toString() == QStringLiteral("down"));
    CHECK(energy.value(QStringLiteral("delta")).toDouble() == -1);
    CHECK(energy.value(QStringLiteral("verdict")).toString() == QStringLiteral("worse"));
    CHECK(energy.value(QStringLiteral("higherIsBetter")).toBool());
    CHECK(changes.value(QStringLiteral("emotional")).toObject().value(QStringLiteral("verdict")).toString()
          == QStringLiteral("same"));
    const QJsonObject head = json.value(QStringLiteral("headline")).toObject();
    CHECK(head.value(QStringLiteral("kind")).toString() == QStringLiteral("change"));
    // Demand up 2 (4 steps) is the largest change for the worse; energy down 1 is 2 steps.
    CHECK(head.value(QStringLiteral("metric")).toString() == QStringLiteral("demand"));
    CHECK(head.value(QStringLiteral("text")).toString()
          == QStringLiteral("Demand is up this week: 6.0 out of 10, against 4.0 in the four weeks before."));
    CHECK(changes.value(QStringLiteral("hours")).toObject().value(QStringLiteral("direction")).toString()
          == QStringLiteral("same"));
}

#include "TestSupport.h"

#include <core/national/NationalFigures.h>

#include <QSet>

using namespace saib;

namespace {

Checkin hoursOn(const QDate &day, double hours)
{
    Checkin c;
    c.day = day;
    c.hours = hours;
    return c;
}

LeaderCalendar wales()
{
    auto merged = LeaderCalendar::merge(*SchoolCalendar::builtInRegion(QStringLiteral("wales")), {});
    REQUIRE(merged.ok());
    return merged.take();
}

} // namespace

TEST_CASE("every built-in national figure names its source, year, population, sample and question", "[national]")
{
    const QVector<NationalFigure> &figures = NationalFigures::builtIn().figures();
    REQUIRE(figures.size() >= 6);
    QSet<QString> ids, sources;
    for (const NationalFigure &f : figures) {
        INFO(f.id.toStdString());
        CHECK_FALSE(ids.contains(f.id));
        ids.insert(f.id);
        CHECK(f.url.startsWith(QLatin1String("https://")));
        CHECK_FALSE(f.sourceEn.isEmpty());
        CHECK(f.year >= 2021);
        CHECK(f.year <= 2026);
        CHECK_FALSE(f.populationEn.isEmpty());
        CHECK_FALSE(f.populationCy.isEmpty());
        CHECK_FALSE(f.question.isEmpty());
        CHECK_FALSE(f.checkNote.isEmpty());
        CHECK((f.sample > 0 || !f.sampleNote.isEmpty()));
        // A figure whose wording or checking is incomplete says so in its own words.
        if (!f.questionExact)
            CHECK((f.question.contains(QLatin1String("not found")) || f.question.contains(QLatin1String("very or somewhat"))
                   || f.question.startsWith(QLatin1String("Whether"))));
        sources.insert(f.sourceEn.section(QLatin1Char(' '), 0, 1));
    }
    // The sources the issue names: the Teacher Wellbeing Index, the DfE's Working lives
    // survey, Wales's National Education Workforce Survey and NAHT.
    CHECK(sources.contains(QStringLiteral("Teacher Wellbeing")));
    CHECK(sources.contains(QStringLiteral("Working lives")));
    CHECK(sources.contains(QStringLiteral("National Education")));
    CHECK(sources.contains(QStringLiteral("NAHT school")));
}

TEST_CASE("the parser refuses figures without source, year, sample or a sane unit", "[national]")
{
    const QByteArray good = R"({"format":1,"figures":[{"id":"x","source_en":"S","url":"https://e.org","year":2024,
        "population_en":"P","population_cy":"P","sample":100,"question":"Q","value":50,"unit":"hours_per_week",
        "check_note":"c"}]})";
    REQUIRE(NationalFigures::parse(good).ok());
    auto without = [&](const char *from, const char *to) {
        QByteArray bad = good;
        bad.replace(from, to);
        return NationalFigures::parse(bad).ok();
    };
    CHECK_FALSE(without(R"("url":"https://e.org")", R"("url":"")"));
    CHECK_FALSE(without(R"("year":2024)", R"("year":0)"));
    CHECK_FALSE(without(R"("sample":100)", R"("sample":0)"));
    CHECK(without(R"("sample":100)", R"("sample":0,"sample_note":"not published")"));
    CHECK_FALSE(without(R"("unit":"hours_per_week")", R"("unit":"hours")"));
    CHECK_FALSE(without(R"("value":50,"unit":"hours_per_week")", R"("value":50,"unit":"hours_per_day")"));
    CHECK_FALSE(without(R"("question":"Q")", R"("question":"")"));
}

TEST_CASE("every comparison is made on matching units", "[national]")
{
    // Four full weeks of autumn 2025 at 11 hours a weekday and 3 on Sundays (58 a week),
    // then a week with a missing day, which must not count as a short week.
    QVector<Checkin> checkins;
    for (QDate d(2025, 9, 1); d <= QDate(2025, 9, 28); d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            checkins << hoursOn(d, 11);
        else if (d.dayOfWeek() == 7)
            checkins << hoursOn(d, 3);
    for (QDate d(2025, 9, 29); d <= QDate(2025, 10, 2); d = d.addDays(1))
        checkins << hoursOn(d, 11);
    const LeaderFigures mine = leaderFigures(checkins, wales(), QDate(2025, 10, 5));
    CHECK(mine.thisTerm);
    CHECK(mine.from == QDate(2025, 9, 1));
    CHECK(mine.weeks == 4);
    CHECK(mine.hoursPerWeek == Approx(58));
    CHECK(mine.days == 24);
    CHECK(mine.hoursPerDay == Approx(11));

    int compared = 0;
    for (const NationalFigure &f : NationalFigures::builtIn().figures()) {
        INFO(f.id.toStdString());
        const auto c = compare(f, mine);
        if (f.unit == FigureUnit::Percent) {
            CHECK_FALSE(c); // a share of respondents has no counterpart in one leader's check-ins
            continue;
        }
        REQUIRE(c);
        ++compared;
        CHECK(c->unit == f.unit);
        CHECK(c->national == f.value);
        // The leader's value is the one in the figure's own unit, never the other.
        CHECK(c->leader == Approx(f.unit == FigureUnit::HoursPerWeek ? mine.hoursPerWeek : mine.hoursPerDay));
        CHECK(c->basis == (f.unit == FigureUnit::HoursPerWeek ? mine.weeks : mine.days));
        // And the two are within a plausible range of each other in that unit (a weekly
        // figure set beside a daily one would be off by about five times).
        CHECK(c->leader / c->national > 0.5);
        CHECK(c->leader / c->national < 2.0);
    }
    CHECK(compared >= 3);

    // Too little data: nothing is compared.
    const LeaderFigures few = leaderFigures(checkins.mid(0, 3), wales(), QDate(2025, 9, 5));
    for (const NationalFigure &f : NationalFigures::builtIn().figures())
        CHECK_FALSE(compare(f, few));
}

TEST_CASE("without a calendar the leader's figures cover the last eight weeks", "[national]")
{
    QVector<Checkin> checkins;
    for (QDate d(2026, 1, 5); d <= QDate(2026, 3, 1); d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            checkins << hoursOn(d, 10);
    const LeaderFigures mine = leaderFigures(checkins, LeaderCalendar(), QDate(2026, 3, 1));
    CHECK_FALSE(mine.thisTerm);
    CHECK(mine.from == QDate(2026, 1, 5));
    CHECK(mine.weeks == 8);
    CHECK(mine.hoursPerWeek == Approx(50));
}

#include "TestSupport.h"

#include <core/calendar/LeaderCalendar.h>
#include <core/store/SettingsStore.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace saib;

namespace {

QDate d(int y, int m, int day) { return QDate(y, m, day); }

const CalendarRegion &wales()
{
    const CalendarRegion *r = SchoolCalendar::builtInRegion(QStringLiteral("wales"));
    REQUIRE(r);
    return *r;
}

} // namespace

TEST_CASE("every built-in calendar file is sound, sourced and dated", "[calendar]")
{
    const QStringList files = SchoolCalendar::builtInFiles();
    REQUIRE(files.size() >= 4);
    bool sawWales = false, sawEngland = false;
    for (const QString &path : files) {
        INFO(path.toStdString());
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        auto parsed = SchoolCalendar::parse(bytes);
        INFO((parsed.ok() ? std::string() : parsed.error().detail.toStdString()));
        REQUIRE(parsed.ok());
        const CalendarRegion &r = parsed.value();
        sawWales = sawWales || r.country == QLatin1String("wales");
        sawEngland = sawEngland || r.country == QLatin1String("england");
        // 2024/25 to 2027/28, each with a source and the date it was checked.
        QVector<int> years;
        for (const AcademicYear &y : r.years) {
            years << y.year;
            CHECK(y.source.startsWith(QLatin1String("https://")));
            CHECK(y.checked.isValid());
            bool allVerified = true;
            for (const Term &t : y.terms) {
                allVerified = allVerified && t.verified;
                // Terms and half-terms start on a weekday and end on one.
                CHECK(t.start.dayOfWeek() <= 5);
                CHECK(t.end.dayOfWeek() <= 5);
                CHECK(t.halfTermStart.dayOfWeek() == 1);
                CHECK(t.halfTermEnd.dayOfWeek() == 5);
            }
            // A year with unchecked dates says so in its note, not only in the flags.
            if (!allVerified)
                CHECK((y.note.contains(QLatin1String("not be checked"), Qt::CaseInsensitive)
                       || y.note.contains(QLatin1String("Not checked"), Qt::CaseInsensitive)
                       || y.note.contains(QLatin1String("Only the"), Qt::CaseInsensitive)));
        }
        CHECK(years == QVector<int>{2024, 2025, 2026, 2027});
        // The raw file names the verification of every term explicitly.
        for (const QJsonValue &y : QJsonDocument::fromJson(bytes).object().value(QStringLiteral("years")).toArray())
            for (const QJsonValue &t : y.toObject().value(QStringLiteral("terms")).toArray())
                CHECK(t.toObject().value(QStringLiteral("verified")).isBool());
    }
    CHECK(sawWales);
    CHECK(sawEngland);
    CHECK(SchoolCalendar::builtIn().size() == files.size());
    CHECK(SchoolCalendar::builtIn().first().country == QLatin1String("wales"));
}

TEST_CASE("the validator refuses overlapping, disordered or unsourced years", "[calendar]")
{
    CalendarRegion r = wales();
    REQUIRE(SchoolCalendar::validate(r).ok());

    SECTION("a term that ends before it starts")
    {
        std::swap(r.years[1].terms[0].start, r.years[1].terms[0].end);
        CHECK(SchoolCalendar::validate(r).code == ErrorCode::CalendarInvalid);
    }
    SECTION("overlapping terms")
    {
        r.years[1].terms[1].start = r.years[1].terms[0].end.addDays(-3);
        CHECK(SchoolCalendar::validate(r).code == ErrorCode::CalendarInvalid);
    }
    SECTION("overlapping years")
    {
        r.years[2].terms[0].start = r.years[1].terms[2].end.addDays(-1);
        CHECK(SchoolCalendar::validate(r).code == ErrorCode::CalendarInvalid);
    }
    SECTION("a half-term outside its term")
    {
        r.years[0].terms[2].halfTermEnd = r.years[0].terms[2].end.addDays(3);
        CHECK(SchoolCalendar::validate(r).code == ErrorCode::CalendarInvalid);
    }
    SECTION("no source")
    {
        r.years[3].source.clear();
        CHECK(SchoolCalendar::validate(r).code == ErrorCode::CalendarInvalid);
    }
    SECTION("no checked date")
    {
        r.years[3].checked = QDate();
        CHECK(SchoolCalendar::validate(r).code == ErrorCode::CalendarInvalid);
    }
    SECTION("a file that does not say whether a term was verified")
    {
        QByteArray json = R"({"format":1,"id":"x","country":"wales","name_en":"X","name_cy":"X","years":[
          {"year":2025,"source":"https://example.org","checked":"2026-01-01","terms":[
           {"term":"autumn","start":"2025-09-01","end":"2025-12-19","half_term_start":"2025-10-27","half_term_end":"2025-10-31"}]}]})";
        CHECK(SchoolCalendar::parse(json).error().code == ErrorCode::CalendarInvalid);
    }
}

TEST_CASE("a date knows its week of term, half-term or holiday (Wales 2025/26)", "[calendar]")
{
    const SchoolCalendar cal(wales());
    // Autumn 2025 starts Monday 1 September; half-term 27-31 October.
    DayContext c = cal.dayContext(d(2025, 9, 1));
    CHECK(c.kind == DayKind::Term);
    CHECK(c.term == TermName::Autumn);
    CHECK(c.weekOfTerm == 1);
    CHECK(c.half == 1);
    CHECK(c.academicYear == 2025);
    CHECK(cal.dayContext(d(2025, 10, 6)).weekOfTerm == 6);
    CHECK(cal.dayContext(d(2025, 10, 6)).key() == QStringLiteral("autumn.6"));
    CHECK(cal.dayContext(d(2025, 10, 24)).weekOfTerm == 8);
    // The half-term takes the weekends either side.
    CHECK(cal.dayContext(d(2025, 10, 25)).kind == DayKind::HalfTerm);
    CHECK(cal.dayContext(d(2025, 10, 29)).key() == QStringLiteral("half-term.autumn"));
    CHECK(cal.dayContext(d(2025, 11, 2)).kind == DayKind::HalfTerm);
    // After the half-term, teaching weeks carry on from 9, in the second half.
    c = cal.dayContext(d(2025, 11, 3));
    CHECK(c.kind == DayKind::Term);
    CHECK(c.weekOfTerm == 9);
    CHECK(c.half == 2);
    CHECK(cal.dayContext(d(2025, 12, 19)).weekOfTerm == 15);
    CHECK(cal.dayContext(d(2025, 12, 25)).kind == DayKind::Christmas);
    CHECK(cal.dayContext(d(2025, 12, 25)).academicYear == 2025);
    CHECK(cal.dayContext(d(2026, 1, 5)).key() == QStringLiteral("spring.1"));
    CHECK(cal.dayContext(d(2026, 4, 1)).kind == DayKind::Easter);
    CHECK(cal.dayContext(d(2026, 5, 27)).key() == QStringLiteral("half-term.summer"));
    CHECK(cal.dayContext(d(2026, 7, 20)).kind == DayKind::Term);
    c = cal.dayContext(d(2026, 8, 10));
    CHECK(c.kind == DayKind::Summer);
    CHECK(c.academicYear == 2025);
    CHECK(c.isHoliday());
    // Outside the published years nothing is guessed.
    CHECK(cal.dayContext(d(2023, 11, 1)).kind == DayKind::Unknown);
    CHECK(cal.dayContext(d(2029, 1, 10)).kind == DayKind::Unknown);
    // Kent's two-week October half-term counts as one break, not teaching weeks.
    const SchoolCalendar kent(*SchoolCalendar::builtInRegion(QStringLiteral("england-kent")));
    CHECK(kent.dayContext(d(2025, 10, 22)).kind == DayKind::HalfTerm);
    CHECK(kent.dayContext(d(2025, 10, 17)).weekOfTerm == 7);
    CHECK(kent.dayContext(d(2025, 11, 3)).weekOfTerm == 8);
}

TEST_CASE("every date from 2024 to 2028 has exactly one place in each built-in year", "[calendar]")
{
    for (const CalendarRegion &r : SchoolCalendar::builtIn()) {
        const SchoolCalendar cal(r);
        INFO(r.id.toStdString());
        for (QDate day = d(2024, 9, 2); day <= d(2028, 7, 20); day = day.addDays(1)) {
            const DayContext c = cal.dayContext(day);
            REQUIRE(c.kind != DayKind::Unknown);
            if (c.kind == DayKind::Term) {
                CHECK(c.weekOfTerm >= 1);
                CHECK(c.weekOfTerm <= 16);
            }
        }
    }
}

TEST_CASE("the leader's own dates and marked weeks merge over the authority's", "[calendar]")
{
    CalendarAdditions add;
    add.insetDays << d(2025, 9, 1);
    add.marks << MarkedWeek{d(2025, 11, 17), d(2025, 11, 21), QStringLiteral("inspection"), QStringLiteral("Estyn")};
    TermChange change;
    change.year = 2025;
    change.term = wales().years[1].terms[0];
    change.term.start = d(2025, 9, 3); // this school starts two days later
    add.termChanges << change;

    // Round trip through the stored JSON.
    auto again = CalendarAdditions::fromJson(add.toJson());
    REQUIRE(again.ok());
    CHECK(again.value().toJson() == add.toJson());

    auto merged = LeaderCalendar::merge(wales(), again.value());
    REQUIRE(merged.ok());
    const LeaderCalendar &cal = merged.value();
    CHECK(cal.dayContext(d(2025, 9, 2)).kind == DayKind::Summer);
    CHECK(cal.dayContext(d(2025, 9, 3)).weekOfTerm == 1);
    const DayContext inspection = cal.dayContext(d(2025, 11, 19));
    CHECK(inspection.marks == QStringList{QStringLiteral("Estyn")});
    CHECK(inspection.markKinds == QStringList{QStringLiteral("inspection")});
    CHECK(cal.dayContext(d(2025, 11, 24)).marks.isEmpty());

    SECTION("a change that breaks the year is refused")
    {
        CalendarAdditions bad = add;
        bad.termChanges[0].term.end = d(2026, 1, 9); // runs into the spring term
        CHECK(LeaderCalendar::merge(wales(), bad).error().code == ErrorCode::CalendarInvalid);
    }
    SECTION("a change to a year the authority has not published is refused")
    {
        CalendarAdditions bad = add;
        bad.termChanges[0].year = 2031;
        CHECK(LeaderCalendar::merge(wales(), bad).error().code == ErrorCode::CalendarInvalid);
    }
    SECTION("malformed stored additions are an error, not silently empty")
    {
        CHECK(CalendarAdditions::fromJson("[1,2]").error().code == ErrorCode::CalendarInvalid);
            const QByteArray backwards = R"({"marks":[{"start":"2025-11-17","end":"2025-11-10","kind":"inspection"}]})";
        CHECK(CalendarAdditions::fromJson(backwards).error().code == ErrorCode::CalendarInvalid);
    }
}

TEST_CASE("the leader's region and additions live in the encrypted settings", "[calendar]")
{
    test::TempVault tv;
    REQUIRE(tv.vault.create(test::kPassphrase).ok());
    Database &db = *tv.vault.database();

    auto none = LeaderCalendar::load(db);
    REQUIRE(none.ok());
    CHECK(none.value().isEmpty());
    CHECK(none.value().dayContext(d(2025, 10, 6)).kind == DayKind::Unknown);

    CHECK(LeaderCalendar::saveRegion(db, QStringLiteral("atlantis")).code == ErrorCode::CalendarInvalid);
    REQUIRE(LeaderCalendar::saveRegion(db, QStringLiteral("wales")).ok());
    CalendarAdditions add;
    add.marks << MarkedWeek{d(2026, 3, 2), d(2026, 3, 6), QStringLiteral("inspection"), QStringLiteral("Estyn")};
    REQUIRE(LeaderCalendar::saveAdditions(db, add).ok());

    // A change that would not load again is refused before it is stored.
    CalendarAdditions bad;
    TermChange broken;
    broken.year = 2025;
    broken.term = wales().years[1].terms[1];
    broken.term.halfTermStart = d(2026, 4, 20);
    bad.termChanges << broken;
    CHECK(LeaderCalendar::saveAdditions(db, bad).code == ErrorCode::CalendarInvalid);

    auto loaded = LeaderCalendar::load(db);
    REQUIRE(loaded.ok());
    CHECK(loaded.value().calendar().region().id == QStringLiteral("wales"));
    CHECK(loaded.value().dayContext(d(2026, 3, 4)).marks == QStringList{QStringLiteral("Estyn")});
    CHECK(loaded.value().dayContext(d(2026, 3, 4)).key() == QStringLiteral("spring.8"));
}

#include <core/demo/SyntheticLeader.h>
#include <core/insights/TermInsights.h>

namespace {

LeaderCalendar walesCalendar()
{
    auto merged = LeaderCalendar::merge(wales(), {});
    REQUIRE(merged.ok());
    return merged.take();
}

Checkin dayWith(const QDate &day, int load, int energy)
{
    Checkin c;
    c.day = day;
    c.demand = load;
    c.emotional = load;
    c.energy = energy;
    return c;
}

} // namespace

TEST_CASE("term-shaped insights on fixed data", "[calendar][insights]")
{
    const LeaderCalendar cal = walesCalendar();
    // Every school day of 2024/25 and the autumn of 2025: load 4, but 8 in the second half
    // of the autumn term (9 in 2025); energy 3 in the week before a break and 7 in the week
    // after one, 5 otherwise.
    QVector<Checkin> checkins;
    for (QDate day = d(2024, 9, 2); day <= d(2025, 11, 19); day = day.addDays(1)) {
        const DayContext ctx = cal.dayContext(day);
        if (ctx.kind != DayKind::Term || day.dayOfWeek() > 5)
            continue;
        int load = 4;
        if (ctx.term == TermName::Autumn && ctx.half == 2)
            load = ctx.academicYear == 2025 ? 9 : 8;
        bool breakAhead = false, breakBehind = false;
        for (int i = 1; i <= 7; ++i) {
            breakAhead = breakAhead || cal.dayContext(day.addDays(i)).isHoliday();
            breakBehind = breakBehind || cal.dayContext(day.addDays(-i)).isHoliday();
        }
        checkins << dayWith(day, load, breakAhead ? 3 : breakBehind ? 7 : 5);
    }
    const insights::TermInsights t = insights::termInsights(checkins, cal, d(2025, 11, 19));
    REQUIRE(t.hasCalendar);
    CHECK(t.today.key() == QStringLiteral("autumn.11"));
    REQUIRE(t.heaviestIndex >= 0);
    CHECK(t.byHalf[t.heaviestIndex].term == TermName::Autumn);
    CHECK(t.byHalf[t.heaviestIndex].half == 2);
    CHECK(t.yearsCompared == 1); // 2025/26 has only one and a half halves so far
    CHECK(t.heaviestYears == 1);
    // Week 3 of the autumn term is as light in both years.
    for (const insights::TermWeekLoad &w : t.byWeek)
        if (w.term == TermName::Autumn && w.week == 3)
            CHECK(w.load == Approx(4));
    const insights::SameHalfComparison &cmp = t.sameHalfLastYear;
    REQUIRE(cmp.valid);
    CHECK(cmp.year == 2025);
    CHECK(cmp.term == TermName::Autumn);
    CHECK(cmp.half == 2);
    CHECK(cmp.throughWeek == 3);
    CHECK(cmp.loadNow == Approx(9));
    CHECK(cmp.loadLastYear == Approx(8));
    CHECK(cmp.daysNow == 13);       // 3 Nov to 19 Nov, weekdays
    CHECK(cmp.daysLastYear == 15);  // 4 Nov to 22 Nov 2024: the same three weeks
    // Every finished break: half-terms and holidays from autumn 2024 to the October 2025
    // half-term, each with a week either side.
    CHECK(t.restore.holidays == 7);
    CHECK(t.restore.restored == 7);
    CHECK(t.restore.energyBefore == Approx(3));
    CHECK(t.restore.energyAfter == Approx(7));

    const QJsonObject json = insights::termInsightsJson(t);
    CHECK(json.value(QStringLiteral("today")).toObject().value(QStringLiteral("label")).toString()
          == QStringLiteral("Week 11 of the autumn term"));
    CHECK(json.value(QStringLiteral("heaviestHalfTerm")).toObject().value(QStringLiteral("term")).toString()
          == QStringLiteral("autumn"));
}

TEST_CASE("term-shaped insights with no calendar or too little data say nothing", "[calendar][insights]")
{
    const insights::TermInsights none = insights::termInsights({dayWith(d(2025, 10, 6), 5, 5)}, LeaderCalendar(), d(2025, 10, 6));
    CHECK_FALSE(none.hasCalendar);
    CHECK(none.heaviestIndex == -1);
    CHECK(none.today.kind == DayKind::Unknown);
    const insights::TermInsights few
        = insights::termInsights({dayWith(d(2025, 10, 6), 5, 5)}, walesCalendar(), d(2025, 10, 7));
    CHECK(few.hasCalendar);
    CHECK(few.heaviestIndex == -1);
    CHECK_FALSE(few.sameHalfLastYear.valid);
    CHECK(few.restore.holidays == 0);
}

TEST_CASE("the synthetic leader follows the Welsh school year", "[calendar][insights]")
{
    SyntheticOptions o;
    o.lastDay = d(2027, 7, 1);
    o.days = 3 * 365;
    o.journalEntries = 0;
    const SyntheticData data = generateSyntheticLeader(o);
    const LeaderCalendar cal = walesCalendar();
    int holidayCheckins = 0, holidayHeavy = 0;
    for (const Checkin &c : data.checkins)
        if (cal.dayContext(c.day).isHoliday()) {
            ++holidayCheckins;
            holidayHeavy += c.demand && *c.demand >= 7;
        }
    CHECK(holidayCheckins > 50);
    CHECK(holidayHeavy * 10 < holidayCheckins); // holidays are light

    const insights::TermInsights t = insights::termInsights(data.checkins, cal, o.lastDay);
    REQUIRE(t.heaviestIndex >= 0);
    // "The second half of the autumn term is your heaviest, every year."
    CHECK(t.byHalf[t.heaviestIndex].term == TermName::Autumn);
    CHECK(t.byHalf[t.heaviestIndex].half == 2);
    CHECK(t.yearsCompared >= 2);
    CHECK(t.heaviestYears == t.yearsCompared);
    // Load rises through a half-term: week 1 of a term is lighter than week 7.
    double week1 = insights::kNoData, week7 = insights::kNoData;
    for (const insights::TermWeekLoad &w : t.byWeek)
        if (w.term == TermName::Autumn && w.week == 1)
            week1 = w.load;
        else if (w.term == TermName::Autumn && w.week == 7)
            week7 = w.load;
    REQUIRE(insights::hasData(week1));
    REQUIRE(insights::hasData(week7));
    CHECK(week7 > week1 + 1);
    // The breaks restore energy more often than not.
    CHECK(t.restore.holidays >= 10);
    CHECK(t.restore.restored * 3 > t.restore.holidays * 2);
    CHECK(t.restore.energyAfter > t.restore.energyBefore);
}

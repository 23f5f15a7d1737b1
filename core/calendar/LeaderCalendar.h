#pragma once
// The leader's own school year: the authority they picked plus what their school does
// differently (INSET days, changed term dates) and weeks they mark (an Estyn or Ofsted
// inspection, a residential, a restructure). Kept as JSON in the encrypted settings table
// (keys below), so it syncs between the leader's devices like other settings and never
// leaves them in the clear.
#include "SchoolCalendar.h"

#include <QByteArray>

namespace saib {

class Database;

struct MarkedWeek {
    QDate start, end;   // inclusive
    QString kind;       // "inspection" or "other"
    QString label;      // the leader's own words, may be empty
};

struct TermChange {     // replaces one term of the authority's calendar
    int year = 0;
    Term term;
};

struct CalendarAdditions {
    QVector<QDate> insetDays;
    QVector<TermChange> termChanges;
    QVector<MarkedWeek> marks;

    QByteArray toJson() const;
    static Result<CalendarAdditions> fromJson(const QByteArray &json); // empty input: no additions
};

class LeaderCalendar {
public:
    static constexpr const char *RegionKey = "calendar.region";
    static constexpr const char *AdditionsKey = "calendar.additions";

    // The authority's calendar with the leader's changes merged; fails when a change would
    // make the year inconsistent (terms overlapping, a half-term outside its term).
    static Result<LeaderCalendar> merge(const CalendarRegion &region, const CalendarAdditions &additions);
    // Reads the leader's choice from the store; an unset or unknown region gives an empty
    // calendar (every day "unknown"), so nothing pretends to know the leader's year.
    static Result<LeaderCalendar> load(Database &db);
    static Error saveRegion(Database &db, const QString &regionId);
    static Error saveAdditions(Database &db, const CalendarAdditions &additions);

    const SchoolCalendar &calendar() const { return m_calendar; }
    const CalendarAdditions &additions() const { return m_additions; }
    bool isEmpty() const { return m_calendar.isEmpty(); }
    DayContext dayContext(const QDate &day) const;

private:
    SchoolCalendar m_calendar;
    CalendarAdditions m_additions;
};

} // namespace saib

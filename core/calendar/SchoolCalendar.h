#pragma once
// The school year as data (assets/calendar/*.json, built in; format in assets/calendar/README.md):
// which term, which week of it, or which holiday a date falls in. A region is one local
// authority's (or a shared national) pattern; the leader's own changes are merged on top by
// core/calendar/LeaderCalendar. Headless and pure: no clock, no store.
#include "../Error.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace saib {

enum class TermName { Autumn, Spring, Summer };

struct Term {
    TermName name = TermName::Autumn;
    QDate start, end;                  // first and last day of term (staff days included)
    QDate halfTermStart, halfTermEnd;  // the half-term break inside it (weekdays)
    bool verified = false;             // checked against the source, or only projected
};

struct AcademicYear {
    int year = 0;       // 2025 for 2025/26
    QString source;     // where the dates were checked
    QDate checked;      // when
    QString note;
    QVector<Term> terms; // autumn, spring, summer, in that order
};

struct CalendarRegion {
    QString id, country, nameEn, nameCy, note;
    QVector<AcademicYear> years; // ascending
    QString name(const QString &lang) const { return lang == QLatin1String("cy") ? nameCy : nameEn; }
    const AcademicYear *year(int startYear) const;
};

enum class DayKind { Term, HalfTerm, Christmas, Easter, Summer, Unknown };

// Where one date sits in the school year.
struct DayContext {
    DayKind kind = DayKind::Unknown;
    int academicYear = 0;     // 2025 for any day of 2025/26 (holidays included); 0 if unknown
    TermName term = TermName::Autumn; // the term, or for a half-term the term it splits
    int weekOfTerm = 0;       // 1-based teaching week (half-term weeks not counted); 0 in holidays
    int half = 0;             // 1 or 2: before or after the half-term; 0 in holidays
    int weekOfHalf = 0;       // 1-based week within that half; 0 in holidays
    bool inset = false;       // one of the leader's INSET days
    QStringList marks;        // labels of the leader's marked weeks covering the date
    QStringList markKinds;    // "inspection" or "other", parallel to marks
    bool isHoliday() const { return kind != DayKind::Term && kind != DayKind::Unknown; }
    // Stable machine key for JSON and tests: "autumn.6", "half-term.autumn", "christmas", ...
    QString key() const;
};

QString termId(TermName t);
bool termFromId(const QString &id, TermName *out);

class SchoolCalendar {
public:
    // Parses and validates one file of assets/calendar/.
    static Result<CalendarRegion> parse(const QByteArray &json);
    // Every term ordered and inside its year, half-term inside its term, no overlaps between
    // terms or years, source and checked date present. Empty Error when sound.
    static Error validate(const CalendarRegion &region);
    static const QVector<CalendarRegion> &builtIn();
    static const CalendarRegion *builtInRegion(const QString &id);
    // Names of the built-in files (":/assets/calendar/x.json"), for the data test.
    static QStringList builtInFiles();

    SchoolCalendar() = default;
    explicit SchoolCalendar(CalendarRegion region) : m_region(std::move(region)) {}
    const CalendarRegion &region() const { return m_region; }
    bool isEmpty() const { return m_region.years.isEmpty(); }

    DayContext dayContext(const QDate &day) const;
    // The academic year (start year) a date belongs to: September onward is the new year.
    static int academicYearOf(const QDate &day) { return day.month() >= 8 ? day.year() : day.year() - 1; }

private:
    CalendarRegion m_region;
};

} // namespace saib

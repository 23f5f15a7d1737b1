#include "SchoolCalendar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saib {

namespace {

QDate dateField(const QJsonObject &o, const char *key)
{
    return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

Error invalid(const QString &detail) { return Error(ErrorCode::CalendarInvalid, detail); }

QDate mondayOf(const QDate &d) { return d.addDays(1 - d.dayOfWeek()); }

// A half-term booked Monday to Friday also takes the weekends either side.
QDate breakStart(const Term &t)
{
    return t.halfTermStart.dayOfWeek() == 1 ? t.halfTermStart.addDays(-2) : t.halfTermStart;
}
QDate breakEnd(const Term &t)
{
    return t.halfTermEnd.dayOfWeek() == 5 ? t.halfTermEnd.addDays(2) : t.halfTermEnd;
}

} // namespace

QString termId(TermName t)
{
    switch (t) {
    case TermName::Autumn: return QStringLiteral("autumn");
    case TermName::Spring: return QStringLiteral("spring");
    case TermName::Summer: return QStringLiteral("summer");
    }
    return {};
}

bool termFromId(const QString &id, TermName *out)
{
    for (TermName t : {TermName::Autumn, TermName::Spring, TermName::Summer})
        if (termId(t) == id) {
            *out = t;
            return true;
        }
    return false;
}

QString DayContext::key() const
{
    switch (kind) {
    case DayKind::Term: return termId(term) + QLatin1Char('.') + QString::number(weekOfTerm);
    case DayKind::HalfTerm: return QStringLiteral("half-term.") + termId(term);
    case DayKind::Christmas: return QStringLiteral("christmas");
    case DayKind::Easter: return QStringLiteral("easter");
    case DayKind::Summer: return QStringLiteral("summer-holiday");
    case DayKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

const AcademicYear *CalendarRegion::year(int startYear) const
{
    for (const AcademicYear &y : years)
        if (y.year == startYear)
            return &y;
    return nullptr;
}

Result<CalendarRegion> SchoolCalendar::parse(const QByteArray &json)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() != 1)
        return invalid(QStringLiteral("unknown format"));
    CalendarRegion region;
    region.id = root.value(QStringLiteral("id")).toString();
    region.country = root.value(QStringLiteral("country")).toString();
    region.nameEn = root.value(QStringLiteral("name_en")).toString();
    region.nameCy = root.value(QStringLiteral("name_cy")).toString();
    region.note = root.value(QStringLiteral("note")).toString();
    for (const QJsonValue &yv : root.value(QStringLiteral("years")).toArray()) {
        const QJsonObject y = yv.toObject();
        AcademicYear year;
        year.year = y.value(QStringLiteral("year")).toInt();
        year.source = y.value(QStringLiteral("source")).toString();
        year.checked = dateField(y, "checked");
        year.note = y.value(QStringLiteral("note")).toString();
        for (const QJsonValue &tv : y.value(QStringLiteral("terms")).toArray()) {
            const QJsonObject t = tv.toObject();
            Term term;
            if (!termFromId(t.value(QStringLiteral("term")).toString(), &term.name))
                return invalid(QStringLiteral("%1 %2: unknown term").arg(region.id).arg(year.year));
            term.start = dateField(t, "start");
            term.end = dateField(t, "end");
            term.halfTermStart = dateField(t, "half_term_start");
            term.halfTermEnd = dateField(t, "half_term_end");
            if (!t.value(QStringLiteral("verified")).isBool())
                return invalid(QStringLiteral("%1 %2: say whether each term was verified").arg(region.id).arg(year.year));
            term.verified = t.value(QStringLiteral("verified")).toBool();
            year.terms << term;
        }
        region.years << year;
    }
    if (Error e = validate(region); !e.ok())
        return e;
    return region;
}

Error SchoolCalendar::validate(const CalendarRegion &region)
{
    if (region.id.isEmpty() || region.nameEn.isEmpty() || region.nameCy.isEmpty())
        return invalid(QStringLiteral("region needs an id and names in English and Welsh"));
    if (region.country != QLatin1String("wales") && region.country != QLatin1String("england")
        && region.country != QLatin1String("scotland") && region.country != QLatin1String("northern-ireland"))
        return invalid(QStringLiteral("%1: unknown country").arg(region.id));
    if (region.years.isEmpty())
        return invalid(QStringLiteral("%1: no years").arg(region.id));
    QDate previousEnd;
    int previousYear = 0;
    for (const AcademicYear &y : region.years) {
        const QString where = QStringLiteral("%1 %2").arg(region.id).arg(y.year);
        if (y.year <= previousYear)
            return invalid(where + QStringLiteral(": years out of order"));
        previousYear = y.year;
        if (!y.source.startsWith(QLatin1String("https://")))
            return invalid(where + QStringLiteral(": no source address"));
        if (!y.checked.isValid())
            return invalid(where + QStringLiteral(": no date checked"));
        if (y.terms.size() != 3 || y.terms[0].name != TermName::Autumn || y.terms[1].name != TermName::Spring
            || y.terms[2].name != TermName::Summer)
            return invalid(where + QStringLiteral(": needs autumn, spring and summer in order"));
        for (const Term &t : y.terms) {
            const QString tw = where + QLatin1Char(' ') + termId(t.name);
            if (!t.start.isValid() || !t.end.isValid() || !t.halfTermStart.isValid() || !t.halfTermEnd.isValid())
                return invalid(tw + QStringLiteral(": missing or malformed date"));
            if (t.end <= t.start)
                return invalid(tw + QStringLiteral(": ends before it starts"));
            if (t.halfTermStart <= t.start || t.halfTermEnd >= t.end || t.halfTermEnd < t.halfTermStart)
                return invalid(tw + QStringLiteral(": half-term outside the term"));
            if (previousEnd.isValid() && t.start <= previousEnd)
                return invalid(tw + QStringLiteral(": overlaps the term before"));
            previousEnd = t.end;
        }
        // The year's autumn term starts in August or September of its start year.
        if (y.terms[0].start.year() != y.year || y.terms[0].start.month() < 8 || y.terms[0].start.month() > 9)
            return invalid(where + QStringLiteral(": autumn term does not start in its year"));
        if (y.terms[2].end.year() != y.year + 1 || y.terms[2].end.month() > 8)
            return invalid(where + QStringLiteral(": summer term does not end in July or August"));
    }
    return {};
}

QStringList SchoolCalendar::builtInFiles()
{
    QStringList out;
    const QDir dir(QStringLiteral(":/assets/calendar"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

const QVector<CalendarRegion> &SchoolCalendar::builtIn()
{
    static const QVector<CalendarRegion> regions = [] {
        QVector<CalendarRegion> out;
        for (const QString &path : builtInFiles()) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            auto parsed = parse(f.readAll());
            // The data test (tests/core/test_calendar.cpp) fails on any invalid file; at run
            // time an invalid one is left out rather than shown wrong.
            Q_ASSERT_X(parsed.ok(), "SchoolCalendar", qPrintable(parsed.error().detail));
            if (parsed.ok())
                out << parsed.take();
        }
        // Wales first: the app's first audience, then the English authorities by name.
        std::stable_sort(out.begin(), out.end(), [](const CalendarRegion &a, const CalendarRegion &b) {
            const bool aw = a.country == QLatin1String("wales"), bw = b.country == QLatin1String("wales");
            if (aw != bw)
                return aw;
            return a.nameEn < b.nameEn;
        });
        return out;
    }();
    return regions;
}

const CalendarRegion *SchoolCalendar::builtInRegion(const QString &id)
{
    for (const CalendarRegion &r : builtIn())
        if (r.id == id)
            return &r;
    return nullptr;
}

DayContext SchoolCalendar::dayContext(const QDate &day) const
{
    DayContext ctx;
    const QVector<AcademicYear> &years = m_region.years;
    for (int yi = 0; yi < years.size(); ++yi) {
        const AcademicYear &y = years[yi];
        for (int ti = 0; ti < y.terms.size(); ++ti) {
            const Term &t = y.terms[ti];
            if (day >= t.start && day <= t.end) {
                ctx.academicYear = y.year;
                ctx.term = t.name;
                if (day >= breakStart(t) && day <= breakEnd(t)) {
                    ctx.kind = DayKind::HalfTerm;
                    return ctx;
                }
                ctx.kind = DayKind::Term;
                int week = int(mondayOf(t.start).daysTo(mondayOf(day)) / 7) + 1;
                if (day > t.halfTermEnd) {
                    week -= int(mondayOf(t.halfTermStart).daysTo(mondayOf(t.halfTermEnd)) / 7) + 1;
                    ctx.half = 2;
                    ctx.weekOfHalf = int(mondayOf(t.halfTermEnd).daysTo(mondayOf(day)) / 7);
                } else {
                    ctx.half = 1;
                    ctx.weekOfHalf = week;
                }
                ctx.weekOfTerm = week;
                return ctx;
            }
            // Between this term's end and the next term's start: the holiday after it.
            const Term *next = ti + 1 < y.terms.size() ? &y.terms[ti + 1]
                               : (yi + 1 < years.size() && years[yi + 1].year == y.year + 1 ? &years[yi + 1].terms[0]
                                                                                            : nullptr);
            // With no next year published the summer holiday runs to the end of August.
            const QDate holidayEnd = next ? next->start.addDays(-1) : QDate(y.year + 1, 8, 31);
            if (day > t.end && day <= holidayEnd) {
                // A holiday belongs to the year it falls in; the summer holiday to the year
                // just ended (it is "the summer after" that year's work).
                ctx.academicYear = y.year;
                ctx.kind = t.name == TermName::Autumn ? DayKind::Christmas
                           : t.name == TermName::Spring ? DayKind::Easter
                                                        : DayKind::Summer;
                return ctx;
            }
        }
        // Before the first published autumn term: the summer holiday from 1 August.
        if (yi == 0 && day >= QDate(y.year, 8, 1) && day < y.terms[0].start) {
            ctx.kind = DayKind::Summer;
            ctx.academicYear = y.year - 1;
            return ctx;
        }
    }
    return ctx;
}

} // namespace saib

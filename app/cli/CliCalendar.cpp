#include "CliCalendar.h"
#include "CliSession.h"

#include <core/calendar/LeaderCalendar.h>
#include <core/insights/TermInsights.h>
#include <core/vault/Vault.h>

#include <cstdio>

namespace saib::cli {

namespace {

QString day(const QDate &d) { return d.toString(QStringLiteral("ddd d MMM yyyy")); }

void printYear(const LeaderCalendar &cal, const AcademicYear &y)
{
    std::printf("%d/%02d  (source: %s, checked %s)\n", y.year, (y.year + 1) % 100, qUtf8Printable(y.source),
                qUtf8Printable(y.checked.toString(Qt::ISODate)));
    if (!y.note.isEmpty())
        std::printf("  note: %s\n", qUtf8Printable(y.note));
    for (const Term &t : y.terms) {
        QString name = termId(t.name);
        name[0] = name[0].toUpper();
        std::printf("  %-7s %s to %s; half-term %s to %s%s\n", qUtf8Printable(name), qUtf8Printable(day(t.start)),
                    qUtf8Printable(day(t.end)), qUtf8Printable(day(t.halfTermStart)), qUtf8Printable(day(t.halfTermEnd)),
                    t.verified ? "" : "  [not checked against a source]");
    }
    const QDate from = y.terms.first().start, to = y.terms.last().end;
    for (const QDate &d : cal.additions().insetDays)
        if (d >= from && d <= to)
            std::printf("  INSET   %s\n", qUtf8Printable(day(d)));
    for (const MarkedWeek &m : cal.additions().marks)
        if (m.end >= from && m.start <= to)
            std::printf("  %-7s %s to %s %s\n", m.kind == QLatin1String("inspection") ? "Inspect" : "Marked",
                        qUtf8Printable(day(m.start)), qUtf8Printable(day(m.end)), qUtf8Printable(m.label));
}

} // namespace

void addCalendarOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("year"), QStringLiteral("For 'calendar': the school year starting in YYYY (default: this one)."),
                 QStringLiteral("YYYY")});
    p.addOption({QStringLiteral("kind"), QStringLiteral("For 'calendar mark': inspection (default) or other."),
                 QStringLiteral("kind")});
    p.addOption({QStringLiteral("label"), QStringLiteral("For 'calendar mark': your own words, e.g. Estyn."),
                 QStringLiteral("text")});
}

int calendarCommand(Vault &vault, const QCommandLineParser &p, const QStringList &args, const QDate &today)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("regions") && args.size() == 1) {
        for (const CalendarRegion &r : SchoolCalendar::builtIn())
            std::printf("%-20s %s (%s)\n", qUtf8Printable(r.id), qUtf8Printable(r.nameEn), qUtf8Printable(r.country));
        return Ok;
    }
    if (!verb.isEmpty() && verb != QLatin1String("set") && verb != QLatin1String("mark") && verb != QLatin1String("inset"))
        return usage(QStringLiteral("calendar [--year YYYY] | regions | set REGION | mark FROM TO | inset DAY"));
    if (!unlockOrReport(vault))
        return Failed;
    Database &db = *vault.database();
    if (verb == QLatin1String("set")) {
        if (args.size() != 2)
            return usage(QStringLiteral("calendar set REGION (see 'calendar regions')"));
        if (Error e = LeaderCalendar::saveRegion(db, args[1]); !e.ok())
            return fail(e);
        std::printf("Your school year now follows %s\n", qUtf8Printable(SchoolCalendar::builtInRegion(args[1])->nameEn));
        return Ok;
    }
    auto loaded = LeaderCalendar::load(db);
    if (!loaded.ok())
        return fail(loaded.error());
    if (verb == QLatin1String("mark") || verb == QLatin1String("inset")) {
        CalendarAdditions add = loaded.value().additions();
        const QDate from = QDate::fromString(args.value(1), Qt::ISODate);
        const QDate to = verb == QLatin1String("inset") ? from : QDate::fromString(args.value(2), Qt::ISODate);
        if (!from.isValid() || !to.isValid() || to < from || args.size() != (verb == QLatin1String("inset") ? 2 : 3))
            return usage(QStringLiteral("calendar mark FROM TO | calendar inset DAY, dates as YYYY-MM-DD"));
        if (verb == QLatin1String("inset")) {
            add.insetDays << from;
        } else {
            const QString kind = p.isSet(QStringLiteral("kind")) ? p.value(QStringLiteral("kind")) : QStringLiteral("inspection");
            if (kind != QLatin1String("inspection") && kind != QLatin1String("other"))
                return usage(QStringLiteral("--kind must be inspection or other"));
            add.marks << MarkedWeek{from, to, kind, p.value(QStringLiteral("label"))};
        }
        if (Error e = LeaderCalendar::saveAdditions(db, add); !e.ok())
            return fail(e);
        std::printf("Saved\n");
        return Ok;
    }
    const LeaderCalendar &cal = loaded.value();
    if (cal.isEmpty()) {
        std::printf("No school calendar chosen yet: 'saib-cli calendar set REGION' (see 'calendar regions').\n");
        return Ok;
    }
    int year = SchoolCalendar::academicYearOf(today);
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok)
            return usage(QStringLiteral("--year is the year the school year starts in, e.g. 2025"));
    }
    const AcademicYear *y = cal.calendar().region().year(year);
    if (!y)
        return fail(Error(ErrorCode::NotFound, QStringLiteral("no %1/%2 dates for %3").arg(year).arg((year + 1) % 100).arg(cal.calendar().region().nameEn)));
    std::printf("%s\n", qUtf8Printable(cal.calendar().region().nameEn));
    printYear(cal, *y);
    const DayContext now = cal.dayContext(today);
    if (now.kind != DayKind::Unknown)
        std::printf("Today: %s\n", qUtf8Printable(insights::dayContextEnglish(now)));
    return Ok;
}

} // namespace saib::cli

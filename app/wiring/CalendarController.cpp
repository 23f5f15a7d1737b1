#include "CalendarController.h"
#include "AppController.h"

#include <core/Clock.h>
#include <core/ErrorMessages.h>
#include <core/vault/Vault.h>

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace saib::ui {

namespace {

// Whole sentences per term, so each language can inflect the term name as it needs.
QString weekOfTerm(TermName term, int week)
{
    switch (term) {
    case TermName::Autumn: return QCoreApplication::translate("Calendar", "Week %1 of the autumn term").arg(week);
    case TermName::Spring: return QCoreApplication::translate("Calendar", "Week %1 of the spring term").arg(week);
    case TermName::Summer: return QCoreApplication::translate("Calendar", "Week %1 of the summer term").arg(week);
    }
    return {};
}

QString halfName(TermName term, int half)
{
    if (term == TermName::Autumn)
        return half == 1 ? QCoreApplication::translate("Calendar", "the first half of the autumn term") : QCoreApplication::translate("Calendar", "the second half of the autumn term");
    if (term == TermName::Spring)
        return half == 1 ? QCoreApplication::translate("Calendar", "the first half of the spring term") : QCoreApplication::translate("Calendar", "the second half of the spring term");
    return half == 1 ? QCoreApplication::translate("Calendar", "the first half of the summer term") : QCoreApplication::translate("Calendar", "the second half of the summer term");
}

} // namespace

CalendarController::CalendarController(AppController &app, QObject *parent) : QObject(parent), m_app(app)
{
    connect(&app, &AppController::stateChanged, this, &CalendarController::refresh);
    connect(&app, &AppController::dataChanged, this, &CalendarController::refresh);
    connect(&app, &AppController::languageChanged, this, &CalendarController::refresh);
}

void CalendarController::refresh()
{
    m_calendar = LeaderCalendar();
    if (m_app.vault().isUnlocked() && !m_setupAuthority.isEmpty()) {
        // Best effort: a failure leaves "None", which Settings shows and can change.
        (void)LeaderCalendar::saveRegion(*m_app.vault().database(), m_setupAuthority);
        m_setupAuthority.clear();
    }
    if (m_app.vault().isUnlocked()) {
        auto loaded = LeaderCalendar::load(*m_app.vault().database());
        if (loaded.ok())
            m_calendar = loaded.take();
    }
    m_today = m_calendar.dayContext(saib::Clock::today());
    emit changed();
}

QString CalendarController::authority() const { return m_calendar.calendar().region().id; }

QVariantList CalendarController::authorities() const
{
    const QString lang = m_app.language();
    QVariantList out;
    out << QVariantMap{{QStringLiteral("id"), QString()}, {QStringLiteral("name"), QCoreApplication::translate("Calendar", "None: don't use term dates")}};
    for (const CalendarRegion &r : SchoolCalendar::builtIn())
        out << QVariantMap{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name(lang)}};
    return out;
}

QString CalendarController::authorityNote() const
{
    if (m_calendar.isEmpty())
        return {};
    const AcademicYear *y = m_calendar.calendar().region().year(SchoolCalendar::academicYearOf(saib::Clock::today()));
    if (!y)
        return QCoreApplication::translate("Calendar", "Saib has no published dates for this school year: add your own below.");
    for (const Term &t : y->terms)
        if (!t.verified)
            return QCoreApplication::translate("Calendar", "Some of this year's dates could not be checked against a published source. Check them with your school.");
    return QCoreApplication::translate("Calendar", "This year's dates were checked against a published source on %1.")
        .arg(QLocale(m_app.language() == QLatin1String("cy") ? QStringLiteral("cy_GB") : QStringLiteral("en_GB"))
                 .toString(y->checked, QStringLiteral("d MMMM yyyy")));
}

QVariantList CalendarController::markedWeeks() const
{
    QVariantList out;
    const QLocale locale(m_app.language() == QLatin1String("cy") ? QStringLiteral("cy_GB") : QStringLiteral("en_GB"));
    for (const MarkedWeek &m : m_calendar.additions().marks)
        out << QVariantMap{{QStringLiteral("from"), m.start.toString(Qt::ISODate)},
                           {QStringLiteral("to"), m.end.toString(Qt::ISODate)},
                           {QStringLiteral("kind"), m.kind},
                           {QStringLiteral("label"), m.label},
                           {QStringLiteral("when"), QCoreApplication::translate("Calendar", "%1 to %2").arg(locale.toString(m.start, QLocale::ShortFormat),
                                                                       locale.toString(m.end, QLocale::ShortFormat))}};
    return out;
}

OpResult CalendarController::setAuthority(const QString &id)
{
    if (!m_app.vault().isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    if (Error e = LeaderCalendar::saveRegion(*m_app.vault().database(), id); !e.ok())
        return OpResult::from(e);
    refresh();
    emit m_app.dataChanged(); // the dashboard's term insights follow
    return {};
}

OpResult CalendarController::addMarkedWeek(const QString &from, const QString &to, const QString &kind,
                                          const QString &label)
{
    if (!m_app.vault().isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    const QDate start = QDate::fromString(from, Qt::ISODate), end = QDate::fromString(to, Qt::ISODate);
    if (!start.isValid() || !end.isValid() || end < start)
        return OpResult::from(ErrorCode::InvalidDateRange);
    CalendarAdditions add = m_calendar.additions();
    add.marks << MarkedWeek{start, end, kind == QLatin1String("other") ? kind : QStringLiteral("inspection"),
                            label.trimmed().left(80)};
    return saveAdditions(add);
}

OpResult CalendarController::removeMarkedWeek(int index)
{
    if (!m_app.vault().isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    CalendarAdditions add = m_calendar.additions();
    if (index < 0 || index >= add.marks.size())
        return OpResult::from(ErrorCode::NotFound);
    add.marks.removeAt(index);
    return saveAdditions(add);
}

OpResult CalendarController::saveAdditions(const CalendarAdditions &add)
{
    if (!m_app.vault().isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    // Refused (CalendarInvalid) when the year would no longer fit together.
    if (Error e = LeaderCalendar::saveAdditions(*m_app.vault().database(), add); !e.ok())
        return OpResult::from(e);
    refresh();
    emit m_app.dataChanged();
    return {};
}

QVariantList CalendarController::insetDays() const
{
    QVariantList out;
    QVector<QDate> days = m_calendar.additions().insetDays;
    const QLocale locale(m_app.language() == QLatin1String("cy") ? QStringLiteral("cy_GB") : QStringLiteral("en_GB"));
    for (const QDate &d : days)
        out << QVariantMap{{QStringLiteral("day"), d.toString(Qt::ISODate)},
                           {QStringLiteral("when"), locale.toString(d, QStringLiteral("ddd d MMM yyyy"))}};
    return out;
}

OpResult CalendarController::addInsetDays(const QString &from, const QString &to)
{
    const QDate start = QDate::fromString(from.trimmed(), Qt::ISODate);
    const QDate end = to.trimmed().isEmpty() ? start : QDate::fromString(to.trimmed(), Qt::ISODate);
    // An INSET block is a few days; a longer range is almost certainly a typo.
    if (!start.isValid() || !end.isValid() || end < start || start.daysTo(end) > 13)
        return OpResult::from(ErrorCode::InvalidDateRange);
    CalendarAdditions add = m_calendar.additions();
    for (QDate d = start; d <= end; d = d.addDays(1))
        if (d.dayOfWeek() <= 5 && !add.insetDays.contains(d))
            add.insetDays << d;
    std::sort(add.insetDays.begin(), add.insetDays.end());
    return saveAdditions(add);
}

OpResult CalendarController::removeInsetDay(int index)
{
    CalendarAdditions add = m_calendar.additions();
    if (index < 0 || index >= add.insetDays.size())
        return OpResult::from(ErrorCode::NotFound);
    add.insetDays.removeAt(index);
    return saveAdditions(add);
}

QVariantList CalendarController::terms() const
{
    QVariantList out;
    const QLocale locale(m_app.language() == QLatin1String("cy") ? QStringLiteral("cy_GB") : QStringLiteral("en_GB"));
    const int current = SchoolCalendar::academicYearOf(saib::Clock::today());
    for (int year : {current, current + 1}) {
        const AcademicYear *y = m_calendar.calendar().region().year(year);
        if (!y)
            continue;
        for (const Term &t : y->terms) {
            bool changed = false;
            for (const TermChange &c : m_calendar.additions().termChanges)
                changed = changed || (c.year == year && c.term.name == t.name);
            const int calendarYear = t.start.year();
            QString name;
            switch (t.name) {
            case TermName::Autumn: name = QCoreApplication::translate("Calendar", "Autumn term %1").arg(calendarYear); break;
            case TermName::Spring: name = QCoreApplication::translate("Calendar", "Spring term %1").arg(calendarYear); break;
            case TermName::Summer: name = QCoreApplication::translate("Calendar", "Summer term %1").arg(calendarYear); break;
            }
            out << QVariantMap{{QStringLiteral("year"), year},
                               {QStringLiteral("term"), termId(t.name)},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("from"), t.start.toString(Qt::ISODate)},
                               {QStringLiteral("to"), t.end.toString(Qt::ISODate)},
                               {QStringLiteral("when"), QCoreApplication::translate("Calendar", "%1 to %2")
                                                            .arg(locale.toString(t.start, QStringLiteral("d MMM")),
                                                                 locale.toString(t.end, QStringLiteral("d MMM")))},
                               {QStringLiteral("changed"), changed}};
        }
    }
    return out;
}

OpResult CalendarController::changeTerm(int year, const QString &term, const QString &from, const QString &to)
{
    TermName name;
    const QDate start = QDate::fromString(from.trimmed(), Qt::ISODate), end = QDate::fromString(to.trimmed(), Qt::ISODate);
    if (!termFromId(term, &name) || !start.isValid() || !end.isValid() || end <= start)
        return OpResult::from(ErrorCode::InvalidDateRange);
    const AcademicYear *y = m_calendar.calendar().region().year(year);
    if (!y)
        return OpResult::from(ErrorCode::NotFound);
    for (const Term &t : y->terms) {
        if (t.name != name)
            continue;
        TermChange change{year, t};
        change.term.start = start;
        change.term.end = end;
        change.term.verified = true; // the leader's own school's dates
        CalendarAdditions add = m_calendar.additions();
        add.termChanges.erase(std::remove_if(add.termChanges.begin(), add.termChanges.end(),
                                             [&](const TermChange &c) { return c.year == year && c.term.name == name; }),
                              add.termChanges.end());
        add.termChanges << change;
        return saveAdditions(add);
    }
    return OpResult::from(ErrorCode::NotFound);
}

OpResult CalendarController::resetTerm(int year, const QString &term)
{
    TermName name;
    if (!termFromId(term, &name))
        return OpResult::from(ErrorCode::NotFound);
    CalendarAdditions add = m_calendar.additions();
    add.termChanges.erase(std::remove_if(add.termChanges.begin(), add.termChanges.end(),
                                         [&](const TermChange &c) { return c.year == year && c.term.name == name; }),
                          add.termChanges.end());
    return saveAdditions(add);
}

QString CalendarController::dayLabel(const QString &isoDay) const
{
    const QDate day = QDate::fromString(isoDay, Qt::ISODate);
    return day.isValid() ? label(m_calendar.dayContext(day)) : QString();
}

namespace {

QString termWeeks(TermName term, int first, int last)
{
    const QString weeks = first == last
        ? QCoreApplication::translate("Calendar", "week %1").arg(first)
        : QCoreApplication::translate("Calendar", "weeks %1–%2").arg(first).arg(last);
    switch (term) {
    case TermName::Autumn: return QCoreApplication::translate("Calendar", "Autumn term, %1").arg(weeks);
    case TermName::Spring: return QCoreApplication::translate("Calendar", "Spring term, %1").arg(weeks);
    case TermName::Summer: return QCoreApplication::translate("Calendar", "Summer term, %1").arg(weeks);
    }
    return {};
}

// What a screen reader adds to a day: the holiday, and any marked week ("Estyn week").
QString spokenContext(const DayContext &ctx)
{
    QStringList parts;
    if (ctx.kind == DayKind::HalfTerm)
        parts << QCoreApplication::translate("Calendar", "half-term");
    else if (ctx.isHoliday())
        parts << CalendarController::label(DayContext{ctx.kind, ctx.academicYear, ctx.term});
    if (ctx.inset)
        parts << QCoreApplication::translate("Calendar", "INSET day");
    for (int i = 0; i < ctx.marks.size(); ++i) {
        if (!ctx.marks[i].isEmpty())
            parts << QCoreApplication::translate("Calendar", "%1 week", "a marked week named by the leader, e.g. Estyn week").arg(ctx.marks[i]);
        else
            parts << (ctx.markKinds.value(i) == QLatin1String("inspection") ? QCoreApplication::translate("Calendar", "Inspection week")
                                                                           : QCoreApplication::translate("Calendar", "Marked week"));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QVariantMap CalendarController::monthContext(int year, int month) const
{
    const QDate first(year, month, 1);
    if (!first.isValid() || m_calendar.isEmpty())
        return {{QStringLiteral("title"), QString()}, {QStringLiteral("days"), QVariantMap()}};
    // The title speaks of the month's own days, in order: each run of one term's weeks or one holiday.
    QStringList title;
    TermName runTerm = TermName::Autumn;
    int runFirst = 0, runLast = 0;
    auto flush = [&] {
        if (runFirst > 0)
            title << termWeeks(runTerm, runFirst, runLast);
        runFirst = runLast = 0;
    };
    for (QDate d = first; d.month() == month; d = d.addDays(1)) {
        const DayContext ctx = m_calendar.dayContext(d);
        if (ctx.kind == DayKind::Term && d.dayOfWeek() <= 5) {
            if (runFirst > 0 && ctx.term != runTerm)
                flush();
            if (runFirst == 0) {
                runTerm = ctx.term;
                runFirst = ctx.weekOfTerm;
            }
            runLast = ctx.weekOfTerm;
        } else if (ctx.isHoliday() && d.dayOfWeek() <= 5) {
            flush();
            const QString name = label(DayContext{ctx.kind, ctx.academicYear, ctx.term});
            if (!title.contains(name))
                title << name;
        }
    }
    flush();
    // Every day the grid shows: from the Monday on or before the 1st, six weeks.
    QVariantMap days;
    const QDate start = first.addDays(1 - first.dayOfWeek());
    for (int i = 0; i < 42; ++i) {
        const QDate d = start.addDays(i);
        const DayContext ctx = m_calendar.dayContext(d);
        days.insert(d.toString(Qt::ISODate),
                    QVariantMap{{QStringLiteral("holiday"), ctx.isHoliday()},
                                {QStringLiteral("marked"), !ctx.marks.isEmpty()},
                                {QStringLiteral("inspection"), ctx.markKinds.contains(QStringLiteral("inspection"))},
                                {QStringLiteral("spoken"), spokenContext(ctx)}});
    }
    return {{QStringLiteral("title"), title.join(QStringLiteral(" · "))}, {QStringLiteral("days"), days}};
}

QVariantMap CalendarController::spanContext(const QString &from, const QString &to) const
{
    const QDate start = QDate::fromString(from, Qt::ISODate), end = QDate::fromString(to, Qt::ISODate);
    int weekdays = 0, holidays = 0;
    bool marked = false;
    if (!m_calendar.isEmpty() && start.isValid() && end.isValid() && start.daysTo(end) <= 62) {
        for (QDate d = start; d <= end; d = d.addDays(1)) {
            const DayContext ctx = m_calendar.dayContext(d);
            marked = marked || !ctx.marks.isEmpty();
            if (d.dayOfWeek() > 5)
                continue;
            ++weekdays;
            holidays += ctx.isHoliday() ? 1 : 0;
        }
    }
    return {{QStringLiteral("holiday"), weekdays > 0 && holidays * 2 > weekdays},
            {QStringLiteral("marked"), marked}};
}

QString CalendarController::label(const DayContext &ctx)
{
    QString text;
    switch (ctx.kind) {
    case DayKind::Term: text = weekOfTerm(ctx.term, ctx.weekOfTerm); break;
    case DayKind::HalfTerm:
        text = ctx.term == TermName::Autumn ? QCoreApplication::translate("Calendar", "Autumn half-term")
               : ctx.term == TermName::Spring ? QCoreApplication::translate("Calendar", "Spring half-term")
                                              : QCoreApplication::translate("Calendar", "Summer half-term");
        break;
    case DayKind::Christmas: text = QCoreApplication::translate("Calendar", "Christmas holiday"); break;
    case DayKind::Easter: text = QCoreApplication::translate("Calendar", "Easter holiday"); break;
    case DayKind::Summer: text = QCoreApplication::translate("Calendar", "Summer holiday"); break;
    case DayKind::Unknown: return {};
    }
    if (ctx.inset)
        text += QStringLiteral(" · ") + QCoreApplication::translate("Calendar", "INSET day");
    for (int i = 0; i < ctx.marks.size(); ++i) {
        const QString what = ctx.markKinds.value(i) == QLatin1String("inspection") ? QCoreApplication::translate("Calendar", "Inspection week") : QCoreApplication::translate("Calendar", "Marked week");
        text += QStringLiteral(" · ") + (ctx.marks[i].isEmpty() ? what : ctx.marks[i]);
    }
    return text;
}

QStringList CalendarController::sentences(const QVariantMap &term) const
{
    QStringList out;
    if (!term.value(QStringLiteral("hasCalendar")).toBool())
        return out;
    auto termOf = [](const QVariant &id) {
        TermName t = TermName::Autumn;
        termFromId(id.toString(), &t);
        return t;
    };
    const QVariantMap heaviest = term.value(QStringLiteral("heaviestHalfTerm")).toMap();
    if (!heaviest.isEmpty()) {
        const QString half = halfName(termOf(heaviest.value(QStringLiteral("term"))), heaviest.value(QStringLiteral("half")).toInt());
        const int years = heaviest.value(QStringLiteral("yearsHeaviest")).toInt();
        const int compared = heaviest.value(QStringLiteral("yearsCompared")).toInt();
        if (compared >= 2 && years == compared)
            out << QCoreApplication::translate("Calendar", "Your load is heaviest in %1, every year so far.").arg(half);
        else if (compared >= 2)
            out << QCoreApplication::translate("Calendar", "Your load is heaviest in %1: it was the heaviest in %2 of the %n year(s) compared.", nullptr, compared)
                       .arg(half).arg(years);
        else
            out << QCoreApplication::translate("Calendar", "So far your load has been heaviest in %1.").arg(half);
    }
    const QVariantMap same = term.value(QStringLiteral("sameHalfTermLastYear")).toMap();
    if (same.value(QStringLiteral("valid")).toBool()) {
        const double now = same.value(QStringLiteral("loadNow")).toDouble();
        const double before = same.value(QStringLiteral("loadLastYear")).toDouble();
        const QString half = halfName(termOf(same.value(QStringLiteral("term"))), same.value(QStringLiteral("half")).toInt());
        const QString a = QString::number(now, 'f', 1), b = QString::number(before, 'f', 1);
        if (now - before >= 0.5)
            out << QCoreApplication::translate("Calendar", "This time in %1 your load is %2 out of 10, heavier than the same weeks last year (%3).").arg(half, a, b);
        else if (before - now >= 0.5)
            out << QCoreApplication::translate("Calendar", "This time in %1 your load is %2 out of 10, lighter than the same weeks last year (%3).").arg(half, a, b);
        else
            out << QCoreApplication::translate("Calendar", "This time in %1 your load is %2 out of 10, much as in the same weeks last year (%3).").arg(half, a, b);
    }
    const QVariantMap restore = term.value(QStringLiteral("holidayRestore")).toMap();
    const int holidays = restore.value(QStringLiteral("holidays")).toInt();
    if (holidays >= 2) {
        const int restored = restore.value(QStringLiteral("restored")).toInt();
        const QString before = QString::number(restore.value(QStringLiteral("energyBefore")).toDouble(), 'f', 1);
        const QString after = QString::number(restore.value(QStringLiteral("energyAfter")).toDouble(), 'f', 1);
        if (restored * 3 >= holidays * 2)
            out << QCoreApplication::translate("Calendar", "The breaks restore you: your energy averages %1 in the week before a holiday and %2 in the week back.").arg(before, after);
        else
            out << QCoreApplication::translate("Calendar", "The breaks are not restoring your energy much: %1 in the week before a holiday, %2 in the week back. The holiday itself may need protecting.").arg(before, after);
    }
    return out;
}

} // namespace saib::ui

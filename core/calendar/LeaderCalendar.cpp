#include "LeaderCalendar.h"
#include "../io/IsoTime.h"

#include "../store/SettingsStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saib {

namespace {

QDate fromIso(const QJsonValue &v) { return dayFromIso(v.toString()); }

} // namespace

QByteArray CalendarAdditions::toJson() const
{
    QJsonArray inset;
    for (const QDate &d : insetDays)
        inset.append(isoDay(d));
    QJsonArray terms;
    for (const TermChange &c : termChanges)
        terms.append(QJsonObject{{QStringLiteral("year"), c.year},
                                 {QStringLiteral("term"), termId(c.term.name)},
                                 {QStringLiteral("start"), isoDay(c.term.start)},
                                 {QStringLiteral("end"), isoDay(c.term.end)},
                                 {QStringLiteral("half_term_start"), isoDay(c.term.halfTermStart)},
                                 {QStringLiteral("half_term_end"), isoDay(c.term.halfTermEnd)}});
    QJsonArray marked;
    for (const MarkedWeek &m : marks)
        marked.append(QJsonObject{{QStringLiteral("start"), isoDay(m.start)},
                                  {QStringLiteral("end"), isoDay(m.end)},
                                  {QStringLiteral("kind"), m.kind},
                                  {QStringLiteral("label"), m.label}});
    return QJsonDocument(QJsonObject{{QStringLiteral("inset"), inset},
                                     {QStringLiteral("terms"), terms},
                                     {QStringLiteral("marks"), marked}})
        .toJson(QJsonDocument::Compact);
}

Result<CalendarAdditions> CalendarAdditions::fromJson(const QByteArray &json)
{
    CalendarAdditions out;
    if (json.trimmed().isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return Error(ErrorCode::CalendarInvalid, QStringLiteral("additions are not a JSON object"));
    const QJsonObject root = doc.object();
    for (const QJsonValue &v : root.value(QStringLiteral("inset")).toArray()) {
        const QDate d = fromIso(v);
        if (!d.isValid())
            return Error(ErrorCode::CalendarInvalid, QStringLiteral("bad INSET day"));
        out.insetDays << d;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("terms")).toArray()) {
        const QJsonObject o = v.toObject();
        TermChange c;
        c.year = o.value(QStringLiteral("year")).toInt();
        if (!termFromId(o.value(QStringLiteral("term")).toString(), &c.term.name))
            return Error(ErrorCode::CalendarInvalid, QStringLiteral("bad term change"));
        c.term.start = fromIso(o.value(QStringLiteral("start")));
        c.term.end = fromIso(o.value(QStringLiteral("end")));
        c.term.halfTermStart = fromIso(o.value(QStringLiteral("half_term_start")));
        c.term.halfTermEnd = fromIso(o.value(QStringLiteral("half_term_end")));
        c.term.verified = true; // the leader's own school's dates
        out.termChanges << c;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("marks")).toArray()) {
        const QJsonObject o = v.toObject();
        MarkedWeek m{fromIso(o.value(QStringLiteral("start"))), fromIso(o.value(QStringLiteral("end"))),
                     o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("label")).toString()};
        if (!m.start.isValid() || !m.end.isValid() || m.end < m.start
            || (m.kind != QLatin1String("inspection") && m.kind != QLatin1String("other")))
            return Error(ErrorCode::CalendarInvalid, QStringLiteral("bad marked week"));
        out.marks << m;
    }
    return out;
}

Result<LeaderCalendar> LeaderCalendar::merge(const CalendarRegion &region, const CalendarAdditions &additions)
{
    CalendarRegion merged = region;
    for (const TermChange &c : additions.termChanges) {
        bool applied = false;
        for (AcademicYear &y : merged.years) {
            if (y.year != c.year)
                continue;
            for (Term &t : y.terms)
                if (t.name == c.term.name) {
                    t = c.term;
                    applied = true;
                }
        }
        if (!applied)
            return Error(ErrorCode::CalendarInvalid,
                         QStringLiteral("no %1 term in %2 to change").arg(termId(c.term.name)).arg(c.year));
    }
    if (Error e = SchoolCalendar::validate(merged); !e.ok())
        return e;
    LeaderCalendar out;
    out.m_calendar = SchoolCalendar(std::move(merged));
    out.m_additions = additions;
    return out;
}

Result<LeaderCalendar> LeaderCalendar::load(Database &db)
{
    SettingsStore settings(db);
    auto regionId = settings.value(QLatin1String(RegionKey));
    if (!regionId.ok())
        return regionId.error();
    auto json = settings.value(QLatin1String(AdditionsKey));
    if (!json.ok())
        return json.error();
    auto additions = CalendarAdditions::fromJson(json.value().toUtf8());
    if (!additions.ok())
        return additions.error();
    const CalendarRegion *region = SchoolCalendar::builtInRegion(regionId.value());
    if (!region) {
        LeaderCalendar empty;
        empty.m_additions = additions.value();
        return empty;
    }
    return merge(*region, additions.value());
}

Error LeaderCalendar::saveRegion(Database &db, const QString &regionId)
{
    if (!regionId.isEmpty() && !SchoolCalendar::builtInRegion(regionId))
        return Error(ErrorCode::CalendarInvalid, QStringLiteral("unknown region %1").arg(regionId));
    return SettingsStore(db).setValue(QLatin1String(RegionKey), regionId);
}

Error LeaderCalendar::saveAdditions(Database &db, const CalendarAdditions &additions)
{
    // Reject what would not load again, so a bad change cannot lock the leader out of
    // their own calendar.
    auto regionId = SettingsStore(db).value(QLatin1String(RegionKey));
    if (!regionId.ok())
        return regionId.error();
    if (const CalendarRegion *region = SchoolCalendar::builtInRegion(regionId.value())) {
        auto merged = merge(*region, additions);
        if (!merged.ok())
            return merged.error();
    }
    return SettingsStore(db).setValue(QLatin1String(AdditionsKey), QString::fromUtf8(additions.toJson()));
}

DayContext LeaderCalendar::dayContext(const QDate &day) const
{
    DayContext ctx = m_calendar.dayContext(day);
    ctx.inset = m_additions.insetDays.contains(day);
    for (const MarkedWeek &m : m_additions.marks)
        if (day >= m.start && day <= m.end) {
            ctx.marks << m.label;
            ctx.markKinds << m.kind;
        }
    return ctx;
}

} // namespace saib

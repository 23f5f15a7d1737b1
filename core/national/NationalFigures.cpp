#include "NationalFigures.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace saib {

namespace {

Error invalid(const QString &detail) { return Error(ErrorCode::ImportInvalid, detail); }

constexpr int kMinWeeks = 2;
constexpr int kMinDays = 10;

} // namespace

const char *figureUnitId(FigureUnit unit)
{
    switch (unit) {
    case FigureUnit::Percent: return "percent";
    case FigureUnit::HoursPerWeek: return "hours_per_week";
    case FigureUnit::HoursPerDay: return "hours_per_day";
    }
    return "";
}

Result<NationalFigures> NationalFigures::parse(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QStringLiteral("format")).toInt() != 1)
        return invalid(QStringLiteral("national figures: unknown format"));
    NationalFigures out;
    for (const QJsonValue &v : root.value(QStringLiteral("figures")).toArray()) {
        const QJsonObject o = v.toObject();
        NationalFigure f;
        f.id = o.value(QStringLiteral("id")).toString();
        f.sourceEn = o.value(QStringLiteral("source_en")).toString();
        f.url = o.value(QStringLiteral("url")).toString();
        f.year = o.value(QStringLiteral("year")).toInt();
        f.populationEn = o.value(QStringLiteral("population_en")).toString();
        f.populationCy = o.value(QStringLiteral("population_cy")).toString();
        f.sample = o.value(QStringLiteral("sample")).toInt();
        f.sampleNote = o.value(QStringLiteral("sample_note")).toString();
        f.question = o.value(QStringLiteral("question")).toString();
        f.questionExact = o.value(QStringLiteral("question_exact")).toBool();
        f.value = o.value(QStringLiteral("value")).toDouble(-1);
        f.measure = o.value(QStringLiteral("measure")).toString();
        f.verified = o.value(QStringLiteral("verified")).toBool();
        f.checkNote = o.value(QStringLiteral("check_note")).toString();
        const QString unit = o.value(QStringLiteral("unit")).toString();
        bool knownUnit = false;
        for (FigureUnit u : {FigureUnit::Percent, FigureUnit::HoursPerWeek, FigureUnit::HoursPerDay})
            if (unit == QLatin1String(figureUnitId(u)))
                f.unit = u, knownUnit = true;
        const QString where = QStringLiteral("national figure %1").arg(f.id);
        if (f.id.isEmpty() || f.sourceEn.isEmpty() || !f.url.startsWith(QLatin1String("https://")))
            return invalid(where + QStringLiteral(": no source"));
        if (f.year < 2000 || f.year > 2100)
            return invalid(where + QStringLiteral(": no year"));
        if (f.populationEn.isEmpty() || f.populationCy.isEmpty() || f.question.isEmpty() || f.checkNote.isEmpty())
            return invalid(where + QStringLiteral(": population, question and how it was checked are needed"));
        if (f.sample < 0 || (f.sample == 0 && f.sampleNote.isEmpty()))
            return invalid(where + QStringLiteral(": no sample size, and no note saying why"));
        if (!knownUnit || f.value < 0 || (f.unit == FigureUnit::Percent && f.value > 100)
            || (f.unit == FigureUnit::HoursPerWeek && f.value > 168) || (f.unit == FigureUnit::HoursPerDay && f.value > 24))
            return invalid(where + QStringLiteral(": value outside its unit"));
        out.m_figures << f;
    }
    if (out.m_figures.isEmpty())
        return invalid(QStringLiteral("no national figures"));
    return out;
}

const NationalFigures &NationalFigures::builtIn()
{
    static const NationalFigures figures = [] {
        QFile f(QStringLiteral(":/assets/national/figures.json"));
        f.open(QIODevice::ReadOnly);
        auto parsed = parse(f.readAll());
        Q_ASSERT_X(parsed.ok(), "NationalFigures", "built-in national figures are invalid");
        return parsed.ok() ? parsed.take() : NationalFigures();
    }();
    return figures;
}

LeaderFigures leaderFigures(const QVector<Checkin> &checkins, const LeaderCalendar &calendar, const QDate &today)
{
    LeaderFigures out;
    out.to = today;
    out.from = today.addDays(-55);
    const DayContext now = calendar.dayContext(today);
    if (now.kind == DayKind::Term || now.kind == DayKind::HalfTerm) {
        if (const AcademicYear *y = calendar.calendar().region().year(now.academicYear))
            for (const Term &t : y->terms)
                if (t.name == now.term) {
                    out.from = t.start;
                    out.thisTerm = true;
                }
    }
    // Hours per week: whole Monday-Sunday weeks inside the period in which every school
    // weekday has hours, so a week with gaps is not counted as a short week.
    QHash<QDate, double> hoursOn;
    for (const Checkin &c : checkins)
        if (c.day >= out.from && c.day <= out.to && c.hours)
            hoursOn.insert(c.day, *c.hours);
    double weekSum = 0, daySum = 0;
    for (QDate monday = out.from.addDays((8 - out.from.dayOfWeek()) % 7); monday.addDays(6) <= out.to;
         monday = monday.addDays(7)) {
        double week = 0;
        int schoolDays = 0, weekdaysWithHours = 0;
        for (int i = 0; i < 7; ++i) {
            const QDate d = monday.addDays(i);
            const bool schoolDay = i < 5 && !calendar.dayContext(d).isHoliday();
            schoolDays += schoolDay;
            if (hoursOn.contains(d)) {
                week += hoursOn.value(d);
                weekdaysWithHours += schoolDay;
            }
        }
        if (schoolDays == 5 && weekdaysWithHours == 5) {
            weekSum += week;
            ++out.weeks;
        }
    }
    for (auto it = hoursOn.cbegin(); it != hoursOn.cend(); ++it)
        if (it.key().dayOfWeek() <= 5 && !calendar.dayContext(it.key()).isHoliday()) {
            daySum += it.value();
            ++out.days;
        }
    if (out.weeks > 0)
        out.hoursPerWeek = weekSum / out.weeks;
    if (out.days > 0)
        out.hoursPerDay = daySum / out.days;
    return out;
}

std::optional<FigureComparison> compare(const NationalFigure &figure, const LeaderFigures &leader)
{
    switch (figure.unit) {
    case FigureUnit::HoursPerWeek:
        if (leader.weeks < kMinWeeks || std::isnan(leader.hoursPerWeek))
            return std::nullopt;
        return FigureComparison{FigureUnit::HoursPerWeek, figure.value, leader.hoursPerWeek, leader.weeks};
    case FigureUnit::HoursPerDay:
        if (leader.days < kMinDays || std::isnan(leader.hoursPerDay))
            return std::nullopt;
        return FigureComparison{FigureUnit::HoursPerDay, figure.value, leader.hoursPerDay, leader.days};
    case FigureUnit::Percent: break;
    }
    return std::nullopt;
}

} // namespace saib

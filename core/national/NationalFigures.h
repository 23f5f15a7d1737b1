#pragma once
// Published national figures on school leaders' workload and well-being
// (assets/national/figures.json, built in), each with its source, year, population, sample
// and question, and the leader's own figures beside them where the measures match. Offline:
// nothing about the leader is sent anywhere to make the comparison.
#include "../Error.h"
#include "../calendar/LeaderCalendar.h"
#include "../model/Checkin.h"

#include <QVector>
#include <optional>

namespace saib {

enum class FigureUnit { Percent, HoursPerWeek, HoursPerDay };
const char *figureUnitId(FigureUnit unit);

struct NationalFigure {
    QString id, sourceEn, url, populationEn, populationCy, sampleNote, question, measure, checkNote;
    int year = 0;
    int sample = 0;            // 0: not found in the sources checked (sampleNote says so)
    bool questionExact = false;
    bool verified = false;     // checked against the publisher's own page (else only a report of it)
    double value = 0;
    FigureUnit unit = FigureUnit::Percent;
    QString population(const QString &lang) const { return lang == QLatin1String("cy") ? populationCy : populationEn; }
};

// The leader's own figures over a period, in both units the national figures use.
struct LeaderFigures {
    QDate from, to;
    double hoursPerWeek = std::numeric_limits<double>::quiet_NaN(); // weeks with every weekday checked in
    int weeks = 0;
    double hoursPerDay = std::numeric_limits<double>::quiet_NaN();  // school weekdays with hours given
    int days = 0;
    bool thisTerm = false; // the period is this term (else the last eight weeks)
};

struct FigureComparison {
    FigureUnit unit = FigureUnit::Percent; // of both values
    double national = 0;
    double leader = 0;
    int basis = 0; // weeks or days behind the leader's value
};

class NationalFigures {
public:
    static Result<NationalFigures> parse(const QByteArray &json);
    static const NationalFigures &builtIn();
    const QVector<NationalFigure> &figures() const { return m_figures; }

private:
    QVector<NationalFigure> m_figures;
};

// This term so far when the calendar knows it, else the last eight weeks.
LeaderFigures leaderFigures(const QVector<Checkin> &checkins, const LeaderCalendar &calendar, const QDate &today);
// The leader's figure beside a national one, only when both are in the same unit and the
// leader has enough data (2 full weeks, or 10 days); a percentage of respondents has no
// counterpart in one person's check-ins, so it is shown as context only.
std::optional<FigureComparison> compare(const NationalFigure &figure, const LeaderFigures &leader);

} // namespace saib

#pragma once
// Insights shaped by the school year (issue 18): load by week of term across the years,
// which half-term is heaviest and how often, this half-term against the same one last
// year, and whether the holidays restore energy. Pure functions over check-ins and the
// leader's calendar, so they are tested on fixed data and on the synthetic leader.
// "Load" is the JD-R demands score the dashboard uses: the mean of demand and emotional load.
#include "../calendar/LeaderCalendar.h"
#include "../model/Checkin.h"
#include "Statistics.h"

#include <QJsonObject>

namespace saib::insights {

struct TermWeekLoad {
    TermName term = TermName::Autumn;
    int week = 0;          // week of term
    double load = kNoData; // mean over every year's check-ins in that week
    int days = 0;
};

struct HalfTermLoad {
    TermName term = TermName::Autumn;
    int half = 1;
    double load = kNoData;
    int days = 0;
};

struct SameHalfComparison {
    bool valid = false;
    int year = 0;          // this half-term's academic year
    TermName term = TermName::Autumn;
    int half = 1;
    int throughWeek = 0;   // both compared up to this week of the half
    double loadNow = kNoData, loadLastYear = kNoData;
    double energyNow = kNoData, energyLastYear = kNoData;
    int daysNow = 0, daysLastYear = 0;
};

struct HolidayRestore {
    int holidays = 0;          // breaks with check-ins in the week before and the week after
    int restored = 0;          // of those, how many came back with more energy
    double energyBefore = kNoData, energyAfter = kNoData; // means over those breaks
};

struct TermInsights {
    bool hasCalendar = false;
    QString regionId;
    DayContext today;
    QVector<TermWeekLoad> byWeek;
    QVector<HalfTermLoad> byHalf;
    // The half with the highest mean load, and in how many of the years compared (years
    // with check-ins in at least four of the six halves) it was that year's heaviest.
    int heaviestIndex = -1;    // into byHalf
    int heaviestYears = 0, yearsCompared = 0;
    SameHalfComparison sameHalfLastYear;
    HolidayRestore restore;
};

// Too few check-ins make a week or half meaningless; below these it stays "no data".
constexpr int kMinDaysPerWeek = 3;
constexpr int kMinDaysPerHalf = 8;
constexpr int kMinDaysPerComparison = 4;

TermInsights termInsights(const QVector<Checkin> &checkins, const LeaderCalendar &calendar, const QDate &today);
QJsonObject termInsightsJson(const TermInsights &insights);
// For JSON and the CLI: "Week 6 of the autumn term", "Autumn half-term", "Christmas holiday".
QString dayContextEnglish(const DayContext &ctx);

} // namespace saib::insights

#pragma once
// The statistics behind the dashboard, as pure functions over check-ins and ratings so
// they can be tested on fixed data. Missing data stays missing (NaN / no point), never
// zero: a day without a check-in is not a day with demand 0.
#include "../model/Checkin.h"
#include "../model/Skills.h"
#include "../model/WeeklyRating.h"

#include <QDate>
#include <QString>
#include <QVector>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace saib::insights {

constexpr double kNoData = std::numeric_limits<double>::quiet_NaN();
inline bool hasData(double v) { return !std::isnan(v); }

enum class Metric { Demand, Emotional, Energy, Hours, Strategic };
constexpr int kMetricCount = 5;
const char *metricId(Metric m);
double metricValue(const Checkin &c, Metric m);

enum class Range { FourWeeks, ThreeMonths, Year };
const char *rangeId(Range r);
std::optional<Range> rangeFromId(const QString &id);

// The buckets a range is drawn with: daily for four weeks, weekly (Monday-Sunday) for
// three months and a year. Ends with the bucket holding `today`.
struct Bucket {
    QDate from;
    QDate to;
};
QVector<Bucket> buckets(Range range, const QDate &today);

struct Point {
    QDate from;
    QDate to;
    double value = kNoData;
    int days = 0; // how many check-ins (or ratings) the value rests on
    // The band a weekly chart draws around the mean: the lowest and highest day of the
    // bucket (min-max rather than an IQR: a week holds at most 7 days, too few for quartiles).
    double low = kNoData;
    double high = kNoData;
};

// The buckets of a chosen period (the coach summary): daily up to 31 days, weekly
// (Monday-Sunday, clipped to the period) up to 53 weeks, else calendar months.
QVector<Bucket> periodBuckets(const QDate &from, const QDate &to);

QVector<Point> trend(const QVector<Checkin> &checkins, Metric metric, Range range, const QDate &today);
QVector<Point> trend(const QVector<Checkin> &checkins, Metric metric, const QVector<Bucket> &buckets);

// This week (Monday to today) against the four weeks before it.
struct WeekGlance {
    int checkins = 0;
    std::array<double, kMetricCount> thisWeek;
    std::array<double, kMetricCount> previousFourWeeks;
};
WeekGlance weekAtAGlance(const QVector<Checkin> &checkins, const QDate &today);

// Job-Demands-Resources: demands = mean of demand and emotional load; resources = mean
// of energy and the "sustained by" count (two points per resource, capped at 10). Both
// 0-10; gap = demands - resources.
struct JdrPoint {
    QDate from;
    QDate to;
    double demands = kNoData;
    double resources = kNoData;
    double gap = kNoData;
    int days = 0;
    // Lowest and highest day of the bucket, as Point::low/high.
    double demandsLow = kNoData;
    double demandsHigh = kNoData;
    double resourcesLow = kNoData;
    double resourcesHigh = kNoData;
};
struct JdrView {
    QVector<JdrPoint> points;
    double gapChange = kNoData; // later half's mean gap minus earlier half's
    bool widening = false;      // gapChange >= kWideningThreshold
};
constexpr double kWideningThreshold = 1.0;
JdrView demandsVsResources(const QVector<Checkin> &checkins, Range range, const QDate &today);
JdrView demandsVsResources(const QVector<Checkin> &checkins, const QVector<Bucket> &buckets);

// Mean emotional load on days with a tag against days without it.
struct TagEffect {
    QString tag;
    bool resource = false; // from "sustained by"
    int daysWith = 0;
    int daysWithout = 0;
    double meanWith = kNoData;
    double meanWithout = kNoData;
    double difference() const { return meanWith - meanWithout; }
};
constexpr int kMinDaysForEffect = 5;
// Only tags with at least `minDays` days with AND without; largest effects first.
QVector<TagEffect> whatHelps(const QVector<Checkin> &checkins, int minDays = kMinDaysForEffect);

// One cell per day for the 53 weeks ending with today's week; -1 where no check-in.
struct HeatCell {
    QDate day;
    int emotional = -1;
};
QVector<HeatCell> yearHeatmap(const QVector<Checkin> &checkins, const QDate &today);

// Each domain's weekly score over the range (weekly points even for four weeks).
struct DomainTrend {
    Domain domain;
    QVector<Point> points;
    double recentMean = kNoData; // the last eight weeks
};
QVector<DomainTrend> domainTrends(const QVector<WeeklyRating> &ratings, Range range, const QDate &today);
// The same over explicit weekly buckets, with recentMean over the ratings of the weeks
// starting in [meanFrom, meanTo] (the coach summary's period).
QVector<DomainTrend> domainTrends(const QVector<WeeklyRating> &ratings, const QVector<Bucket> &weeks,
                                  const QDate &meanFrom, const QDate &meanTo);
// The pattern of leaders who left headship: purpose and belonging high while feeling
// valued and cared for are low (means over the last eight rated weeks).
bool purposeWithoutCare(const QVector<DomainTrend> &trends);

// DESIGN.md §2: emotional load >= 8 on 5 of the last 7 check-ins, or "cared for" <= 2 for
// three weeks running. Never a diagnosis; it only decides whether to show support.
//
// Why check-ins and not calendar days (issue 13): most heads check in on school days only.
// Counted over the last 7 calendar days, such a head could reach 5 only when every single
// weekday of the week was heavy, and on a Monday the window held last week's Tuesday to
// Friday plus today, so whether support showed depended on the weekday. Counting the last
// 7 check-ins treats a weekday-only and an every-day leader alike. Check-ins older than
// kSignpostWindowDays are not counted, so a heavy stretch months ago, followed by silence,
// does not keep the card up.
constexpr int kSignpostCheckins = 7;
constexpr int kSignpostHighLoad = 5;
constexpr int kSignpostWindowDays = 14;
struct SignpostReasons {
    int highLoadDays = 0; // heavy check-ins among the last kSignpostCheckins
    bool highEmotionalLoad = false;
    bool lowCaredFor = false;
    bool any() const { return highEmotionalLoad || lowCaredFor; }
};
SignpostReasons signposting(const QVector<Checkin> &checkins, const QVector<WeeklyRating> &ratings,
                            const QDate &today);

struct SkillGap {
    QString skillId;
    int importance = 0;
    int confidence = 0;
    int gap = 0;
    std::optional<int> previousGap; // from the assessment before, if it rated this skill
};
// Gaps in the latest assessment (largest first) with change since the one before.
QVector<SkillGap> skillGaps(const QVector<SkillsAssessment> &assessmentsOldestFirst);

} // namespace saib::insights

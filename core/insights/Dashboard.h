#pragma once
// Everything the dashboard shows, computed in one place from the encrypted store, so the
// app and `saib-cli insights --json` print the same figures (both render dashboardJson).
#include "../Error.h"
#include "Change.h"
#include "Headline.h"
#include "Statistics.h"
#include "TermInsights.h"

#include <QJsonObject>

namespace saib {
class Database;
}

namespace saib::insights {

struct Dashboard {
    QDate today;
    Range range = Range::FourWeeks;
    Headline headline; // about this week, whatever the range
    WeekGlance week;
    std::array<Change, kMetricCount> changes; // this week against the four weeks before
    std::array<QVector<Point>, kMetricCount> trends;
    JdrView jdr;
    QVector<DomainTrend> domains;
    bool purposeWithoutCare = false;
    QVector<TagEffect> whatHelps;   // over the last year
    QVector<HeatCell> heatmap;
    SignpostReasons signposting;
    QVector<SkillGap> skills;
    TermInsights term;  // the school year, when the leader has picked their authority
};

Result<Dashboard> computeDashboard(Database &db, Range range, const QDate &today);
// Labels (tags, domains, skills) are in the current UI language; missing values are null.
QJsonObject dashboardJson(const Dashboard &dashboard);

} // namespace saib::insights

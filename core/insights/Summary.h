#pragma once
// The summary a leader takes to a coach, mentor or supervision session (issue 17 part 3):
// a chosen period and only the sections they tick. Journal entries go in only when
// ticked one by one, by id. The figures come from the same functions as the dashboard
// (Statistics.h) over the period's buckets; this file holds the content model and the
// plain-text rendering, the PDF is drawn from the same model in app/summary (QtGui).
#include "../Error.h"
#include "../model/JournalEntry.h"
#include "Statistics.h"

#include <QCoreApplication>
#include <QStringList>

namespace saib {
class Database;
}

namespace saib::insights {

struct SummaryRequest {
    QDate from;
    QDate to;
    bool trends = false;
    bool domains = false;
    bool skills = false;
    bool helps = false;
    QStringList entryIds; // journal entries ticked one by one; each must lie in the period
};

// InvalidDateRange for a missing or reversed period, or one ending after today.
Error validate(const SummaryRequest &request, const QDate &today);
// Whether any section or entry is ticked (the CLI and the page refuse an empty summary).
bool choseAnything(const SummaryRequest &request);

struct Summary {
    SummaryRequest request;
    QDate made;
    int periodDays = 0;
    int checkins = 0;
    // Trends: the period's mean of each metric, its first and second half, the chart points.
    std::array<Point, kMetricCount> overall;
    std::array<Point, kMetricCount> firstHalf;
    std::array<Point, kMetricCount> secondHalf;
    std::array<QVector<Point>, kMetricCount> trends;
    JdrView jdr;
    // Six domains: weekly points, recentMean = mean over the period's rated weeks.
    QVector<DomainTrend> domains;
    int ratedWeeks = 0;
    bool purposeWithoutCare = false;
    // Skills: the latest assessment taken on or before the period's end.
    QDate skillsTakenOn;
    QVector<SkillGap> skills;
    // What helps: over the period's check-ins, with the dashboard's minimum days.
    QVector<TagEffect> helps;
    QVector<JournalEntry> entries; // in the order of the period (oldest first)
};

Result<Summary> computeSummary(Database &db, const SummaryRequest &request, const QDate &today);

// Parses the CLI's --include list: trends, domains, skills, helps and
// entries:ID[,ID...] (everything after "entries:" up to the end is entry ids).
// An unknown word gives an empty optional and names it in *unknown.
std::optional<SummaryRequest> parseIncludeList(const QString &include, QString *unknown);

// The words both renderers use, translated (context "Summary").
class SummaryWords {
    Q_DECLARE_TR_FUNCTIONS(Summary)
public:
    static QString title();
    static QString period(const Summary &s);
    static QString notEncrypted();
    static QString metricLabel(Metric m);
    static QString number(double value, Metric m); // "6.4", "9.5 h", "18%"; "–" without data
    static QString trendsHeading();
    static QString checkinCount(const Summary &s);
    static QString jdrSentence(const Summary &s);
    static QString domainsHeading();
    static QString ratedWeeks(const Summary &s);
    static QString purposeWithoutCareNote();
    static QString skillsHeading(const Summary &s);
    static QString skillLine(const SkillGap &g);
    static QString helpsHeading();
    static QString helpsExplanation();
    static QString helpLine(const TagEffect &e);
    static QString entriesHeading();
    static QString noData();
};

// The whole summary as plain UTF-8 text, in the current UI language.
QString summaryText(const Summary &summary);

} // namespace saib::insights

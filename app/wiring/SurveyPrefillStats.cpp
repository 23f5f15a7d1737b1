#include "SurveyPrefillStats.h"

#include <QHash>
#include <algorithm>

namespace saib::ui {

survey::SummaryStats surveySummaryStats(const QVector<Checkin> &checkins, const QVector<WeeklyRating> &ratings)
{
    survey::SummaryStats s;
    if (!checkins.isEmpty()) {
        double demand = 0, emotional = 0, hours = 0, strategic = 0;
        QHash<QString, int> tagCounts;
        for (const Checkin &c : checkins) {
            demand += c.demand;
            emotional += c.emotional;
            hours += c.hours;
            strategic += c.strategicPercent;
            for (const QString &tag : c.drainedBy)
                tagCounts[tag] += 1;
        }
        const double n = checkins.size();
        s.meanDemand = demand / n;
        s.meanEmotional = emotional / n;
        s.meanHours = hours / n;
        s.meanStrategic = strategic / n;
        QStringList tags = tagCounts.keys();
        // Most frequent first; ties in a fixed order so the same data gives the same answer.
        std::sort(tags.begin(), tags.end(), [&](const QString &a, const QString &b) {
            const int ca = tagCounts.value(a), cb = tagCounts.value(b);
            return ca != cb ? ca > cb : a < b;
        });
        s.topDemandTags = tags;
    }
    if (!ratings.isEmpty()) {
        for (int d = 0; d < kDomainCount; ++d) {
            double sum = 0;
            for (const WeeklyRating &r : ratings)
                sum += r.score(Domain(d));
            s.domainMeans.insert(QString::fromLatin1(domainId(Domain(d))), sum / ratings.size());
        }
    }
    return s;
}

} // namespace saib::ui

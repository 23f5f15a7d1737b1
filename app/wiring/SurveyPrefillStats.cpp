#include "SurveyPrefillStats.h"

#include <QHash>
#include <algorithm>

namespace saib::ui {

namespace {
// A mean over the answered days only: a scale left unset is not a 0.
struct AnsweredMean {
    double sum = 0;
    int n = 0;
    template <typename T> void add(const std::optional<T> &v)
    {
        if (v) {
            sum += double(*v);
            ++n;
        }
    }
    std::optional<double> value() const { return n ? std::optional<double>(sum / n) : std::nullopt; }
};
} // namespace

survey::SummaryStats surveySummaryStats(const QVector<Checkin> &checkins, const QVector<WeeklyRating> &ratings)
{
    survey::SummaryStats s;
    if (!checkins.isEmpty()) {
        AnsweredMean demand, emotional, hours, strategic;
        QHash<QString, int> tagCounts;
        for (const Checkin &c : checkins) {
            demand.add(c.demand);
            emotional.add(c.emotional);
            hours.add(c.hours);
            strategic.add(c.strategicPercent);
            for (const QString &tag : c.drainedBy)
                tagCounts[tag] += 1;
        }
        s.meanDemand = demand.value();
        s.meanEmotional = emotional.value();
        s.meanHours = hours.value();
        s.meanStrategic = strategic.value();
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

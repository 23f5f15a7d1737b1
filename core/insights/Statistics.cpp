#include "Statistics.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace saib::insights {

namespace {
struct Mean {
    double sum = 0;
    int n = 0;
    double low = kNoData;  // the smallest and largest value added (the chart's band)
    double high = kNoData;
    void add(double v)
    {
        if (std::isnan(v)) // kNoData: a scale not answered that day
            return;
        sum += v;
        low = n ? std::min(low, v) : v;
        high = n ? std::max(high, v) : v;
        ++n;
    }
    // An unset scale (not answered) is skipped, not counted as 0.
    template <typename T> void add(const std::optional<T> &v)
    {
        if (v)
            add(double(*v));
    }
    double value() const { return n ? sum / n : kNoData; }
};

QHash<QDate, const Checkin *> byDay(const QVector<Checkin> &checkins)
{
    QHash<QDate, const Checkin *> map;
    for (const Checkin &c : checkins)
        map.insert(c.day, &c);
    return map;
}

// Without an energy answer there is no resources figure for the day (kNoData).
double resourcesIndex(const Checkin &c)
{
    if (!c.energy)
        return kNoData;
    const double support = std::min(10.0, 2.0 * c.sustainedBy.size());
    return (*c.energy + support) / 2.0;
}

// The mean of whichever of demand and emotional load were answered (kNoData: neither).
double demandsIndex(const Checkin &c)
{
    Mean m;
    m.add(c.demand);
    m.add(c.emotional);
    return m.value();
}
} // namespace

const char *metricId(Metric m)
{
    static const char *const ids[] = {"demand", "emotional", "energy", "hours", "strategic"};
    return ids[int(m)];
}

double metricValue(const Checkin &c, Metric m)
{
    switch (m) {
    case Metric::Demand: return c.demand ? *c.demand : kNoData;
    case Metric::Emotional: return c.emotional ? *c.emotional : kNoData;
    case Metric::Energy: return c.energy ? *c.energy : kNoData;
    case Metric::Hours: return c.hours ? *c.hours : kNoData;
    case Metric::Strategic: return c.strategicPercent ? *c.strategicPercent : kNoData;
    }
    return kNoData;
}

const char *rangeId(Range r)
{
    static const char *const ids[] = {"4w", "3m", "1y"};
    return ids[int(r)];
}

std::optional<Range> rangeFromId(const QString &id)
{
    for (Range r : {Range::FourWeeks, Range::ThreeMonths, Range::Year})
        if (id == QLatin1String(rangeId(r)))
            return r;
    return std::nullopt;
}

QVector<Bucket> buckets(Range range, const QDate &today)
{
    QVector<Bucket> out;
    if (range == Range::FourWeeks) {
        for (int i = 27; i >= 0; --i)
            out << Bucket{today.addDays(-i), today.addDays(-i)};
        return out;
    }
    const int weeks = range == Range::ThreeMonths ? 13 : 52;
    const QDate lastMonday = weekStart(today);
    for (int i = weeks - 1; i >= 0; --i) {
        const QDate from = lastMonday.addDays(-7 * i);
        out << Bucket{from, std::min(from.addDays(6), today)};
    }
    return out;
}

QVector<Bucket> periodBuckets(const QDate &from, const QDate &to)
{
    QVector<Bucket> out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    const qint64 days = from.daysTo(to) + 1;
    if (days <= 31) {
        for (QDate d = from; d <= to; d = d.addDays(1))
            out << Bucket{d, d};
    } else if (days <= 7 * 53) {
        for (QDate monday = weekStart(from); monday <= to; monday = monday.addDays(7))
            out << Bucket{std::max(monday, from), std::min(monday.addDays(6), to)};
    } else {
        for (QDate first(from.year(), from.month(), 1); first <= to; first = first.addMonths(1))
            out << Bucket{std::max(first, from), std::min(first.addMonths(1).addDays(-1), to)};
    }
    return out;
}

QVector<Point> trend(const QVector<Checkin> &checkins, Metric metric, Range range, const QDate &today)
{
    return trend(checkins, metric, buckets(range, today));
}

QVector<Point> trend(const QVector<Checkin> &checkins, Metric metric, const QVector<Bucket> &bucketList)
{
    const auto days = byDay(checkins);
    QVector<Point> out;
    for (const Bucket &b : bucketList) {
        Mean m;
        for (QDate d = b.from; d <= b.to; d = d.addDays(1))
            if (const Checkin *c = days.value(d))
                m.add(metricValue(*c, metric));
        out << Point{b.from, b.to, m.value(), m.n, m.low, m.high};
    }
    return out;
}

WeekGlance weekAtAGlance(const QVector<Checkin> &checkins, const QDate &today)
{
    const QDate monday = weekStart(today);
    const QDate earlier = monday.addDays(-28);
    std::array<Mean, kMetricCount> now, before;
    WeekGlance g;
    for (const Checkin &c : checkins) {
        const bool inWeek = c.day >= monday && c.day <= today;
        const bool inBefore = c.day >= earlier && c.day < monday;
        if (inWeek)
            ++g.checkins;
        for (int m = 0; m < kMetricCount; ++m) {
            if (inWeek) now[m].add(metricValue(c, Metric(m)));
            if (inBefore) before[m].add(metricValue(c, Metric(m)));
        }
    }
    for (int m = 0; m < kMetricCount; ++m) {
        g.thisWeek[m] = now[m].value();
        g.previousFourWeeks[m] = before[m].value();
    }
    return g;
}

JdrView demandsVsResources(const QVector<Checkin> &checkins, Range range, const QDate &today)
{
    return demandsVsResources(checkins, buckets(range, today));
}

JdrView demandsVsResources(const QVector<Checkin> &checkins, const QVector<Bucket> &bucketList)
{
    const auto days = byDay(checkins);
    JdrView view;
    for (const Bucket &b : bucketList) {
        Mean demands, resources;
        for (QDate d = b.from; d <= b.to; d = d.addDays(1))
            if (const Checkin *c = days.value(d)) {
                demands.add(demandsIndex(*c));
                resources.add(resourcesIndex(*c));
            }
        JdrPoint p{b.from, b.to, demands.value(), resources.value(), kNoData, demands.n,
                   demands.low, demands.high, resources.low, resources.high};
        if (p.days && !std::isnan(p.resources))
            p.gap = p.demands - p.resources;
        view.points << p;
    }
    QVector<double> gaps;
    for (const JdrPoint &p : view.points)
        if (p.days && !std::isnan(p.gap))
            gaps << p.gap;
    if (gaps.size() >= 4) {
        const int half = int(gaps.size()) / 2;
        Mean early, late;
        for (int i = 0; i < half; ++i) early.add(gaps[i]);
        for (int i = int(gaps.size()) - half; i < gaps.size(); ++i) late.add(gaps[i]);
        view.gapChange = late.value() - early.value();
        view.widening = view.gapChange >= kWideningThreshold;
    }
    return view;
}

QVector<TagEffect> whatHelps(const QVector<Checkin> &checkins, int minDays)
{
    // Collect every tag seen, remembering whether it was a resource.
    QHash<QString, bool> tags;
    for (const Checkin &c : checkins) {
        for (const QString &t : c.drainedBy) tags.insert(t, false);
        for (const QString &t : c.sustainedBy) tags.insert(t, true);
    }
    QVector<TagEffect> out;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        Mean with, without;
        for (const Checkin &c : checkins) {
            const bool has = (it.value() ? c.sustainedBy : c.drainedBy).contains(it.key());
            (has ? with : without).add(c.emotional);
        }
        if (with.n < minDays || without.n < minDays)
            continue;
        out << TagEffect{it.key(), it.value(), with.n, without.n, with.value(), without.value()};
    }
    std::sort(out.begin(), out.end(), [](const TagEffect &a, const TagEffect &b) {
        const double da = std::fabs(a.difference()), db = std::fabs(b.difference());
        return da != db ? da > db : a.tag < b.tag;
    });
    return out;
}

QVector<HeatCell> yearHeatmap(const QVector<Checkin> &checkins, const QDate &today)
{
    const auto days = byDay(checkins);
    QVector<HeatCell> out;
    const QDate first = weekStart(today).addDays(-7 * 52);
    for (QDate d = first; d <= today; d = d.addDays(1)) {
        const Checkin *c = days.value(d);
        out << HeatCell{d, c && c->emotional ? *c->emotional : -1}; // -1: no answer that day
    }
    return out;
}

QVector<DomainTrend> domainTrends(const QVector<WeeklyRating> &ratings, Range range, const QDate &today)
{
    QVector<Bucket> weeks;
    if (range == Range::FourWeeks) {
        const QDate monday = weekStart(today);
        for (int i = 3; i >= 0; --i)
            weeks << Bucket{monday.addDays(-7 * i), std::min(monday.addDays(-7 * i + 6), today)};
    } else {
        weeks = buckets(range, today);
    }
    return domainTrends(ratings, weeks, weekStart(today).addDays(-7 * 7), today);
}

QVector<DomainTrend> domainTrends(const QVector<WeeklyRating> &ratings, const QVector<Bucket> &weeks,
                                  const QDate &meanFrom, const QDate &meanTo)
{
    QHash<QDate, const WeeklyRating *> byWeek;
    for (const WeeklyRating &r : ratings)
        byWeek.insert(r.week, &r);
    QVector<DomainTrend> out;
    for (int d = 0; d < kDomainCount; ++d) {
        DomainTrend t{Domain(d), {}, kNoData};
        for (const Bucket &b : weeks) {
            // A bucket clipped to a period starting mid-week still belongs to its Monday's rating.
            const WeeklyRating *r = byWeek.value(weekStart(b.from));
            t.points << Point{b.from, b.to, r ? double(r->scores[std::size_t(d)]) : kNoData, r ? 1 : 0};
        }
        Mean recent;
        for (const WeeklyRating &r : ratings)
            if (r.week >= meanFrom && r.week <= meanTo)
                recent.add(r.scores[std::size_t(d)]);
        t.recentMean = recent.value();
        out << t;
    }
    return out;
}

bool purposeWithoutCare(const QVector<DomainTrend> &trends)
{
    auto mean = [&](Domain d) { return trends.value(int(d)).recentMean; };
    const double purpose = mean(Domain::Purpose), belonging = mean(Domain::Belonging);
    const double valued = mean(Domain::Valued), cared = mean(Domain::CaredFor);
    if (!hasData(purpose) || !hasData(belonging) || !hasData(valued) || !hasData(cared))
        return false;
    return purpose >= 3.5 && belonging >= 3.5 && valued <= 2.5 && cared <= 2.5;
}

SignpostReasons signposting(const QVector<Checkin> &checkins, const QVector<WeeklyRating> &ratings,
                            const QDate &today)
{
    SignpostReasons r;
    QVector<const Checkin *> recent;
    for (const Checkin &c : checkins)
        // Only check-ins that answered emotional load: an unanswered one is no evidence.
        if (c.day > today.addDays(-kSignpostWindowDays) && c.day <= today && c.emotional)
            recent << &c;
    std::sort(recent.begin(), recent.end(), [](const Checkin *a, const Checkin *b) { return a->day > b->day; });
    for (int i = 0; i < recent.size() && i < kSignpostCheckins; ++i)
        if (*recent[i]->emotional >= 8)
            ++r.highLoadDays;
    r.highEmotionalLoad = r.highLoadDays >= kSignpostHighLoad;

    // Three consecutive rated weeks, the latest no older than last week, all cared-for <= 2.
    QHash<QDate, int> caredByWeek;
    for (const WeeklyRating &w : ratings)
        caredByWeek.insert(w.week, w.score(Domain::CaredFor));
    QDate latest = weekStart(today);
    if (!caredByWeek.contains(latest))
        latest = latest.addDays(-7);
    bool low = true;
    for (int i = 0; i < 3 && low; ++i) {
        const QDate week = latest.addDays(-7 * i);
        low = caredByWeek.contains(week) && caredByWeek.value(week) <= 2;
    }
    r.lowCaredFor = low;
    return r;
}

QVector<SkillGap> skillGaps(const QVector<SkillsAssessment> &assessments)
{
    QVector<SkillGap> out;
    if (assessments.isEmpty())
        return out;
    const SkillsAssessment &latest = assessments.last();
    const SkillsAssessment *previous = assessments.size() > 1 ? &assessments[assessments.size() - 2] : nullptr;
    for (auto it = latest.ratings.cbegin(); it != latest.ratings.cend(); ++it) {
        SkillGap g{it.key(), it.value().importance, it.value().confidence, it.value().gap(), std::nullopt};
        if (previous && previous->ratings.contains(it.key()))
            g.previousGap = previous->ratings.value(it.key()).gap();
        out << g;
    }
    std::sort(out.begin(), out.end(), [](const SkillGap &a, const SkillGap &b) {
        return a.gap != b.gap ? a.gap > b.gap : a.skillId < b.skillId;
    });
    return out;
}

} // namespace saib::insights

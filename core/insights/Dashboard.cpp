#include "Dashboard.h"
#include "../io/IsoTime.h"

#include "../model/TagCatalogue.h"
#include "../store/CheckinStore.h"
#include "../store/InsightStores.h"

#include <QJsonArray>

namespace saib::insights {

namespace {
QJsonValue number(double v) { return hasData(v) ? QJsonValue(std::round(v * 100) / 100) : QJsonValue(); }
QString iso(const QDate &d) { return isoDay(d); }

QJsonObject metrics(const std::array<double, kMetricCount> &values)
{
    QJsonObject o;
    for (int m = 0; m < kMetricCount; ++m)
        o.insert(QLatin1String(metricId(Metric(m))), number(values[m]));
    return o;
}

QJsonArray points(const QVector<Point> &ps)
{
    QJsonArray a;
    for (const Point &p : ps)
        a.append(QJsonObject{{QStringLiteral("from"), iso(p.from)}, {QStringLiteral("to"), iso(p.to)},
                             {QStringLiteral("value"), number(p.value)}, {QStringLiteral("days"), p.days},
                             {QStringLiteral("low"), number(p.low)}, {QStringLiteral("high"), number(p.high)}});
    return a;
}

QJsonObject changes(const std::array<Change, kMetricCount> &cs)
{
    QJsonObject o;
    for (int m = 0; m < kMetricCount; ++m)
        o.insert(QLatin1String(metricId(Metric(m))),
                 QJsonObject{{QStringLiteral("direction"), QLatin1String(directionId(cs[m].direction))},
                             {QStringLiteral("verdict"), QLatin1String(verdictId(cs[m].verdict))},
                             {QStringLiteral("delta"), number(cs[m].delta)},
                             {QStringLiteral("higherIsBetter"), higherIsBetter(Metric(m))}});
    return o;
}
} // namespace

Result<Dashboard> computeDashboard(Database &db, Range range, const QDate &today)
{
    Dashboard d;
    d.today = today;
    d.range = range;
    auto checkins = CheckinStore(db).between(weekStart(today).addDays(-7 * 53), today);
    if (!checkins.ok())
        return checkins.error();
    auto ratings = RatingStore(db).between(weekStart(today).addDays(-7 * 53), today);
    if (!ratings.ok())
        return ratings.error();
    auto assessments = SkillsStore(db).all();
    if (!assessments.ok())
        return assessments.error();

    const QVector<Checkin> &cs = checkins.value();
    d.week = weekAtAGlance(cs, today);
    for (int m = 0; m < kMetricCount; ++m) {
        d.changes[m] = compareToBefore(Metric(m), d.week.thisWeek[m], d.week.previousFourWeeks[m]);
        d.trends[m] = trend(cs, Metric(m), range, today);
    }
    d.jdr = demandsVsResources(cs, range, today);
    d.domains = domainTrends(ratings.value(), range, today);
    d.purposeWithoutCare = insights::purposeWithoutCare(d.domains);
    QVector<Checkin> lastYear;
    for (const Checkin &c : cs)
        if (c.day > today.addDays(-365))
            lastYear << c;
    d.whatHelps = insights::whatHelps(lastYear);
    d.heatmap = yearHeatmap(cs, today);
    d.signposting = insights::signposting(cs, ratings.value(), today);
    d.skills = skillGaps(assessments.value());
    // The headline is about this week whatever range is shown, so its widening gap is
    // always judged over the last three months, not over the range on screen.
    const JdrView quarter = d.range == Range::ThreeMonths ? d.jdr : demandsVsResources(cs, Range::ThreeMonths, today);
    // (purposeWithoutCare reads the last eight rated weeks, whatever the range.)
    d.headline = insights::headline(d.week, d.signposting, quarter, d.purposeWithoutCare);

    // Term-shaped insights look across every school year the calendar holds, not only the
    // last 53 weeks.
    auto calendar = LeaderCalendar::load(db);
    if (!calendar.ok())
        return calendar.error();
    if (!calendar.value().isEmpty()) {
        const QDate from = calendar.value().calendar().region().years.first().terms.first().start;
        auto all = CheckinStore(db).between(from, today);
        if (!all.ok())
            return all.error();
        d.term = termInsights(all.value(), calendar.value(), today);
    } else {
        d.term = termInsights({}, calendar.value(), today);
    }
    return d;
}

QJsonObject dashboardJson(const Dashboard &d)
{
    QJsonObject trends;
    for (int m = 0; m < kMetricCount; ++m)
        trends.insert(QLatin1String(metricId(Metric(m))), points(d.trends[m]));

    QJsonArray jdr;
    for (const JdrPoint &p : d.jdr.points)
        jdr.append(QJsonObject{{QStringLiteral("from"), iso(p.from)}, {QStringLiteral("to"), iso(p.to)},
                               {QStringLiteral("demands"), number(p.demands)},
                               {QStringLiteral("resources"), number(p.resources)},
                               {QStringLiteral("gap"), number(p.gap)}, {QStringLiteral("days"), p.days},
                               {QStringLiteral("demandsLow"), number(p.demandsLow)},
                               {QStringLiteral("demandsHigh"), number(p.demandsHigh)},
                               {QStringLiteral("resourcesLow"), number(p.resourcesLow)},
                               {QStringLiteral("resourcesHigh"), number(p.resourcesHigh)}});

    QJsonArray domains;
    for (const DomainTrend &t : d.domains)
        domains.append(QJsonObject{{QStringLiteral("id"), QLatin1String(domainId(t.domain))},
                                   {QStringLiteral("label"), domainLabel(t.domain)},
                                   {QStringLiteral("recentMean"), number(t.recentMean)},
                                   {QStringLiteral("points"), points(t.points)}});

    QJsonArray helps;
    for (const TagEffect &e : d.whatHelps)
        helps.append(QJsonObject{{QStringLiteral("tag"), e.tag}, {QStringLiteral("label"), tagLabel(e.tag)},
                                 {QStringLiteral("resource"), e.resource},
                                 {QStringLiteral("daysWith"), e.daysWith},
                                 {QStringLiteral("daysWithout"), e.daysWithout},
                                 {QStringLiteral("meanWith"), number(e.meanWith)},
                                 {QStringLiteral("meanWithout"), number(e.meanWithout)},
                                 {QStringLiteral("difference"), number(e.difference())}});

    QJsonArray heat;
    for (const HeatCell &c : d.heatmap)
        heat.append(QJsonObject{{QStringLiteral("day"), iso(c.day)},
                                {QStringLiteral("emotional"), c.emotional < 0 ? QJsonValue() : QJsonValue(c.emotional)}});

    QJsonArray skills;
    for (const SkillGap &g : d.skills)
        skills.append(QJsonObject{{QStringLiteral("id"), g.skillId}, {QStringLiteral("label"), skillLabel(g.skillId)},
                                  {QStringLiteral("importance"), g.importance},
                                  {QStringLiteral("confidence"), g.confidence}, {QStringLiteral("gap"), g.gap},
                                  {QStringLiteral("previousGap"),
                                   g.previousGap ? QJsonValue(*g.previousGap) : QJsonValue()}});

    return QJsonObject{
        {QStringLiteral("today"), iso(d.today)},
        {QStringLiteral("term"), termInsightsJson(d.term)},
        {QStringLiteral("range"), QLatin1String(rangeId(d.range))},
        {QStringLiteral("headline"),
         QJsonObject{{QStringLiteral("kind"), d.headline.kind}, {QStringLiteral("text"), d.headline.text},
                     {QStringLiteral("metric"), d.headline.metric}}},
        {QStringLiteral("week"),
         QJsonObject{{QStringLiteral("checkins"), d.week.checkins},
                     {QStringLiteral("changes"), changes(d.changes)},
                     {QStringLiteral("thisWeek"), metrics(d.week.thisWeek)},
                     {QStringLiteral("previousFourWeeks"), metrics(d.week.previousFourWeeks)}}},
        {QStringLiteral("trends"), trends},
        {QStringLiteral("jdr"),
         QJsonObject{{QStringLiteral("points"), jdr}, {QStringLiteral("gapChange"), number(d.jdr.gapChange)},
                     {QStringLiteral("widening"), d.jdr.widening}}},
        {QStringLiteral("domains"), domains},
        {QStringLiteral("purposeWithoutCare"), d.purposeWithoutCare},
        {QStringLiteral("whatHelps"), helps},
        {QStringLiteral("heatmap"), heat},
        {QStringLiteral("signposting"),
         QJsonObject{{QStringLiteral("show"), d.signposting.any()},
                     {QStringLiteral("highLoadDays"), d.signposting.highLoadDays},
                     {QStringLiteral("highEmotionalLoad"), d.signposting.highEmotionalLoad},
                     {QStringLiteral("lowCaredFor"), d.signposting.lowCaredFor}}},
        {QStringLiteral("skills"), skills},
    };
}

} // namespace saib::insights

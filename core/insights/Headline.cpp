#include "Headline.h"
#include "Change.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace saib::insights {

namespace {
QString num(Metric m, double v)
{
    return QLocale().toString(v, 'f', m == Metric::Strategic ? 0 : 1);
}

// One whole sentence per metric and direction: a metric name is never slotted into a
// sentence, so each language can word (and mutate) it naturally.
QString changeSentence(Metric m, bool up)
{
    switch (m) {
    case Metric::Demand:
        return up ? QCoreApplication::translate("Headline", "Demand is up this week: %1 out of 10, against %2 in the four weeks before.")
                  : QCoreApplication::translate("Headline", "Demand has eased this week: %1 out of 10, against %2 in the four weeks before.");
    case Metric::Emotional:
        return up ? QCoreApplication::translate("Headline", "Your emotional load is heavier this week: %1 out of 10, against %2 in the four weeks before.")
                  : QCoreApplication::translate("Headline", "Your emotional load is lighter this week: %1 out of 10, against %2 in the four weeks before.");
    case Metric::Energy:
        return up ? QCoreApplication::translate("Headline", "Your energy is up this week: %1 out of 10, against %2 in the four weeks before.")
                  : QCoreApplication::translate("Headline", "Your energy is down this week: %1 out of 10, against %2 in the four weeks before.");
    case Metric::Hours:
        return up ? QCoreApplication::translate("Headline", "Your days are longer this week: %1 hours a day, against %2 in the four weeks before.")
                  : QCoreApplication::translate("Headline", "Your days are shorter this week: %1 hours a day, against %2 in the four weeks before.");
    case Metric::Strategic:
        return up ? QCoreApplication::translate("Headline", "More of your time went on strategy this week: %1%, against %2% in the four weeks before.")
                  : QCoreApplication::translate("Headline", "Less of your time went on strategy this week: %1%, against %2% in the four weeks before.");
    }
    return {};
}

// The metric whose change, in units of its "about the same" threshold, is largest among
// those with the wanted verdict; -1 when none.
int largestChange(const WeekGlance &week, Verdict wanted)
{
    int best = -1;
    double bestSize = 0;
    for (int m = 0; m < kMetricCount; ++m) {
        const Change c = compareToBefore(Metric(m), week.thisWeek[m], week.previousFourWeeks[m]);
        if (c.verdict != wanted)
            continue;
        const double size = std::fabs(c.delta) / steadyThreshold(Metric(m));
        if (size > bestSize) {
            best = m;
            bestSize = size;
        }
    }
    return best;
}

Headline change(const WeekGlance &week, int m)
{
    const Metric metric = Metric(m);
    const bool up = week.thisWeek[m] > week.previousFourWeeks[m];
    return {QStringLiteral("change"),
            changeSentence(metric, up).arg(num(metric, week.thisWeek[m]), num(metric, week.previousFourWeeks[m])),
            QLatin1String(metricId(metric))};
}

bool anyBefore(const WeekGlance &week)
{
    for (double v : week.previousFourWeeks)
        if (hasData(v))
            return true;
    return false;
}
} // namespace

Headline headline(const WeekGlance &week, const SignpostReasons &signs, const JdrView &quarter,
                  bool purposeWithoutCare)
{
    if (signs.highEmotionalLoad)
        return {QStringLiteral("heavy-stretch"),
                QCoreApplication::translate("Headline",
                    "A heavy stretch: your emotional load was 8 or more on %n of your last 7 check-ins.",
                    nullptr, signs.highLoadDays),
                {}};
    if (week.checkins == 0)
        return anyBefore(week)
            ? Headline{QStringLiteral("no-checkin-yet"),
                       QCoreApplication::translate("Headline", "No check-in yet this week. Thirty seconds today keeps your picture up to date."), {}}
            : Headline{QStringLiteral("no-data"),
                       QCoreApplication::translate("Headline", "Check in for a few days and the story of your week will show here."), {}};
    if (quarter.widening)
        return {QStringLiteral("gap-widening"),
                QCoreApplication::translate("Headline", "Over the last three months your demands have been pulling ahead of your resources."), {}};
    if (!anyBefore(week))
        return {QStringLiteral("first-week"),
                QCoreApplication::translate("Headline", "Your first week of check-ins: from next week you will see how each week compares."), {}};
    if (const int worse = largestChange(week, Verdict::Worse); worse >= 0)
        return change(week, worse);
    if (purposeWithoutCare)
        return {QStringLiteral("purpose-without-care"),
                QCoreApplication::translate("Headline", "Purpose and belonging are strong, but you rate feeling valued and cared for low."), {}};
    if (const int better = largestChange(week, Verdict::Better); better >= 0)
        return change(week, better);
    return {QStringLiteral("steady"), QCoreApplication::translate("Headline", "A steady week: your figures are close to the four weeks before."), {}};
}

} // namespace saib::insights

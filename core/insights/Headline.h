#pragma once
// The one sentence that matters this week, at the top of the dashboard. Worked out here,
// not assembled in QML, so the app and `saib-cli insights` say the same thing and the
// sentence can be tested on fixed data. It does not depend on the chart range the leader
// picked: it is always about this week (and, for the widening gap, the last 13 weeks).
#include "Statistics.h"

#include <QString>

namespace saib::insights {

struct Headline {
    // What the sentence is about: "first-week", "no-checkin-yet", "heavy-stretch",
    // "gap-widening", "purpose-without-care", "change", "steady", "no-data".
    QString kind;
    QString text;   // in the current UI language
    QString metric; // for kind "change": the metric's id
};

// Priorities, most urgent first: nothing to show yet; a heavy stretch (the signposting
// rule); demands pulling ahead of resources; this week's largest change for the worse;
// purpose without care; the largest change for the better; a steady week.
Headline headline(const WeekGlance &week, const SignpostReasons &signs, const JdrView &quarter,
                  bool purposeWithoutCare);

} // namespace saib::insights

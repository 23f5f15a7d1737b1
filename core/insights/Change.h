#pragma once
// Which way a figure of "this week at a glance" moved against the four weeks before, and
// whether that is good news. Polarity is the metric's: more demand, emotional load or hours
// is worse; more energy or strategic share is better. The dashboard's tiles show the
// direction as an arrow, the verdict as colour AND a word (colour is never the only signal).
#include "Statistics.h"

namespace saib::insights {

enum class Direction { None, Down, Same, Up }; // None: a side has no data
enum class Verdict { Unknown, Better, Same, Worse };

struct Change {
    Direction direction = Direction::None;
    Verdict verdict = Verdict::Unknown;
    double delta = kNoData; // now - before
};

bool higherIsBetter(Metric m);
// A smaller change than this reads as "about the same": half a point on the 0-10 scales,
// half an hour a day, five points of strategic share.
double steadyThreshold(Metric m);
Change compareToBefore(Metric m, double now, double before);

const char *directionId(Direction d);
const char *verdictId(Verdict v);

} // namespace saib::insights

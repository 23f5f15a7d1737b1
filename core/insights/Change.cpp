#include "Change.h"

#include <cmath>

namespace saib::insights {

bool higherIsBetter(Metric m)
{
    return m == Metric::Energy || m == Metric::Strategic;
}

double steadyThreshold(Metric m)
{
    return m == Metric::Strategic ? 5.0 : 0.5;
}

Change compareToBefore(Metric m, double now, double before)
{
    Change c;
    if (!hasData(now) || !hasData(before))
        return c;
    c.delta = now - before;
    if (std::fabs(c.delta) < steadyThreshold(m)) {
        c.direction = Direction::Same;
        c.verdict = Verdict::Same;
        return c;
    }
    c.direction = c.delta > 0 ? Direction::Up : Direction::Down;
    c.verdict = (c.delta > 0) == higherIsBetter(m) ? Verdict::Better : Verdict::Worse;
    return c;
}

const char *directionId(Direction d)
{
    static const char *const ids[] = {"none", "down", "same", "up"};
    return ids[int(d)];
}

const char *verdictId(Verdict v)
{
    static const char *const ids[] = {"unknown", "better", "same", "worse"};
    return ids[int(v)];
}

} // namespace saib::insights

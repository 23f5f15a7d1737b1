#include "SleepClock.h"

#include <QDateTime>
#include <ctime>

namespace saib::platform {

qint64 sleepInclusiveMs()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
    // CLOCK_BOOTTIME is CLOCK_MONOTONIC plus the time spent in suspend.
    timespec ts{};
    if (clock_gettime(CLOCK_BOOTTIME, &ts) == 0)
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
#elif defined(Q_OS_DARWIN)
    // On Apple systems CLOCK_MONOTONIC keeps counting while asleep.
    timespec ts{};
    if (clock_gettime(CLOCK_MONOTONIC, &ts) == 0)
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
#endif
    // Elsewhere (Windows): wall-clock time, which also counts sleep.
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace saib::platform

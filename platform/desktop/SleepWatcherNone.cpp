#include "../SleepWatcher.h"

namespace saib::platform {

// No suspend notice on this platform: the idle lock's sleep-counting clock covers it.
SleepWatcher::SleepWatcher(QObject *parent, Bus) : QObject(parent) {}

void SleepWatcher::prepareForSleep(bool start)
{
    if (start)
        emit aboutToSleep();
    else
        emit resumed();
}

} // namespace saib::platform

#pragma once
// A clock for "how long since": unlike QTimer and QElapsedTimer (monotonic, paused while
// the machine sleeps on Linux), it keeps counting through suspend, so time asleep counts
// as time idle.
#include <QtGlobal>

namespace saib::platform {
// Milliseconds from an arbitrary start; never goes back; includes time suspended.
qint64 sleepInclusiveMs();
} // namespace saib::platform

#pragma once
// Keeps keys and plaintext out of core dumps: a crash of saib or saib-cli must not leave a
// file holding the database key or journal text (or let another process of the same user
// attach a debugger and read them).
#include <QString>

namespace saib::platform {
// Linux: prctl(PR_SET_DUMPABLE, 0); every Unix: RLIMIT_CORE = 0. Returns what could not
// be done (empty when all of it was), for a warning; elsewhere a no-op.
QString disableCoreDumps();
} // namespace saib::platform

#include "ProcessHardening.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
#include <sys/prctl.h>
#endif

namespace saib::platform {

QString disableCoreDumps()
{
    QString problems;
#ifdef Q_OS_UNIX
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        problems += QStringLiteral("setrlimit(RLIMIT_CORE) failed; ");
#endif
#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
    // Also covers a core_pattern that pipes to a handler (which ignores RLIMIT_CORE) and
    // ptrace attach by other processes of the same user.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        problems += QStringLiteral("prctl(PR_SET_DUMPABLE) failed; ");
#endif
    return problems;
}

} // namespace saib::platform

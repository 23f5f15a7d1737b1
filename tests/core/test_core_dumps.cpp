// Core dumps are off in saib-cli (and saib) while keys and plaintext are in memory: a
// crash must not leave a file holding them. Checked on the running binary through
// /proc/<pid>/limits, and the helper itself in-process (PR_GET_DUMPABLE).
#include "TestSupport.h"

#include <platform/ProcessHardening.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace {
// The "Max core file size" soft limit of a running process, or "" when unknown.
QByteArray coreLimitOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("Max core file size"))
            return line.mid(26).simplified().split(' ').value(0);
    return {};
}
} // namespace

#ifdef Q_OS_LINUX
TEST_CASE("saib-cli runs with core dumps off", "[hardening]")
{
    QTemporaryDir dir;
    const QStringList base{QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAIB_PASSPHRASE"), saib::test::kPassphrase);
    {
        QProcess init;
        init.setProcessEnvironment(env);
        init.setStandardInputFile(QProcess::nullDevice());
        init.start(QStringLiteral(SAIB_CLI_PATH), base + QStringList{QStringLiteral("init"), QStringLiteral("--kdf"),
                                                                     QStringLiteral("interactive")});
        REQUIRE(init.waitForFinished(60000));
        REQUIRE(init.exitCode() == 0);
    }
    // `journal add` with the body still to come on stdin: the store is unlocked and the
    // process waits, holding the database key.
    QProcess add;
    add.setProcessEnvironment(env);
    add.start(QStringLiteral(SAIB_CLI_PATH), base + QStringList{QStringLiteral("journal"), QStringLiteral("add"),
                                                                QStringLiteral("--title"), QStringLiteral("Held")});
    REQUIRE(add.waitForStarted(10000));
    QByteArray limit;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000 && (limit = coreLimitOf(add.processId())) != "0")
        QThread::msleep(20);
    CHECK(limit == "0");
    add.write("A body that must never reach a core file.\n");
    add.closeWriteChannel();
    REQUIRE(add.waitForFinished(60000));
    CHECK(add.exitCode() == 0);
}

TEST_CASE("disableCoreDumps turns off dumping and the core size limit", "[hardening]")
{
    // In a forked child, so this test process keeps its own settings.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const bool helperOk = saib::platform::disableCoreDumps().isEmpty();
        rlimit core{};
        const bool limitOk = getrlimit(RLIMIT_CORE, &core) == 0 && core.rlim_cur == 0 && core.rlim_max == 0;
        const bool notDumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
        _exit((helperOk ? 0 : 1) | (limitOk ? 0 : 2) | (notDumpable ? 0 : 4));
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0); // 1: helper failed, 2: core limit not 0, 4: still dumpable
}
#endif

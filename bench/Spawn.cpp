#include "Spawn.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <vector>

namespace saib::bench {

namespace {
qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

// Owns the byte strings behind a char*[] for posix_spawn.
struct CStrings {
    std::vector<QByteArray> storage;
    std::vector<char *> pointers;
    explicit CStrings(const QStringList &list)
    {
        for (const QString &s : list)
            storage.push_back(s.toLocal8Bit());
        for (QByteArray &b : storage)
            pointers.push_back(b.data());
        pointers.push_back(nullptr);
    }
    char *const *data() { return pointers.data(); }
};
} // namespace

ChildProcess::~ChildProcess()
{
    if (m_pid > 0 && !m_result.started) {
        ::kill(m_pid, SIGKILL);
        wait();
    }
}

bool ChildProcess::start(const QStringList &argv, const QMap<QString, QString> &env, const QString &logFile)
{
    m_result = {};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    CStrings args(argv);
    CStrings envp(environment.toStringList());

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    QByteArray log = QFile::encodeName(logFile);
    if (!logFile.isEmpty()) {
        posix_spawn_file_actions_addopen(&actions, 1, log.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
    }
    m_startNs = monotonicNs();
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, args.pointers[0], &actions, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        m_result.error = QStringLiteral("%1: %2").arg(argv.value(0), QString::fromLocal8Bit(std::strerror(rc)));
        return false;
    }
    m_pid = pid;
    return true;
}

ProcessResult ChildProcess::wait()
{
    if (m_pid <= 0)
        return m_result;
    int status = 0;
    rusage usage{};
    pid_t done;
    do {
        done = wait4(m_pid, &status, 0, &usage);
    } while (done < 0 && errno == EINTR);
    m_result.started = true;
    m_result.wallMs = double(monotonicNs() - m_startNs) / 1e6;
    m_result.peakRssKb = usage.ru_maxrss;
    if (WIFEXITED(status))
        m_result.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        m_result.signal = WTERMSIG(status);
    m_pid = -1;
    return m_result;
}

void ChildProcess::terminate()
{
    if (m_pid > 0)
        ::kill(m_pid, SIGTERM);
}

ProcessResult runProcess(const QStringList &argv, const QMap<QString, QString> &env, const QString &logFile)
{
    ChildProcess child;
    if (!child.start(argv, env, logFile))
        return child.result();
    return child.wait();
}

qint64 selfPeakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

} // namespace saib::bench

#pragma once
// Runs one measured child process: wall time from spawn to exit and the child's peak
// resident memory (getrusage's ru_maxrss via wait4), so every figure in the report comes
// with the memory of the process that produced it. POSIX only (the bench is a Linux tool).
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

namespace saib::bench {

struct ProcessResult {
    bool started = false;
    int exitCode = -1;     // -1 when it was killed by a signal
    int signal = 0;
    double wallMs = 0;
    qint64 peakRssKb = 0;  // ru_maxrss: KiB on Linux
    QString error;         // why it could not start
    bool ok() const { return started && exitCode == 0; }
};

class ChildProcess {
public:
    ChildProcess() = default;
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    // `env` is added to (or overrides) this process's environment; stdout and stderr go
    // to `logFile` (appended) when it is set, else they are inherited.
    bool start(const QStringList &argv, const QMap<QString, QString> &env = {},
               const QString &logFile = {});
    // Blocks until the child exits.
    ProcessResult wait();
    void terminate(); // SIGTERM
    int pid() const { return m_pid; }
    const ProcessResult &result() const { return m_result; }

private:
    int m_pid = -1;
    qint64 m_startNs = 0;
    ProcessResult m_result;
};

// A saib-relay on loopback with its log in the work folder, on its own SQLite file or on
// the PostgreSQL database `databaseUrl` names; stopped when this goes out of scope.
struct BenchConfig;
struct RelayUnderTest {
    ChildProcess process;
    quint16 port = 0;
    // "" once it listens (port set), else why it did not start.
    QString start(const BenchConfig &config, const QString &name, const QString &databaseUrl = {});
    // CPU time (user + system) the relay has used so far, from /proc (10 ms ticks).
    double cpuMs() const;
    ~RelayUnderTest();
};

// Runs the event loop until `finished` is true or the deadline passes.
bool runUntil(const std::function<bool()> &finished, int timeoutMs);

// start() + wait().
ProcessResult runProcess(const QStringList &argv, const QMap<QString, QString> &env = {},
                         const QString &logFile = {});

// This process's peak resident memory so far (VmHWM), in KiB.
qint64 selfPeakRssKb();
// Restarts VmHWM from the current resident size (Linux: "5" > /proc/self/clear_refs), so
// a phase can report the peak of its measured work apart from its set-up.
bool resetPeakRss();

} // namespace saib::bench

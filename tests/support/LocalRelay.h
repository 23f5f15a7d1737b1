#pragma once
// The real saib-relay, started for a test on 127.0.0.1. It listens on port 0 so the relay
// picks a free port, and the port is read back from the line the relay prints. Shared by
// the Catch2 relay harness and the Qt Quick test fixtures.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace saib::test {

class LocalRelay {
public:
    LocalRelay() = default;
    ~LocalRelay() { stop(); }
    LocalRelay(const LocalRelay &) = delete;
    LocalRelay &operator=(const LocalRelay &) = delete;

    // Runs `relayPath --listen 127.0.0.1:0 <args>` (a later --listen in `args` wins) and
    // waits until it listens. Returns "" then, else why it did not start.
    QString start(const QString &relayPath, const QStringList &args);
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QUrl url() const;
    // Everything the relay wrote to stdout and stderr so far.
    QByteArray log();
    // SIGTERM, then SIGKILL if it does not exit.
    void stop();
    // SIGKILL at once, as a crash or power cut would end it.
    void crash();

private:
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
};

} // namespace saib::test

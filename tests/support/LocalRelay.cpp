#include "LocalRelay.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace saib::test {

QString LocalRelay::start(const QString &relayPath, const QStringList &args)
{
    m_port = 0;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(relayPath, QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + args);
    if (!m_process.waitForStarted(10000))
        return QStringLiteral("saib-relay did not start: ") + m_process.errorString();
    const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    for (QDeadlineTimer deadline(20000); !deadline.hasExpired() && m_process.state() != QProcess::NotRunning;) {
        m_process.waitForReadyRead(100);
        m_log += m_process.readAll();
        const auto match = listening.match(QString::fromUtf8(m_log));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return {};
        }
    }
    return QStringLiteral("saib-relay did not listen: ") + QString::fromUtf8(m_log);
}

QUrl LocalRelay::url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

QByteArray LocalRelay::log()
{
    m_log += m_process.readAll();
    return m_log;
}

void LocalRelay::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    m_log += m_process.readAll();
}

void LocalRelay::crash()
{
    m_process.kill();
    m_process.waitForFinished(5000);
    m_log += m_process.readAll();
}

} // namespace saib::test

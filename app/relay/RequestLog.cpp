#include "RequestLog.h"

#include <QDateTime>
#include <cstdio>

namespace saib::relay {

namespace {
QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
// Survey lines carry the hour only: a finer time would let the operator match an
// anonymous submission to the enrolment (or connection) just before it.
QString hourStamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH'h'"));
}
// Paths are fixed route names; anything else (an unknown path someone probed) is cut
// short and stripped of odd characters so it cannot forge log lines.
QString safePath(const QString &path)
{
    QString out;
    for (const QChar c : path.left(64))
        out.append(c.unicode() > 32 && c.unicode() < 127 ? c : QLatin1Char('?'));
    return out;
}
} // namespace

void writeRequestLog(const RequestLogLine &l)
{
    if (l.path.startsWith(QLatin1String("/v1/surveys"))) {
        // No sizes or durations either: a body's size can tell one leader's answers
        // (a long comment) from another's, and a duration can mark a slow phone.
        QString line = QStringLiteral("%1 %2 %3 %4")
                           .arg(hourStamp(), QString::fromLatin1(l.method.left(8)), safePath(l.path))
                           .arg(l.status);
        if (!l.errorCode.isEmpty())
            line += QStringLiteral(" err=") + l.errorCode;
        const QByteArray utf8 = line.toUtf8() + '\n';
        std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
        std::fflush(stderr);
        return;
    }
    const QString account = l.accountId.isEmpty() ? QStringLiteral("-") : l.accountId.left(6);
    QString line = QStringLiteral("%1 %2 %3 %4 in=%5 out=%6 %7ms acct=%8")
                       .arg(timestamp(), QString::fromLatin1(l.method.left(8)), safePath(l.path))
                       .arg(l.status)
                       .arg(l.bytesIn)
                       .arg(l.bytesOut)
                       .arg(l.elapsedMs)
                       .arg(account);
    if (!l.errorCode.isEmpty())
        line += QStringLiteral(" err=") + l.errorCode;
    const QByteArray utf8 = line.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
    std::fflush(stderr);
}

void writeRelayMessage(const QString &message)
{
    const QByteArray utf8 = (timestamp() + QStringLiteral(" saib-relay: ") + message).toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
    std::fflush(stderr);
}

} // namespace saib::relay

#include "RequestLog.h"

#include <QDateTime>
#include <cstdio>

namespace saib::relay {

namespace {
QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
// The same text as timestamp(), as bytes, for the line every request writes: the date and
// time are formatted once a second (QDateTime's formatting was most of the line's cost).
QByteArray requestTimestamp()
{
    static qint64 second = -1;
    static QByteArray prefix; // "2026-11-30T11:26:03."
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms / 1000 != second) {
        second = ms / 1000;
        prefix = QDateTime::fromSecsSinceEpoch(second, Qt::UTC).toString(Qt::ISODate).toLatin1();
        prefix.chop(1); // the "Z"
        prefix += '.';
    }
    const int milli = int(ms % 1000);
    const char digits[] = {char('0' + milli / 100), char('0' + milli / 10 % 10), char('0' + milli % 10), 'Z'};
    return prefix + QByteArray(digits, 4);
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
    // Built as bytes in one buffer: this runs for every request.
    QByteArray line;
    line.reserve(128);
    line += requestTimestamp();
    line += ' ';
    line += l.method.left(8);
    line += ' ';
    line += safePath(l.path).toLatin1();
    line += ' ';
    line += QByteArray::number(l.status);
    line += " in=";
    line += QByteArray::number(l.bytesIn);
    line += " out=";
    line += QByteArray::number(l.bytesOut);
    line += ' ';
    line += QByteArray::number(l.elapsedMs);
    line += "ms acct=";
    line += l.accountId.isEmpty() ? QByteArray("-") : l.accountId.left(6).toUtf8();
    if (!l.errorCode.isEmpty()) {
        line += " err=";
        line += l.errorCode.toUtf8();
    }
    line += '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

void writeRelayMessage(const QString &message)
{
    const QByteArray utf8 = (timestamp() + QStringLiteral(" saib-relay: ") + message).toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
    std::fflush(stderr);
}

} // namespace saib::relay

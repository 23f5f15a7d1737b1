#pragma once
// One line per request on stderr: time, method, path, status, bytes in/out, duration and
// the first characters of the account id. Never bodies, tokens, keys or query values
// beyond the path, so the log cannot leak what leaders write. Survey lines
// (/v1/surveys...) carry only the hour, method, path, status and error code.
#include <QByteArray>
#include <QString>

namespace saib::relay {

struct RequestLogLine {
    QByteArray method;
    QString path;
    int status = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 elapsedMs = 0;
    QString accountId; // shortened when written
    QString errorCode; // wire error code, if any
};

void writeRequestLog(const RequestLogLine &line);
void writeRelayMessage(const QString &message);

} // namespace saib::relay

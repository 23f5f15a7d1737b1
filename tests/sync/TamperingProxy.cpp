#include "TamperingProxy.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpSocket>

namespace saib::test {

TamperingProxy::TamperingProxy(QUrl upstream) : m_upstream(std::move(upstream))
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server.nextPendingConnection())
            serve(s);
    });
}

QUrl TamperingProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void TamperingProxy::serve(QTcpSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
        qsizetype length = 0;
        QByteArray authorization;
        for (const QByteArray &line : lines) {
            const QByteArray lower = line.trimmed().toLower();
            if (lower.startsWith("content-length:"))
                length = lower.mid(15).trimmed().toLongLong();
            if (lower.startsWith("authorization:"))
                authorization = line.trimmed().mid(14).trimmed();
        }
        if (buffer->size() < headerEnd + 4 + length)
            return;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        const QByteArray method = requestLine.value(0);
        const QString target = QString::fromLatin1(requestLine.value(1));
        QByteArray body = buffer->mid(headerEnd + 4, length);
        buffer->clear();
        const QString path = target.section(QLatin1Char('?'), 0, 0);
        if (onRequest)
            onRequest(path, body);

        QUrl url = m_upstream;
        url.setPath(path);
        url.setQuery(target.section(QLatin1Char('?'), 1));
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!authorization.isEmpty())
            req.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, socket, path, body] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QByteArray answer = reply->readAll();
            if (onResponse && status >= 200 && status < 300)
                onResponse(path, body, answer);
            QByteArray out = "HTTP/1.1 " + QByteArray::number(status ? status : 502) + " X\r\n"
                + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
                + QByteArray::number(answer.size()) + "\r\n\r\n" + answer;
            socket->write(out);
            socket->disconnectFromHost();
        });
    });
}

} // namespace saib::test

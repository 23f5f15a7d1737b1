#pragma once
// A hostile relay for tests: a small HTTP/1.1 proxy on 127.0.0.1 in front of the real
// saib-relay that can rewrite any request or answer on the way. It plays the relay (or
// anyone on the network path of a relay without TLS) against the pairing protocol.
#include <QNetworkAccessManager>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <functional>

namespace saib::test {

class TamperingProxy : public QObject {
    Q_OBJECT
public:
    explicit TamperingProxy(QUrl upstream);
    QUrl url() const;
    // A relay restarted elsewhere (another port) behind the same address.
    void setUpstream(const QUrl &upstream) { m_upstream = upstream; }

    // Called with the request path and bodies; may change them in place.
    std::function<void(const QString &path, QByteArray &requestBody)> onRequest;
    std::function<void(const QString &path, const QByteArray &requestBody, QByteArray &responseBody)> onResponse;

private:
    void serve(QTcpSocket *socket);
    QTcpServer m_server;
    QNetworkAccessManager m_nam;
    QUrl m_upstream;
};

} // namespace saib::test

#pragma once
// The relay's TCP front door, in front of QtHttpServer 6.4 (which has no timeouts, no
// connection limits and no body limit of its own). Every request's headers are screened
// here before QHttpServer reads a byte of it; the first request's connection is only then
// handed to QHttpServer (through QAbstractHttpServer::bind and addPendingConnection):
//  - a cap on open connections per client address (over it: 429 and close);
//  - a deadline for each request's headers from its first byte (slowloris: 408 and close);
//  - an idle timeout for the whole connection, before, between and after requests;
//  - a body declared over --max-body in Content-Length is refused with 413 before a byte
//    of it is read; chunked bodies (no length up front) get 411;
//  - HTTP/1.1 keep-alive: after an answer (RelayServer asks finishRequest() whether to say
//    "Connection: close"), the next request on the connection is held back from
//    QHttpServer (a read transaction on the socket that the gate rolls back on each read)
//    until its headers pass the same checks; at most maxRequestsPerConnection are served
//    on one connection, and a client's "Connection: close" (or HTTP/1.0) is honoured;
//  - the socket's read buffer is capped at max-body plus headers, so no request can make
//    the relay hold more than that.
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

namespace saib::relay {

struct GateLimits {
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int headerTimeoutMs = 10 * 1000;
    int idleTimeoutMs = 60 * 1000;
    int maxConnectionsPerAddress = 64;
    int maxRequestsPerConnection = 1000;
};

class ConnectionGate : public QTcpServer {
    Q_OBJECT
public:
    static constexpr int kMaxHeaderBytes = 16 * 1024;

    explicit ConnectionGate(GateLimits limits, QObject *parent = nullptr);
#if QT_CONFIG(ssl)
    // Serve HTTPS: each connection is encrypted before its headers are read.
    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; m_tls = true; }
#endif
    // The QHttpServer the connections are handed to: the gate cuts its reads off a
    // connection whose next request is refused.
    void setReader(QObject *httpServer) { m_reader = httpServer; }
    int openConnections() const { return m_total; }

    // Called while the current request is answered (QHttpServer handles a request inside
    // the socket's readyRead, which reaches the gate first, so "current" is well defined).
    // True: the connection stays open for the next request; false: say "Connection:
    // close", and the gate closes it once the answer is sent.
    bool finishRequest();

protected:
    void incomingConnection(qintptr handle) override;

private:
    void admit(QTcpSocket *socket);
    // `watch` is the connection's timers and state (a child of the socket).
    void inspect(QTcpSocket *socket, QObject *watch);
    void refuse(QTcpSocket *socket, QObject *watch, int status, const char *reason, const char *code);
    void release(const QHostAddress &address);

    GateLimits m_limits;
    QHash<QHostAddress, int> m_perAddress;
    int m_total = 0;
    QPointer<QObject> m_reader;
    QPointer<QTcpSocket> m_current; // the connection whose readyRead is being delivered
    QPointer<QObject> m_currentWatch;
#if QT_CONFIG(ssl)
    QSslConfiguration m_ssl;
#endif
    bool m_tls = false;
};

} // namespace saib::relay

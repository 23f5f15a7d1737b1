#pragma once
// The relay's TCP front door, in front of QtHttpServer 6.4 (which has no timeouts, no
// connection limits and no body limit of its own). Each accepted connection is held here
// until the headers of its first request have arrived, and only then handed to
// QHttpServer (through QAbstractHttpServer::bind and addPendingConnection):
//  - a cap on open connections per client address (over it: 429 and close);
//  - a deadline for the first request's headers (slowloris: 408 and close);
//  - an idle timeout for the whole connection, before and after the hand-over;
//  - a body declared over --max-body in Content-Length is refused with 413 before a byte
//    of it is read; chunked bodies (no length up front) get 411;
//  - every response says "Connection: close" (RelayServer::toResponse), so each request
//    comes through here on its own connection; for a client that sends more anyway, the
//    socket's read buffer is capped at max-body plus headers, so a later request on the
//    same connection cannot make the relay hold more than that: it stalls and the idle
//    timeout closes it.
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
    int openConnections() const { return m_total; }

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
#if QT_CONFIG(ssl)
    QSslConfiguration m_ssl;
#endif
    bool m_tls = false;
};

} // namespace saib::relay

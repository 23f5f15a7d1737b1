#include "ConnectionGate.h"
#include "RequestLog.h"

#include <QTcpSocket>
#include <QTimer>
#include <utility>

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

namespace saib::relay {

namespace {
// Per-connection state, owned by the socket (it dies with it).
class Watch : public QObject {
public:
    // Plain QObject (no Q_OBJECT): only reached through the pointers the slots capture.
    Watch(QTcpSocket *socket, int idleMs) : QObject(socket)
    {
        header.setSingleShot(true);
        idle.setSingleShot(true);
        idle.setInterval(idleMs);
        idle.start();
    }
    QTimer header, idle;
    bool handedOver = false;
    qint64 discard = -1;  // a refused body: bytes of the request still to read and drop
    QByteArray answer;    // sent once they are dropped
    QHostAddress address;
};

// The value of one header in a raw header block (case-insensitive name), or null.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return QByteArray();
}
} // namespace

ConnectionGate::ConnectionGate(GateLimits limits, QObject *parent) : QTcpServer(parent), m_limits(limits)
{
    // Qt's default accept backlog (50) drops a burst of new connections (their SYNs are
    // retried only after a second or more); accepting is cheap, the gate does the rest.
    setListenBacklogSize(1024);
}

void ConnectionGate::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = nullptr;
#if QT_CONFIG(ssl)
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_ssl);
        socket = ssl;
    }
#endif
    if (!socket)
        socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    admit(socket);
#if QT_CONFIG(ssl)
    if (m_tls)
        static_cast<QSslSocket *>(socket)->startServerEncryption();
#endif
}

void ConnectionGate::admit(QTcpSocket *socket)
{
    auto *watch = new Watch(socket, m_limits.idleTimeoutMs);
    watch->address = socket->peerAddress();
    // What QHttpServer may hold for one request, at most; more waits in the kernel.
    socket->setReadBufferSize(m_limits.maxBodyBytes + kMaxHeaderBytes);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QPointer<ConnectionGate> gate(this);
    connect(socket, &QObject::destroyed, this, [gate, address = watch->address] {
        if (gate)
            gate->release(address);
    });
    connect(&watch->idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    int &count = m_perAddress[watch->address];
    ++count;
    ++m_total;
    if (count > m_limits.maxConnectionsPerAddress) {
        refuse(socket, watch, 429, "Too Many Requests", "too_many_connections");
        return;
    }
    // Activity in either direction keeps the connection alive, before and after hand-over.
    auto poke = [watch] { watch->idle.start(); };
    connect(socket, &QIODevice::readyRead, watch, poke);
    connect(socket, &QIODevice::bytesWritten, watch, poke);
    connect(&watch->header, &QTimer::timeout, socket, [this, socket, watch] {
        refuse(socket, watch, 408, "Request Timeout", "request_timeout");
    });
    watch->header.start(m_limits.headerTimeoutMs);
    // Connected before QHttpServer's own slot exists, so it runs first on every read.
    connect(socket, &QIODevice::readyRead, watch, [this, socket, watch] { inspect(socket, watch); });
}

void ConnectionGate::inspect(QTcpSocket *socket, QObject *watchObject)
{
    auto *watch = static_cast<Watch *>(watchObject);
    if (watch->discard >= 0) {
        watch->discard -= socket->skip(qMin(watch->discard, socket->bytesAvailable()));
        if (watch->discard <= 0 && !watch->answer.isEmpty()) {
            socket->write(std::exchange(watch->answer, QByteArray()));
            socket->disconnectFromHost();
        }
        return;
    }
    if (watch->handedOver)
        return;
    const QByteArray seen = socket->peek(kMaxHeaderBytes + 4);
    const int end = seen.indexOf("\r\n\r\n");
    if (end < 0) {
        if (seen.size() > kMaxHeaderBytes)
            refuse(socket, watch, 431, "Request Header Fields Too Large", "headers_too_large");
        return; // wait for the rest (within the header deadline)
    }
    const QByteArray head = seen.left(end);
    const QByteArray chunked = headerValue(head, "transfer-encoding");
    if (!chunked.isEmpty()) {
        refuse(socket, watch, 411, "Length Required", "length_required");
        return;
    }
    const QByteArray length = headerValue(head, "content-length");
    if (!length.isEmpty()) {
        bool ok = false;
        const qint64 n = length.toLongLong(&ok);
        if (!ok || n < 0) {
            refuse(socket, watch, 400, "Bad Request", "bad_request");
            return;
        }
        if (n > m_limits.maxBodyBytes) {
            // Refused on its declared length, before a byte of it is read. A client that
            // asked first (Expect: 100-continue) gets the answer now; any other is still
            // sending, and many (Qt's among them) only read an answer once they have sent
            // everything: its body is read and dropped as it comes (never kept), then
            // answered, within the header deadline.
            if (!headerValue(head, "expect").toLower().startsWith("100-continue"))
                watch->discard = end + 4 + n;
            refuse(socket, watch, 413, "Payload Too Large", "payload_too_large");
            return;
        }
    }
    // Headers are in and acceptable: QHttpServer takes over (pendingConnectionAvailable).
    watch->header.stop();
    watch->handedOver = true;
    addPendingConnection(socket);
    // QHttpServer 6.4 only reads on the next readyRead: replay it for what is buffered.
    QMetaObject::invokeMethod(socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

void ConnectionGate::refuse(QTcpSocket *socket, QObject *watchObject, int status, const char *reason,
                            const char *code)
{
    auto *watch = static_cast<Watch *>(watchObject);
    watch->handedOver = true; // no longer ours to inspect, nor QHttpServer's
#if QT_CONFIG(ssl)
    // No TLS session yet (a stalled handshake): an answer could never be sent, so close.
    if (auto *ssl = qobject_cast<QSslSocket *>(socket); ssl && !ssl->isEncrypted()) {
        watch->header.stop();
        socket->abort();
        writeRequestLog({QByteArrayLiteral("-"), QStringLiteral("(connection)"), status, 0, 0, 0, QString(),
                         QString::fromLatin1(code)});
        return;
    }
#endif
    const QByteArray body = QByteArray(R"({"error":")") + code + R"(","message":")" + reason + R"("})";
    const QByteArray answer = QByteArray("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    if (watch->discard >= 0) {
        watch->answer = answer;
        // Drop what has arrived already; the deadline ends a body that never finishes.
        watch->header.disconnect();
        connect(&watch->header, &QTimer::timeout, socket, [socket] { socket->abort(); });
        watch->header.start(m_limits.headerTimeoutMs);
        inspect(socket, watch);
    } else {
        watch->header.stop();
        socket->write(answer);
        socket->disconnectFromHost();
    }
    writeRequestLog({QByteArrayLiteral("-"), QStringLiteral("(connection)"), status, 0, body.size(), 0, QString(),
                     QString::fromLatin1(code)});
}

void ConnectionGate::release(const QHostAddress &address)
{
    --m_total;
    auto it = m_perAddress.find(address);
    if (it != m_perAddress.end() && --it.value() <= 0)
        m_perAddress.erase(it);
}

} // namespace saib::relay

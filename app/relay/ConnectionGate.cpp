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
    // First: the first request is screened, QHttpServer has not seen the connection yet.
    // Serving: QHttpServer reads (and answers) a screened request.
    // Between: answered, kept alive; the next request is held back until screened.
    // Closing: refused or told to close; nothing more is read for QHttpServer.
    enum class Phase { First, Serving, Between, Closing };
    Phase phase = Phase::First;
    QTimer header, idle;
    int requests = 0;        // screened and handed on, on this connection
    bool clientCloses = false; // the request being served said "Connection: close" (or is HTTP/1.0)
    qint64 discard = -1;     // a refused body: bytes of the request still to read and drop
    QByteArray answer;       // sent once they are dropped
    QHostAddress address;
};

// The headers the gate decides on, from one pass over a raw header block.
struct Head {
    QByteArray transferEncoding, contentLength, expect, connection;
    bool http10 = false;
};

Head readHead(const QByteArray &block)
{
    Head h;
    bool requestLine = true;
    for (const QByteArray &line : block.split('\n')) {
        if (requestLine) {
            requestLine = false;
            h.http10 = line.trimmed().endsWith("HTTP/1.0");
            continue;
        }
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        QByteArray *slot = name == "transfer-encoding" ? &h.transferEncoding
            : name == "content-length"                 ? &h.contentLength
            : name == "expect"                         ? &h.expect
            : name == "connection"                     ? &h.connection
                                                       : nullptr;
        if (slot && slot->isEmpty())
            *slot = line.mid(colon + 1).trimmed();
    }
    return h;
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
    // QHttpServer reads (and answers) in its own slot for this same signal, right after
    // this one: finishRequest() then knows which connection it is about.
    m_current = socket;
    m_currentWatch = watch;
    if (watch->discard >= 0) {
        watch->discard -= socket->skip(qMin(watch->discard, socket->bytesAvailable()));
        if (watch->discard <= 0 && !watch->answer.isEmpty()) {
            socket->write(std::exchange(watch->answer, QByteArray()));
            socket->disconnectFromHost();
        }
        return;
    }
    if (watch->phase == Watch::Phase::Serving || watch->phase == Watch::Phase::Closing)
        return;
    if (watch->phase == Watch::Phase::Between) {
        // What arrived of the next request was held back last time (below): look at all of it.
        if (socket->isTransactionStarted())
            socket->rollbackTransaction();
        if (socket->bytesAvailable() > 0 && !watch->header.isActive())
            watch->header.start(m_limits.headerTimeoutMs); // its first byte starts its deadline
    }
    // Until the headers pass, QHttpServer must not read them: it reads only when no read
    // transaction is open, and then from the current position, so a transaction opened
    // here and read to the end leaves it nothing (rolled back on the next readyRead).
    auto holdBack = [socket, watch] {
        if (watch->phase == Watch::Phase::Between) {
            socket->startTransaction();
            socket->skip(socket->bytesAvailable());
        }
    };
    // peek(n) allocates n bytes up front: ask for what is there, not for the most allowed.
    const QByteArray seen = socket->peek(qMin<qint64>(socket->bytesAvailable(), kMaxHeaderBytes + 4));
    const int end = seen.indexOf("\r\n\r\n");
    if (end < 0) {
        if (seen.size() > kMaxHeaderBytes)
            refuse(socket, watch, 431, "Request Header Fields Too Large", "headers_too_large");
        else
            holdBack(); // wait for the rest (within the header deadline)
        return;
    }
    const Head head = readHead(seen.left(end));
    if (!head.transferEncoding.isEmpty()) {
        refuse(socket, watch, 411, "Length Required", "length_required");
        return;
    }
    if (!head.contentLength.isEmpty()) {
        bool ok = false;
        const qint64 n = head.contentLength.toLongLong(&ok);
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
            if (!head.expect.toLower().startsWith("100-continue"))
                watch->discard = end + 4 + n;
            refuse(socket, watch, 413, "Payload Too Large", "payload_too_large");
            return;
        }
    }
    // Headers are in and acceptable: QHttpServer may read this request.
    const QByteArray connection = head.connection.toLower();
    watch->clientCloses = connection.contains("close") || (head.http10 && !connection.contains("keep-alive"));
    watch->header.stop();
    ++watch->requests;
    const bool first = watch->phase == Watch::Phase::First;
    watch->phase = Watch::Phase::Serving;
    if (first) {
        addPendingConnection(socket); // QHttpServer connects its reader (pendingConnectionAvailable)
        // QHttpServer 6.4 only reads on the next readyRead: replay it for what is buffered.
        QMetaObject::invokeMethod(socket, &QIODevice::readyRead, Qt::QueuedConnection);
    }
    // Otherwise QHttpServer's reader, connected after this slot, reads it now.
}

bool ConnectionGate::finishRequest()
{
    auto *watch = static_cast<Watch *>(m_currentWatch.data());
    QTcpSocket *socket = m_current.data();
    if (!watch || !socket || watch->phase != Watch::Phase::Serving)
        return false;
    if (!watch->clientCloses && watch->requests < m_limits.maxRequestsPerConnection
        && socket->state() == QAbstractSocket::ConnectedState) {
        watch->phase = Watch::Phase::Between;
        return true;
    }
    watch->phase = Watch::Phase::Closing;
    // Nothing more is read for QHttpServer; the answer is written after this returns, and
    // a queued close sends it (disconnectFromHost flushes first).
    if (m_reader)
        disconnect(socket, &QIODevice::readyRead, m_reader.data(), nullptr);
    QMetaObject::invokeMethod(socket, &QAbstractSocket::disconnectFromHost, Qt::QueuedConnection);
    return false;
}

void ConnectionGate::refuse(QTcpSocket *socket, QObject *watchObject, int status, const char *reason,
                            const char *code)
{
    auto *watch = static_cast<Watch *>(watchObject);
    // No longer ours to inspect, nor QHttpServer's to read: a kept-alive connection's
    // reader is cut off before it sees the refused request.
    if (watch->phase != Watch::Phase::First && m_reader)
        disconnect(socket, &QIODevice::readyRead, m_reader.data(), nullptr);
    if (socket->isTransactionStarted())
        socket->rollbackTransaction();
    watch->phase = Watch::Phase::Closing;
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

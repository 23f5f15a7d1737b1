// The relay's transport limits, played by an attacker on loopback against the real
// saib-relay (ConnectionGate in front of QtHttpServer 6.4): wrong methods get 405, a
// repeated `since` 400, a body declared too large is refused before it is sent, chunked
// bodies need a length, half-sent headers and silent connections time out, one address
// cannot hold more than its share of connections, 500 slowloris connections do not
// keep a real client waiting, and a kept-alive connection has every later request
// screened like its first.
#include "RelayHarness.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QThread>
#include <memory>
#include <vector>

using namespace saib;
using namespace saib::protocol;
using namespace saib::test;

namespace {

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// A raw connection from `from` (any 127.x.y.z is loopback on Linux).
std::unique_ptr<QTcpSocket> connectFrom(const RelayProcess &relay, const QString &from = QStringLiteral("127.0.0.1"))
{
    auto s = std::make_unique<QTcpSocket>();
    REQUIRE(s->bind(QHostAddress(from)));
    s->connectToHost(QHostAddress::LocalHost, relay.port());
    REQUIRE(s->waitForConnected(5000));
    return s;
}

// Reads until the peer closes or `ms` pass; returns everything received.
QByteArray readUntilClosed(QTcpSocket &s, int ms)
{
    QByteArray got;
    QElapsedTimer t;
    t.start();
    while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < ms) {
        s.waitForReadyRead(50);
        got += s.readAll();
    }
    return got + s.readAll();
}

// Reads one whole response (headers and a Content-Length body), leaving what follows it
// (and the connection) for the next; empty if it does not come within `ms`.
QByteArray readResponse(QTcpSocket &s, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        const QByteArray got = s.peek(s.bytesAvailable());
        const int end = got.indexOf("\r\n\r\n");
        if (end >= 0) {
            qint64 length = 0;
            for (const QByteArray &line : got.left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (got.size() >= end + 4 + length)
                return s.read(end + 4 + length);
        }
        if (!s.waitForReadyRead(50) && s.state() != QAbstractSocket::ConnectedState)
            break;
    }
    return {};
}

bool saysClose(const QByteArray &response)
{
    return response.toLower().contains("\r\nconnection: close\r\n");
}

int statusOf(const QByteArray &response)
{
    // "HTTP/1.1 413 Payload Too Large"
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

qint64 rssKib(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
} // namespace

TEST_CASE("relay: a wrong method is 405 with Allow, an unknown path 404, a repeated since 400", "[relay][limits]")
{
    RelayProcess relay(sqliteBackend(), kFastRate);
    auto at = [&](const char *path) { return relay.url().resolved(QUrl(QString::fromLatin1(path))); };
    const auto getRegister = http(at("/v1/register"), "GET", {});
    CHECK(getRegister.status == 405);
    CHECK(QJsonDocument::fromJson(getRegister.body).object().value(QStringLiteral("error")).toString()
          == QStringLiteral("method_not_allowed"));
    CHECK(http(at("/v1/health"), "POST", "{}").status == 405);
    CHECK(http(at("/v1/envelopes"), "DELETE", {}).status == 405);
    CHECK(http(at("/v1/surveys/abc"), "POST", "{}").status == 405);
    CHECK(http(at("/v1/nowhere"), "GET", {}).status == 404);

    // The Allow header names what the path does take.
    auto s = connectFrom(relay);
    s->write("PUT /v1/envelopes HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
    const QByteArray answer = readUntilClosed(*s, 1500);
    CHECK(statusOf(answer) == 405);
    const QByteArray lower = answer.toLower();
    CHECK((lower.contains("allow: get, post") || lower.contains("allow: post, get")));

    TestDevice d = newDevice(relay);
    registerAccount(d);
    REQUIRE(pullAll(d).ok()); // logs in
    CHECK(raw(d, "GET", QStringLiteral("/v1/envelopes?since=0&since=5"), {}, true).status == 400);
    CHECK(raw(d, "GET", QStringLiteral("/v1/envelopes?since=0"), {}, true).status == 200);
}

TEST_CASE("relay: a body declared over --max-body is refused before it is sent, chunked needs a length",
          "[relay][limits]")
{
    RelayProcess relay(sqliteBackend(), kFastRate + QStringList{QStringLiteral("--max-body"), QStringLiteral("65536")});
    {
        auto s = connectFrom(relay);
        // Headers only, asking first: the 100 MB body is never sent, and the answer comes.
        s->write("POST /v1/register HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Expect: 100-continue\r\nContent-Length: 100000000\r\n\r\n");
        QElapsedTimer t;
        t.start();
        QByteArray answer;
        while (!answer.endsWith('}') && t.elapsed() < 3000) {
            s->waitForReadyRead(50);
            answer += s->readAll();
        }
        CHECK(statusOf(answer) == 413);
        CHECK(answer.contains("payload_too_large"));
        CHECK(t.elapsed() < 2000);
    }
    {
        // Without asking: the body is read and dropped as it comes, then answered.
        auto s = connectFrom(relay);
        s->write("POST /v1/register HTTP/1.1\r\nHost: x\r\nContent-Length: 300000\r\n\r\n");
        for (int i = 0; i < 30; ++i)
            s->write(QByteArray(10000, 'x'));
        CHECK(statusOf(readUntilClosed(*s, 5000)) == 413);
    }
    {
        auto s = connectFrom(relay);
        s->write("POST /v1/register HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n");
        CHECK(statusOf(readUntilClosed(*s, 3000)) == 411);
    }
    {
        auto s = connectFrom(relay);
        s->write("GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(20000, 'a'));
        CHECK(statusOf(readUntilClosed(*s, 3000)) == 431);
    }
    // Within the limit, the same endpoint still answers (a bad signature, not a size error).
    CHECK(http(relay.url().resolved(QUrl(QStringLiteral("/v1/register"))), "POST", "{}").status == 400);
}

TEST_CASE("relay: half-sent headers time out, silent connections are closed, one address is capped",
          "[relay][limits]")
{
    RelayProcess relay(sqliteBackend(), kFastRate + QStringList{QStringLiteral("--header-timeout"), QStringLiteral("1"),
                                                                QStringLiteral("--idle-timeout"), QStringLiteral("2"),
                                                                QStringLiteral("--max-connections-per-address"),
                                                                QStringLiteral("8")});
    {
        auto s = connectFrom(relay);
        s->write("GET /v1/hea");
        QElapsedTimer t;
        t.start();
        CHECK(statusOf(readUntilClosed(*s, 5000)) == 408);
        CHECK(t.elapsed() < 3000);
    }
    {
        // A served keep-alive connection that then says nothing is closed after the idle time.
        auto s = connectFrom(relay);
        s->write("GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        QElapsedTimer t;
        t.start();
        const QByteArray answer = readUntilClosed(*s, 6000);
        CHECK(statusOf(answer) == 200);
        CHECK(t.elapsed() >= 1500);
        CHECK(t.elapsed() < 5000);
    }
    {
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 8; ++i)
            held.push_back(connectFrom(relay, QStringLiteral("127.0.0.2")));
        spin(200);
        auto ninth = connectFrom(relay, QStringLiteral("127.0.0.2"));
        CHECK(statusOf(readUntilClosed(*ninth, 2000)) == 429);
        // Another address is not affected.
        CHECK(http(relay.url().resolved(QUrl(QStringLiteral("/v1/health"))), "GET", {}).status == 200);
    }
}

TEST_CASE("relay: 500 slowloris connections do not keep a real client waiting, and are shed", "[relay][limits][slowloris]")
{
    RelayProcess relay(sqliteBackend(), kFastRate + QStringList{QStringLiteral("--header-timeout"), QStringLiteral("6")});
    const QUrl health = relay.url().resolved(QUrl(QStringLiteral("/v1/health")));
    REQUIRE(http(health, "GET", {}).status == 200);
    const qint64 rssBefore = rssKib(relay.pid());

    // 500 connections from ten loopback addresses (50 each, under the per-address cap),
    // each trickling one header byte every 100 ms and never finishing.
    constexpr int kAttackers = 500;
    std::vector<std::unique_ptr<QTcpSocket>> attackers;
    int everConnected = 0;
    for (int i = 0; i < kAttackers; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        REQUIRE(s->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(2 + i % 10))));
        QObject::connect(s.get(), &QTcpSocket::connected, [&everConnected] { ++everConnected; });
        s->connectToHost(QHostAddress::LocalHost, relay.port());
        attackers.push_back(std::move(s));
    }
    const QByteArray trickle = "GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: ";
    int tick = 0;
    QTimer drip;
    QObject::connect(&drip, &QTimer::timeout, [&] {
        for (auto &s : attackers)
            if (s->state() == QAbstractSocket::ConnectedState)
                s->write(tick < trickle.size() ? trickle.mid(tick, 1) : QByteArray("a"));
        ++tick;
    });
    drip.start(100);
    QElapsedTimer connecting;
    connecting.start();
    while (everConnected < kAttackers && connecting.elapsed() < 4000)
        spin(50);
    REQUIRE(everConnected == kAttackers);
    spin(300);
    int connected = 0;
    for (auto &s : attackers)
        connected += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    CHECK(connected == kAttackers);

    // A real client, several times while the attack runs: answered within a second.
    qint64 worst = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        CHECK(http(health, "GET", {}).status == 200);
        worst = qMax(worst, t.elapsed());
        spin(300);
    }
    WARN("slowest real request during the attack: " << worst << " ms");
    CHECK(worst < 1000);

    // Past the header deadline every trickling connection has been closed.
    QElapsedTimer shed;
    shed.start();
    int open = kAttackers;
    while (open > 0 && shed.elapsed() < 12000) {
        spin(200);
        open = 0;
        for (auto &s : attackers)
            open += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    }
    drip.stop();
    CHECK(open == 0);
    const qint64 rssAfter = rssKib(relay.pid());
    WARN("relay memory: " << rssBefore << " KiB before, " << rssAfter << " KiB after 500 slow connections");
    if (rssBefore > 0 && rssAfter > 0)
        CHECK(rssAfter - rssBefore < 64 * 1024);
    CHECK(http(health, "GET", {}).status == 200);
}

TEST_CASE("relay: a kept-alive connection serves request after request, each screened like the first",
          "[relay][limits][keepalive]")
{
    RelayProcess relay(sqliteBackend(), kFastRate + QStringList{QStringLiteral("--header-timeout"), QStringLiteral("1"),
                                                                QStringLiteral("--idle-timeout"), QStringLiteral("3"),
                                                                QStringLiteral("--max-requests-per-connection"),
                                                                QStringLiteral("3"),
                                                                QStringLiteral("--max-body"), QStringLiteral("65536")});
    const QByteArray health = "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
    // One answered request, the connection kept open.
    auto served = [&](QTcpSocket &s) {
        s.write(health);
        const QByteArray answer = readResponse(s, 3000);
        CHECK(statusOf(answer) == 200);
        CHECK_FALSE(saysClose(answer));
        return s.state() == QAbstractSocket::ConnectedState;
    };
    {
        // Up to the per-connection cap on one connection; the last answer says close and
        // the relay closes.
        auto s = connectFrom(relay);
        REQUIRE(served(*s));
        REQUIRE(served(*s));
        s->write(health);
        QElapsedTimer t;
        t.start();
        const QByteArray last = readUntilClosed(*s, 3000);
        CHECK(statusOf(last) == 200);
        CHECK(saysClose(last));
        CHECK(s->state() != QAbstractSocket::ConnectedState);
        CHECK(t.elapsed() < 1500);
    }
    {
        // Two requests in one write (pipelined): both answered, in order.
        auto s = connectFrom(relay);
        s->write(health + "GET /v1/nowhere HTTP/1.1\r\nHost: x\r\n\r\n");
        CHECK(statusOf(readResponse(*s, 3000)) == 200);
        CHECK(statusOf(readResponse(*s, 3000)) == 404);
    }
    {
        // Idle between requests is not a slow request: past the header deadline (1 s) the
        // connection is still open, and the next request is answered.
        auto s = connectFrom(relay);
        REQUIRE(served(*s));
        spin(1500);
        REQUIRE(s->state() == QAbstractSocket::ConnectedState);
        REQUIRE(served(*s));
        // A later request whose headers trickle gets 408 from its first byte's deadline.
        s->write("GET /v1/hea");
        QElapsedTimer t;
        t.start();
        CHECK(statusOf(readUntilClosed(*s, 5000)) == 408);
        CHECK(t.elapsed() < 2500);
    }
    {
        // A later request declaring a body over --max-body: 413 before the body is sent.
        auto s = connectFrom(relay);
        REQUIRE(served(*s));
        s->write("POST /v1/register HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 100000000\r\n\r\n");
        const QByteArray answer = readUntilClosed(*s, 3000);
        CHECK(statusOf(answer) == 413);
        CHECK(answer.contains("payload_too_large"));
    }
    {
        // Chunked and oversized headers later on a connection: refused as on a first request.
        auto s = connectFrom(relay);
        REQUIRE(served(*s));
        s->write("POST /v1/register HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n");
        CHECK(statusOf(readUntilClosed(*s, 3000)) == 411);
        auto t = connectFrom(relay);
        REQUIRE(served(*t));
        t->write("GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(20000, 'a'));
        CHECK(statusOf(readUntilClosed(*t, 3000)) == 431);
    }
    {
        // The client's "Connection: close" (and HTTP/1.0's default) is honoured.
        auto s = connectFrom(relay);
        s->write("GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        const QByteArray answer = readUntilClosed(*s, 3000);
        CHECK(statusOf(answer) == 200);
        CHECK(saysClose(answer));
        CHECK(s->state() != QAbstractSocket::ConnectedState);
        auto old = connectFrom(relay);
        old->write("GET /v1/health HTTP/1.0\r\n\r\n");
        CHECK(saysClose(readUntilClosed(*old, 3000)));
        CHECK(old->state() != QAbstractSocket::ConnectedState);
    }
    {
        // A kept-alive connection left idle is closed after the idle timeout (3 s).
        auto s = connectFrom(relay);
        REQUIRE(served(*s));
        QElapsedTimer t;
        t.start();
        CHECK(readUntilClosed(*s, 8000).isEmpty());
        CHECK(s->state() != QAbstractSocket::ConnectedState);
        CHECK(t.elapsed() >= 2500);
        CHECK(t.elapsed() < 6000);
    }
}

// TCP connections on loopback with `port` at either end, by state ("01" established,
// "06" TIME_WAIT), from /proc/net/tcp.
int tcpConnections(quint16 port, const char *state)
{
    QFile f(QStringLiteral("/proc/net/tcp"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray hexPort = ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    int n = 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 3 && fields[3] == state
            && (fields[1].endsWith(hexPort) || fields[2].endsWith(hexPort)))
            ++n;
    }
    return n;
}

TEST_CASE("relay: a real client's requests share kept-alive connections", "[relay][keepalive]")
{
    // RelayClient (QNetworkAccessManager) reuses a connection the relay keeps open: fifty
    // requests in a row leave no trail of closed connections (TIME_WAIT), and the last
    // connection is still open, ready for the next request.
    RelayProcess relay(sqliteBackend(), kFastRate);
    TestDevice d = newDevice(relay);
    registerAccount(d);
    for (int i = 0; i < 50; ++i)
        REQUIRE(pullAll(d).ok());
    const int closed = tcpConnections(relay.port(), "06");
    const int open = tcpConnections(relay.port(), "01");
    INFO("closed (TIME_WAIT) " << closed << ", open " << open);
    CHECK(closed < 5);
    CHECK(open >= 2); // both ends of the kept-alive connection
}

#pragma once
// Runs the real saib-relay binary for a test and gives a RelayClient pointed at it.
#include <core/Error.h>
#include <core/protocol/DeviceIdentity.h>
#include <core/protocol/Envelope.h>
#include <core/protocol/Hlc.h>
#include <core/protocol/RelayClient.h>

#include <QEventLoop>
#include <LocalRelay.h>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>
#include <memory>
#include <optional>

namespace saib::test {

// Where a relay keeps its data for one test.
struct Backend {
    QString name;     // "sqlite" or "postgres"
    QString dbUrl;    // --db argument
    QString dataDir;  // files to search for leaked plaintext (may be empty)
    std::shared_ptr<QTemporaryDir> temp;
};

Backend sqliteBackend();
// nullopt when SAIB_TEST_POSTGRES_URL is unset.
std::optional<Backend> postgresBackend();

class RelayProcess {
public:
    RelayProcess(const Backend &backend, const QStringList &extraArgs = {});
    RelayProcess(const RelayProcess &) = delete;
    RelayProcess &operator=(const RelayProcess &) = delete;

    quint16 port() const { return m_relay.port(); }
    qint64 pid() const { return m_relay.pid(); }
    QUrl url() const { return m_relay.url(); }
    // Everything the relay wrote to stdout and stderr so far.
    QByteArray log() { return m_relay.log(); }
    void stop() { m_relay.stop(); }
    // SIGKILL, as a crash or power cut would end it (crash-safety tests).
    void crash() { m_relay.crash(); }

private:
    LocalRelay m_relay;
};

// Runs the event loop until `start` calls its callback (or 30 s pass).
template <typename T, typename Start>
T wait(Start start)
{
    std::optional<T> out;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(30000);
    start([&out, &loop](T value) {
        out.emplace(std::move(value));
        loop.quit();
    });
    if (!out)
        loop.exec();
    REQUIRE(out.has_value());
    return std::move(*out);
}

// A device: identity, clock and client.
// Rate limits high enough that functional tests never trip them (the limit tests set
// their own).
inline const QStringList kFastRate{QStringLiteral("--rate"), QStringLiteral("10000"),
                                   QStringLiteral("--rate-ip"), QStringLiteral("10000"),
                                   QStringLiteral("--register-rate"), QStringLiteral("10000")};

struct TestDevice {
    std::unique_ptr<protocol::RelayClient> client;
    std::unique_ptr<protocol::HybridLogicalClock> clock;

    QString deviceId() const { return client->identity().deviceId(); }
};
TestDevice newDevice(const RelayProcess &relay);
// A fresh account with `device` as its first device.
void registerAccount(TestDevice &device);
// Pairs `newcomer` into `existing`'s account with the CPace run of protocol/Pairing.h
// (checking both sides show the same string); returns the vault key the newcomer opened.
SecureBuffer pair(TestDevice &existing, TestDevice &newcomer, const SecureBuffer &vaultKey);
// Pairing slot calls, step by step, for tests that play one side (or the attacker).
QByteArray pairingToken();
Result<protocol::PairingStateResponse> readSlot(TestDevice &d, const QString &slot, const QByteArray &token);
Result<protocol::PairingStateResponse> postSlot(TestDevice &d, const QString &slot, const QByteArray &token,
                                                int index, const QByteArray &message);

protocol::Envelope seal(const SecureBuffer &key, TestDevice &author, const QString &kind,
                        const QByteArray &plaintext, const QString &recordId = {});

Result<protocol::PushResponse> push(TestDevice &d, const QList<protocol::Envelope> &envelopes);
Result<protocol::PullResponse> pullAll(TestDevice &d, qint64 since = 0);
// A plain HTTP request with an arbitrary Authorization header (for forged tokens).
protocol::RelayClient::RawReply http(const QUrl &url, const QByteArray &method,
                                     const QByteArray &body, const QByteArray &authorization = {});
protocol::RelayClient::RawReply raw(TestDevice &d, const QByteArray &method, const QString &path,
                                    const QByteArray &body, bool authenticated);

} // namespace saib::test

// Defines one test case per backend. PostgreSQL cases are skipped, with the reason
// printed, when no test database is available.
#define RELAY_TEST(title, fn)                                                                  \
    TEST_CASE("sqlite: " title, "[relay][sqlite]") { fn(saib::test::sqliteBackend()); }       \
    TEST_CASE("postgres: " title, "[relay][postgres]")                                        \
    {                                                                                          \
        auto pg = saib::test::postgresBackend();                                               \
        if (!pg) {                                                                             \
            WARN("SKIPPED: SAIB_TEST_POSTGRES_URL is not set; run scripts/start-test-postgres.sh " \
                 "(scripts/test.sh does) to run the PostgreSQL cases");                         \
            return;                                                                            \
        }                                                                                      \
        fn(*pg);                                                                               \
    }

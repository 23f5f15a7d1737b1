#include "RelayHarness.h"

#include <core/protocol/Ids.h>
#include <core/protocol/Pairing.h>

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>

namespace saib::test {

using namespace saib::protocol;

Backend sqliteBackend()
{
    Backend b;
    b.name = QStringLiteral("sqlite");
    b.temp = std::make_shared<QTemporaryDir>();
    REQUIRE(b.temp->isValid());
    b.dataDir = b.temp->path();
    b.dbUrl = QStringLiteral("sqlite:") + b.temp->filePath(QStringLiteral("relay.db"));
    return b;
}

std::optional<Backend> postgresBackend()
{
    const QString url = qEnvironmentVariable("SAIB_TEST_POSTGRES_URL");
    if (url.isEmpty())
        return std::nullopt;
    Backend b;
    b.name = QStringLiteral("postgres");
    b.dbUrl = url;
    b.dataDir = qEnvironmentVariable("SAIB_TEST_POSTGRES_DATA");
    return b;
}

RelayProcess::RelayProcess(const Backend &backend, const QStringList &extraArgs)
{
    const QString failure = m_relay.start(QStringLiteral(SAIB_RELAY_PATH),
                                          QStringList{QStringLiteral("--db"), backend.dbUrl} + extraArgs);
    INFO("relay: " << failure.toStdString());
    REQUIRE(failure.isEmpty());
}

TestDevice newDevice(const RelayProcess &relay)
{
    TestDevice d;
    d.client = std::make_unique<RelayClient>(relay.url());
    auto identity = DeviceIdentity::generate();
    REQUIRE(identity.ok());
    d.client->setIdentity(identity.take());
    d.clock = std::make_unique<HybridLogicalClock>(d.deviceId());
    return d;
}

void registerAccount(TestDevice &device)
{
    const Error e = wait<Error>([&](auto cb) { device.client->registerAccount(cb); });
    INFO(e.detail.toStdString());
    REQUIRE(e.ok());
    REQUIRE(isValidId(device.client->accountId()));
}

SecureBuffer pair(TestDevice &existing, TestDevice &newcomer, const SecureBuffer &vaultKey)
{
    auto ticket = wait<Result<PairingStartResponse>>([&](auto cb) { newcomer.client->startPairing(cb); });
    REQUIRE(ticket.ok());
    const QString shown = formatPairingCode(ticket.value().code); // what the user reads out

    // Not approved yet: the new device is told to wait.
    auto early = wait<Result<SecureBuffer>>([&](auto cb) { newcomer.client->claimPairing(shown, cb); });
    REQUIRE_FALSE(early.ok());
    REQUIRE(early.error().code == ErrorCode::PairingPending);

    auto pending = wait<Result<PairingLookupResponse>>(
        [&](auto cb) { existing.client->lookupPairing(shown.toLower(), cb); });
    INFO(pending.error().detail.toStdString());
    REQUIRE(pending.ok());
    REQUIRE(pending.value().deviceId == newcomer.deviceId());
    const Error approved = wait<Error>([&](auto cb) {
        existing.client->approvePairing(shown, pending.value(), vaultKey, cb);
    });
    INFO(approved.detail.toStdString());
    REQUIRE(approved.ok());

    auto key = wait<Result<SecureBuffer>>([&](auto cb) { newcomer.client->claimPairing(shown, cb); });
    INFO(key.error().detail.toStdString());
    REQUIRE(key.ok());
    REQUIRE(newcomer.client->accountId() == existing.client->accountId());
    return key.take();
}

Envelope seal(const SecureBuffer &key, TestDevice &author, const QString &kind,
              const QByteArray &plaintext, const QString &recordId)
{
    auto env = sealEnvelope(key, recordId.isEmpty() ? randomId() : recordId, kind,
                            author.clock->tick(), plaintext);
    REQUIRE(env.ok());
    return env.take();
}

Result<PushResponse> push(TestDevice &d, const QList<Envelope> &envelopes)
{
    return wait<Result<PushResponse>>([&](auto cb) { d.client->push(envelopes, cb); });
}

Result<PullResponse> pullAll(TestDevice &d, qint64 since)
{
    return wait<Result<PullResponse>>([&](auto cb) { d.client->pullAll(since, cb); });
}

RelayClient::RawReply http(const QUrl &url, const QByteArray &method, const QByteArray &body,
                           const QByteArray &authorization)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        req.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    return wait<RelayClient::RawReply>([&](auto cb) {
        QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
        QObject::connect(reply, &QNetworkReply::finished, [reply, cb] {
            RelayClient::RawReply r;
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.body = reply->readAll();
            r.networkError = reply->errorString();
            reply->deleteLater();
            cb(r);
        });
    });
}

RelayClient::RawReply raw(TestDevice &d, const QByteArray &method, const QString &path,
                          const QByteArray &body, bool authenticated)
{
    return wait<RelayClient::RawReply>(
        [&](auto cb) { d.client->sendRaw(method, path, body, authenticated, cb); });
}

} // namespace saib::test

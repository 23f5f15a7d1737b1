#include "RelayHarness.h"

#include <core/protocol/Ids.h>
#include <core/protocol/Pairing.h>

#include <QNetworkAccessManager>
#include <sodium.h>
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

QByteArray pairingToken()
{
    QByteArray t(kPairingTokenSize, '\0');
    randombytes_buf(t.data(), std::size_t(t.size()));
    return t;
}

Result<PairingStateResponse> readSlot(TestDevice &d, const QString &slot, const QByteArray &token)
{
    return wait<Result<PairingStateResponse>>([&](auto cb) { d.client->readPairing({slot, token}, cb); });
}

Result<PairingStateResponse> postSlot(TestDevice &d, const QString &slot, const QByteArray &token, int index,
                                      const QByteArray &message)
{
    return wait<Result<PairingStateResponse>>(
        [&](auto cb) { d.client->postPairing({slot, token, message, index}, cb); });
}

SecureBuffer pair(TestDevice &existing, TestDevice &newcomer, const SecureBuffer &vaultKey)
{
    // The newcomer shows a code and opens the slot with m1.
    const QString code = newPairingCode();
    const QString slot = pairingSlot(code);
    auto joiner = PairingJoiner::start(code);
    REQUIRE(joiner.ok());
    const QByteArray joinerToken = pairingToken();
    auto opened = wait<Result<PairingStateResponse>>(
        [&](auto cb) { newcomer.client->createPairing({slot, joinerToken, joiner.value().firstMessage()}, cb); });
    INFO(opened.error().detail.toStdString());
    REQUIRE(opened.ok());

    // The user types it on the existing device, which answers with m2.
    auto seen = readSlot(existing, slot, {});
    REQUIRE(seen.ok());
    REQUIRE(seen.value().messages.size() == 1);
    auto responder = PairingResponder::respond(normalisePairingCode(formatPairingCode(code).toLower()),
                                               seen.value().messages[0]);
    REQUIRE(responder.ok());
    const QByteArray existingToken = pairingToken();
    REQUIRE(postSlot(existing, slot, existingToken, 1, responder.value().reply()).ok());

    // m3: the newcomer checks the confirmation and sends its key.
    auto withM2 = readSlot(newcomer, slot, joinerToken);
    REQUIRE(withM2.ok());
    REQUIRE(withM2.value().messages.size() == 2);
    auto m3 = joiner.value().answer(withM2.value().messages[1], newcomer.deviceId(),
                                    newcomer.client->identity().publicKey());
    INFO(m3.error().detail.toStdString());
    REQUIRE(m3.ok());
    REQUIRE(postSlot(newcomer, slot, joinerToken, 2, m3.value()).ok());

    // m4: the existing device adds it to the account and sends the key.
    auto withM3 = readSlot(existing, slot, existingToken);
    REQUIRE(withM3.ok());
    REQUIRE(withM3.value().messages.size() == 3);
    auto device = responder.value().confirm(withM3.value().messages[2]);
    REQUIRE(device.ok());
    REQUIRE(device.value().deviceId == newcomer.deviceId());
    const Error added = wait<Error>([&](auto cb) {
        existing.client->addDevice(device.value().deviceId, device.value().publicKey, cb);
    });
    INFO(added.detail.toStdString());
    REQUIRE(added.ok());
    QString existingSas;
    auto m4 = responder.value().welcome(existing.client->accountId(), vaultKey, {existing.deviceId()}, &existingSas);
    REQUIRE(m4.ok());
    REQUIRE(postSlot(existing, slot, existingToken, 3, m4.value()).ok());

    auto withM4 = readSlot(newcomer, slot, joinerToken);
    REQUIRE(withM4.ok());
    REQUIRE(withM4.value().messages.size() == 4);
    auto welcome = joiner.value().open(withM4.value().messages[3]);
    REQUIRE(welcome.ok());
    REQUIRE(welcome.value().sas == existingSas);
    REQUIRE(welcome.value().accountId == existing.client->accountId());
    REQUIRE(welcome.value().deviceIds == QStringList{existing.deviceId()});
    REQUIRE(wait<Result<PairingStateResponse>>([&](auto cb) {
                newcomer.client->closePairing({slot, joinerToken}, cb);
            }).ok());
    newcomer.client->setAccountId(welcome.value().accountId);
    return std::move(welcome.value().vaultKey);
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

// The relay's refusals: revoked and unauthenticated devices, oversized and malformed
// bodies, rate limits — and proof that neither its database nor its log ever holds
// plaintext.
#include "RelayHarness.h"

#include <core/protocol/Base64Url.h>
#include <core/protocol/Ids.h>

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace saib;
using namespace saib::protocol;
using namespace saib::test;

namespace {

QString wireError(const RelayClient::RawReply &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString();
}

void revokedDevice(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    TestDevice laptop = newDevice(relay);
    registerAccount(laptop);
    const SecureBuffer vault = newVaultKey();
    TestDevice phone = newDevice(relay);
    pair(laptop, phone, vault);
    REQUIRE(push(phone, {seal(vault, phone, kinds::checkin, "before")}).ok());
    REQUIRE(phone.client->hasToken());

    const Error revoked = wait<Error>([&](auto cb) { laptop.client->revokeDevice(phone.deviceId(), cb); });
    REQUIRE(revoked.ok());

    // Its still-unexpired token no longer works...
    auto refused = push(phone, {seal(vault, phone, kinds::checkin, "after")});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::DeviceRevoked);
    const auto rawPull = raw(phone, "GET", QStringLiteral("/v1/envelopes"), {}, true);
    CHECK(rawPull.status == 403);
    CHECK(wireError(rawPull) == QStringLiteral("device_revoked"));
    // ...and it cannot log in again.
    phone.client->forgetToken();
    const Error login = wait<Error>([&](auto cb) { phone.client->authenticate(cb); });
    CHECK(login.code == ErrorCode::DeviceRevoked);
    // Nor can it use the device endpoints (listing, or adding a device of its own).
    auto list = wait<Result<QList<DeviceInfo>>>([&](auto cb) { phone.client->listDevices(cb); });
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().code == ErrorCode::DeviceRevoked);
    auto spare = DeviceIdentity::generate();
    REQUIRE(spare.ok());
    const Error sneaked = wait<Error>([&](auto cb) {
        phone.client->addDevice(spare.value().deviceId(), spare.value().publicKey(), cb);
    });
    CHECK(sneaked.code == ErrorCode::DeviceRevoked);

    // The laptop carries on, and sees the phone marked revoked; "after" never arrived.
    auto devices = wait<Result<QList<DeviceInfo>>>([&](auto cb) { laptop.client->listDevices(cb); });
    REQUIRE(devices.ok());
    int revokedCount = 0;
    for (const DeviceInfo &d : devices.value())
        revokedCount += d.revoked && d.deviceId == phone.deviceId() ? 1 : 0;
    CHECK(revokedCount == 1);
    auto all = pullAll(laptop);
    REQUIRE(all.ok());
    CHECK(all.value().envelopes.size() == 1);
}
RELAY_TEST("a revoked device is refused on every later call", revokedDevice)

void unauthenticated(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    TestDevice d = newDevice(relay);
    registerAccount(d);
    const QUrl envelopes = relay.url().resolved(QUrl(QStringLiteral("/v1/envelopes")));
    const QByteArray emptyPush = R"({"envelopes":[]})";

    const auto none = http(envelopes, "GET", {});
    CHECK(none.status == 401);
    CHECK(wireError(none) == QStringLiteral("unauthenticated"));
    CHECK(http(envelopes, "POST", emptyPush).status == 401);
    CHECK(http(relay.url().resolved(QUrl(QStringLiteral("/v1/devices"))), "GET", {}).status == 401);
    CHECK(http(envelopes, "GET", {}, "Bearer nonsense").status == 401);
    CHECK(http(envelopes, "GET", {}, "Basic dXNlcjpwYXNz").status == 401);
    // A well-formed token for this account with a made-up MAC.
    const QString payload = toBase64Url(d.client->accountId().toUtf8() + '\n' + d.deviceId().toUtf8() + "\n99999999999999");
    const QByteArray forged = "Bearer v1." + payload.toLatin1() + '.' + toBase64Url(QByteArray(32, 'm')).toLatin1();
    CHECK(http(envelopes, "GET", {}, forged).status == 401);

    // Login with someone else's key fails at the signature check.
    auto challenge = http(relay.url().resolved(QUrl(QStringLiteral("/v1/auth/challenge"))), "POST",
                          toJsonBytes(ChallengeRequest{d.client->accountId(), d.deviceId()}.toJson()));
    REQUIRE(challenge.status == 200);
    auto ch = parseBody<ChallengeResponse>(challenge.body);
    REQUIRE(ch.ok());
    auto impostor = DeviceIdentity::generate();
    TokenRequest tr{d.client->accountId(), d.deviceId(), ch.value().challenge,
                    impostor.value().sign(signedMessage(ch.value().challenge, d.client->accountId(),
                                                        d.deviceId(), purpose::authenticate))};
    const auto token = http(relay.url().resolved(QUrl(QStringLiteral("/v1/auth/token"))), "POST",
                            toJsonBytes(tr.toJson()));
    CHECK(token.status == 401);
    // Challenges are single-use: the right signature cannot reuse the spent challenge.
    tr.signature = d.client->identity().signFor(ch.value().challenge, d.client->accountId(), purpose::authenticate);
    CHECK(http(relay.url().resolved(QUrl(QStringLiteral("/v1/auth/token"))), "POST",
               toJsonBytes(tr.toJson())).status == 401);
    // An unknown device gets no challenge.
    CHECK(http(relay.url().resolved(QUrl(QStringLiteral("/v1/auth/challenge"))), "POST",
               toJsonBytes(ChallengeRequest{d.client->accountId(), randomId()}.toJson())).status == 401);
    // Registering over an existing account is refused.
    TestDevice squatter = newDevice(relay);
    squatter.client->setAccountId(d.client->accountId());
    const Error squat = wait<Error>([&](auto cb) { squatter.client->registerAccount(cb); });
    CHECK(squat.code == ErrorCode::RelayConflict);
}
RELAY_TEST("unauthenticated and forged requests are refused", unauthenticated)

void oversizedBody(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate + QStringList{QStringLiteral("--max-body"), QStringLiteral("65536")});
    TestDevice d = newDevice(relay);
    registerAccount(d);
    REQUIRE(pullAll(d).ok()); // logged in

    const QByteArray big(100 * 1024, 'a');
    const auto authed = raw(d, "POST", QStringLiteral("/v1/envelopes"), big, true);
    CHECK(authed.status == 413);
    CHECK(wireError(authed) == QStringLiteral("payload_too_large"));
    CHECK(http(relay.url().resolved(QUrl(QStringLiteral("/v1/register"))), "POST", big).status == 413);
    CHECK(http(relay.url().resolved(QUrl(QStringLiteral("/v1/nowhere"))), "POST", big).status == 413);

    // Through the client: one 128 KiB-bucket envelope is over this relay's limit.
    const SecureBuffer vault = newVaultKey();
    auto tooBig = push(d, {seal(vault, d, kinds::entry, QByteArray(70000, 'e'))});
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().code == ErrorCode::RelayPayloadTooLarge);
    // Still serving.
    CHECK(http(relay.url().resolved(QUrl(QStringLiteral("/v1/health"))), "GET", {}).status == 200);
    REQUIRE(push(d, {seal(vault, d, kinds::entry, "small")}).ok());
}
RELAY_TEST("an oversized body is answered 413", oversizedBody)

void malformedInput(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    TestDevice d = newDevice(relay);
    registerAccount(d);
    REQUIRE(pullAll(d).ok());
    const QString envelopes = QStringLiteral("/v1/envelopes");

    auto expect400 = [&](const QByteArray &body, const QString &code) {
        INFO(body.left(200).toStdString());
        const auto r = raw(d, "POST", envelopes, body, true);
        CHECK(r.status == 400);
        CHECK(wireError(r) == code);
    };
    expect400("{not json", QStringLiteral("malformed_json"));
    expect400("[]", QStringLiteral("malformed_json"));
    expect400(QByteArray("\xff\xfe{}", 4), QStringLiteral("malformed_json"));
    expect400("{}", QStringLiteral("bad_request"));
    expect400(R"({"envelopes":"all of them"})", QStringLiteral("bad_request"));
    expect400(R"({"envelopes":[{"id":"r1"}]})", QStringLiteral("bad_request"));
    expect400(R"({"envelopes":[],"plaintext":"hello"})", QStringLiteral("bad_request"));
    // A ciphertext that is not bucket-sized would leak a length: refused.
    const QString ct = toBase64Url(QByteArray(300, 'c'));
    expect400(QStringLiteral(R"({"envelopes":[{"id":"r1","kind":"entry","clock":"0000018bcfe56800.00000000.%1","ct":"%2"}]})")
                  .arg(d.deviceId(), ct).toUtf8(),
              QStringLiteral("bad_request"));
    // Too many envelopes in one batch.
    QByteArray many = "{\"envelopes\":[";
    for (int i = 0; i < kMaxBatch + 1; ++i)
        many += (i ? "," : "") + QByteArray("{}");
    expect400(many + "]}", QStringLiteral("bad_request"));

    CHECK(raw(d, "GET", QStringLiteral("/v1/envelopes?since=abc"), {}, true).status == 400);
    CHECK(raw(d, "GET", QStringLiteral("/v1/envelopes?limit=100000"), {}, true).status == 400);
    CHECK(http(relay.url().resolved(QUrl(QStringLiteral("/v1/register"))), "POST", "{\"accountId\":").status == 400);
    CHECK(http(relay.url().resolved(QUrl(QStringLiteral("/v1/pairings/post"))), "POST",
               R"({"slot":"????","token":"AA","index":9,"message":"AA"})").status >= 400);
    // Adding a device needs a device of the account.
    CHECK(http(relay.url().resolved(QUrl(QStringLiteral("/v1/devices"))), "POST",
               R"({"deviceId":"x","publicKey":"AA"})").status == 401);
    CHECK(http(relay.url().resolved(QUrl(QStringLiteral("/v1/unknown"))), "GET", {}).status == 404);

    // Nothing was stored and the relay is alive.
    auto all = pullAll(d);
    REQUIRE(all.ok());
    CHECK(all.value().envelopes.isEmpty());
    CHECK(http(relay.url().resolved(QUrl(QStringLiteral("/v1/health"))), "GET", {}).status == 200);
}
RELAY_TEST("malformed JSON and bad fields are answered 400", malformedInput)

void rateLimited(const Backend &backend)
{
    RelayProcess relay(backend, {QStringLiteral("--rate"), QStringLiteral("5"), QStringLiteral("--register-rate"), QStringLiteral("10000")});
    TestDevice d = newDevice(relay);
    registerAccount(d);
    // 15 calls in one-minute windows of 5: even across a window boundary some must fail.
    int ok = 0, limited = 0;
    for (int i = 0; i < 15; ++i) {
        auto r = wait<Result<PullResponse>>([&](auto cb) { d.client->pull(0, 10, cb); });
        if (r.ok())
            ++ok;
        else if (r.error().code == ErrorCode::RelayRateLimited)
            ++limited;
    }
    CHECK(ok >= 1);
    CHECK(limited >= 5);
    CHECK(ok + limited == 15);
    const auto rawReply = raw(d, "GET", QStringLiteral("/v1/envelopes"), {}, true);
    CHECK(rawReply.status == 429);
    CHECK(wireError(rawReply) == QStringLiteral("rate_limited"));

    // Another device has its own allowance.
    TestDevice other = newDevice(relay);
    registerAccount(other);
    CHECK(pullAll(other).ok());
}
RELAY_TEST("too many requests from one device are answered 429", rateLimited)

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

void noPlaintextAtRest(const Backend &backend)
{
    const QList<QByteArray> secrets{
        "NODYN-9f2c4e: the chair of governors shouted again",
        "Teitl-8d1b-cyfrinachol",
        "tag-cyfrinach-55a1",
    };
    QByteArray log;
    {
        RelayProcess relay(backend, kFastRate);
        TestDevice laptop = newDevice(relay);
        registerAccount(laptop);
        const SecureBuffer vault = newVaultKey();
        TestDevice phone = newDevice(relay);
        const SecureBuffer phoneVault = pair(laptop, phone, vault);
        const QByteArray entry = "{\"title\":\"" + secrets[1] + "\",\"body\":\"" + secrets[0]
            + "\",\"tags\":[\"" + secrets[2] + "\"]}";
        const QByteArray checkin = "{\"demand\":9,\"note\":\"" + secrets[0] + "\"}";
        REQUIRE(push(laptop, {seal(vault, laptop, kinds::entry, entry),
                              seal(vault, laptop, kinds::checkin, checkin)}).ok());
        auto pulled = pullAll(phone);
        REQUIRE(pulled.ok());
        REQUIRE(pulled.value().envelopes.size() == 2);
        CHECK(openEnvelope(phoneVault, pulled.value().envelopes[0]).value() == entry);
        relay.stop();
        log = relay.log();
        // The log has its one line per request, with a shortened account id.
        CHECK(log.contains("POST /v1/envelopes 200"));
        CHECK(log.contains("acct=" + laptop.client->accountId().left(6).toUtf8()));
        CHECK_FALSE(log.contains(laptop.client->accountId().toUtf8()));
        CHECK_FALSE(log.contains(toBase64Url(pulled.value().envelopes[0].ciphertext).left(40).toUtf8()));
    }
    for (const QByteArray &s : secrets)
        CHECK_FALSE(log.contains(s));

    if (backend.dataDir.isEmpty()) {
        WARN("SAIB_TEST_POSTGRES_DATA is not set: only the relay's log was searched");
        return;
    }
    const QStringList files = filesUnder(backend.dataDir);
    REQUIRE_FALSE(files.isEmpty());
    qint64 searched = 0;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        searched += bytes.size();
        for (const QByteArray &s : secrets) {
            INFO(path.toStdString());
            CHECK_FALSE(bytes.contains(s));
            CHECK_FALSE(bytes.contains(s.left(12)));
        }
    }
    CHECK(searched > 0);
}
RELAY_TEST("neither the relay's database nor its log holds a known plaintext", noPlaintextAtRest)

} // namespace

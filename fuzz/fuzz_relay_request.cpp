// Every relay request and response body (core/protocol/Wire.h), the pull query string and
// the relay's bearer token. The first byte picks the parser; the rest is the input.
// Property: whatever a parser accepts serialises to JSON the same parser accepts again,
// unchanged (so a client and the relay can never disagree about an accepted message).
#include "FuzzSupport.h"

#include <app/relay/TokenAuthority.h>
#include <core/protocol/Envelope.h>
#include <core/protocol/Ids.h>
#include <core/protocol/Pairing.h>
#include <core/protocol/Wire.h>

using namespace saib;
using namespace saib::protocol;
using saib::relay::TokenAuthority;

namespace {
constexpr qint64 kNow = 1767225600000; // 2026-01-01, fixed so seeded tokens stay valid

const TokenAuthority &authority()
{
    static const TokenAuthority a(SecureBuffer::fromBytes("0123456789abcdef0123456789abcdef", 32));
    return a;
}

template <typename T>
bool roundTrip(const QByteArray &body)
{
    auto parsed = parseBody<T>(body);
    if (!parsed.ok())
        return false;
    const QByteArray again = toJsonBytes(parsed.value().toJson());
    auto reparsed = parseBody<T>(again);
    SAIB_FUZZ_CHECK(reparsed.ok());
    SAIB_FUZZ_CHECK(toJsonBytes(reparsed.value().toJson()) == again);
    return true;
}

using Parser = bool (*)(const QByteArray &);
const Parser kParsers[] = {
    roundTrip<RegisterRequest>,       roundTrip<RegisterResponse>,     roundTrip<ChallengeRequest>,
    roundTrip<ChallengeResponse>,     roundTrip<TokenRequest>,         roundTrip<TokenResponse>,
    roundTrip<PushRequest>,           roundTrip<PushResponse>,         roundTrip<PullResponse>,
    roundTrip<DeviceListResponse>,    roundTrip<RevokeRequest>,        roundTrip<RevokeResponse>,
    roundTrip<AddDeviceRequest>,      roundTrip<AddDeviceResponse>,    roundTrip<PairingCreateRequest>,
    roundTrip<PairingReadRequest>,    roundTrip<PairingPostRequest>,   roundTrip<PairingCloseRequest>,
    roundTrip<PairingStateResponse>,  roundTrip<ErrorBody>,
    [](const QByteArray &body) {
        auto q = PullQuery::fromQuery(QUrlQuery(QString::fromUtf8(body)));
        if (!q.ok())
            return false;
        auto again = PullQuery::fromQuery(q.value().toQuery());
        SAIB_FUZZ_CHECK(again.ok() && again.value().since == q.value().since
                        && again.value().limit == q.value().limit);
        return true;
    },
    [](const QByteArray &body) {
        auto claims = authority().verify(QString::fromUtf8(body), kNow);
        if (!claims.ok())
            return false;
        SAIB_FUZZ_CHECK(isValidId(claims.value().accountId) && claims.value().expiresAtMs > kNow);
        return true;
    },
    roundTrip<RotateRequest>,         roundTrip<EpochsResponse>,       roundTrip<MovedRequest>,
    roundTrip<MovedResponse>,
};
constexpr int kParserCount = int(sizeof kParsers / sizeof kParsers[0]);

QByteArray fixed(char c, int size) { return QByteArray(size, c); }
} // namespace

bool fuzzOne(const QByteArray &input)
{
    if (input.isEmpty())
        return false;
    return kParsers[quint8(input[0]) % kParserCount](fuzz::tail(input));
}

void writeSeeds(const fuzz::Seeder &seed)
{
    const QString account = QStringLiteral("acct_Q2hhbmdlTWU");
    const QString device = QStringLiteral("dev-7fXk2pQ");
    const QByteArray pub = fixed('\x21', 32), sig = fixed('\x42', 64), challenge = fixed('\x07', 32);
    const SecureBuffer vaultKey = SecureBuffer::fromBytes("vault-key-for-fuzz-seeds-32bytes", 32);
    Envelope env = sealEnvelope(vaultKey, QStringLiteral("rec_1"), kinds::checkin,
                                HlcTimestamp{1767225600000, 3, device}, "{\"demand\":7}")
                       .take();
    const QString slot = QStringLiteral("K7QX");
    const QByteArray token = fixed('\x33', kPairingTokenSize), message = fixed('\x44', 64);

    auto put = [&](int index, const char *name, const QJsonObject &o) {
        seed(name, fuzz::selected(index, toJsonBytes(o)));
    };
    put(0, "register-request", RegisterRequest{account, device, pub, sig}.toJson());
    put(1, "register-response", RegisterResponse{account, device}.toJson());
    put(2, "challenge-request", ChallengeRequest{account, device}.toJson());
    put(3, "challenge-response", ChallengeResponse{challenge, 60000}.toJson());
    put(4, "token-request", TokenRequest{account, device, challenge, sig}.toJson());
    put(5, "token-response", TokenResponse{QStringLiteral("v1.abc.def"), 900000}.toJson());
    PushRequest push;
    push.envelopes = {env, env};
    push.envelopes[1].recordId = QStringLiteral("rec_2");
    put(6, "push-request", push.toJson());
    put(7, "push-response", PushResponse{2, 1}.toJson());
    PullResponse pull;
    env.seq = 41;
    pull.envelopes = {env};
    pull.nextCursor = 41;
    pull.more = true;
    put(8, "pull-response", pull.toJson());
    DeviceListResponse devices;
    devices.devices = {DeviceInfo{device, pub, false, 1000}, DeviceInfo{QStringLiteral("old-phone"), pub, true, 99}};
    put(9, "device-list", devices.toJson());
    put(10, "revoke-request", RevokeRequest{device}.toJson());
    put(11, "revoke-response", RevokeResponse{device}.toJson());
    put(12, "add-device-request", AddDeviceRequest{device, pub}.toJson());
    put(13, "add-device-response", AddDeviceResponse{device}.toJson());
    put(14, "pairing-create", PairingCreateRequest{slot, token, message}.toJson());
    put(15, "pairing-read", PairingReadRequest{slot, token}.toJson());
    put(15, "pairing-read-no-token", PairingReadRequest{slot, {}}.toJson());
    put(16, "pairing-post", PairingPostRequest{slot, token, message, 1}.toJson());
    put(17, "pairing-close", PairingCloseRequest{slot, token}.toJson());
    PairingStateResponse state;
    state.messages = {message, fixed('\x66', 48)};
    state.expiresInMs = 500000;
    put(18, "pairing-state", state.toJson());
    put(19, "error-body", ErrorBody{QStringLiteral("bad_request"), QStringLiteral("field 'x': missing")}.toJson());
    seed("pull-query", fuzz::selected(20, "since=40&limit=100"));
    seed("token", fuzz::selected(21, authority().issue(account, device, kNow + 60000).toUtf8()));
    EpochGrant grant;
    grant.epoch = 2;
    grant.deviceId = device;
    grant.sealed = fixed('\x55', 80);
    grant.members = {device, QStringLiteral("dev-2")};
    grant.removed = {QStringLiteral("old-phone")};
    grant.closedAtSeq = 41;
    grant.signerId = QStringLiteral("dev-2");
    grant.signature = sig;
    grant.proof = fixed('\x77', kGrantProofSize);
    put(22, "rotate-request", RotateRequest{2, {grant}}.toJson());
    put(23, "epochs-response", EpochsResponse{2, {grant}}.toJson());
    put(24, "moved-request", MovedRequest{2}.toJson());
    put(25, "moved-response", MovedResponse{3}.toJson());
}

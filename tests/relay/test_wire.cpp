// The JSON wire formats: round trips, and strict rejection of malformed input.
#include <core/protocol/Base64Url.h>
#include <core/protocol/Envelope.h>
#include <core/protocol/Ids.h>
#include <core/protocol/Wire.h>
#include <core/protocol/WireErrors.h>

#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace saib;
using namespace saib::protocol;

namespace {
Envelope sampleEnvelope()
{
    const SecureBuffer key = newVaultKey();
    return sealEnvelope(key, QStringLiteral("r1"), kinds::entry,
                        HlcTimestamp{1700000000000, 3, QStringLiteral("d1")}, "hello")
        .take();
}
} // namespace

TEST_CASE("wire: push and pull bodies round-trip", "[wire]")
{
    PushRequest push;
    push.envelopes = {sampleEnvelope(), sampleEnvelope()};
    auto back = parseBody<PushRequest>(toJsonBytes(push.toJson()));
    REQUIRE(back.ok());
    REQUIRE(back.value().envelopes.size() == 2);
    CHECK(back.value().envelopes[0].ciphertext == push.envelopes[0].ciphertext);
    CHECK(back.value().envelopes[0].versionId == push.envelopes[0].versionId);
    CHECK(back.value().envelopes[0].clock.isNull()); // inside the ciphertext only

    PullResponse pull;
    pull.envelopes = push.envelopes;
    pull.envelopes[0].seq = 7;
    pull.envelopes[1].seq = 9;
    pull.nextCursor = 9;
    pull.more = true;
    auto p = parseBody<PullResponse>(toJsonBytes(pull.toJson()));
    REQUIRE(p.ok());
    CHECK(p.value().nextCursor == 9);
    CHECK(p.value().more);
    CHECK(p.value().envelopes[1].seq == 9);
}

TEST_CASE("wire: a push body written directly is the one Qt writes", "[wire]")
{
    // Every length of ciphertext tail, epochs 0 (left out) and above, and then envelopes
    // that need Qt's writer (a legacy clear clock, an id a checked one never is).
    PushRequest push;
    for (int i = 0; i < 7; ++i) {
        Envelope e = sampleEnvelope();
        e.ciphertext.append(QByteArray(i, char(0xF0 + i)));
        e.epoch = i % 3 == 0 ? 0 : i * 1000;
        e.recordId = QStringLiteral("rec_%1-x").arg(i);
        push.envelopes.append(e);
    }
    CHECK(push.toJsonBytes() == toJsonBytes(push.toJson()));
    CHECK(PushRequest{}.toJsonBytes() == toJsonBytes(PushRequest{}.toJson()));
    // Padded ciphertexts have bucket sizes only: the relay reads back untouched ones.
    for (int i = 0; i < 7; ++i)
        push.envelopes[i].ciphertext.chop(i);
    CHECK(push.toJsonBytes() == toJsonBytes(push.toJson()));
    auto back = parseBody<PushRequest>(push.toJsonBytes());
    INFO((back.ok() ? QString() : back.error().detail).toStdString());
    REQUIRE(back.ok());
    REQUIRE(back.value().envelopes.size() == 7);
    for (int i = 0; i < 7; ++i) {
        CHECK(back.value().envelopes[i].ciphertext == push.envelopes[i].ciphertext);
        CHECK(back.value().envelopes[i].versionId == push.envelopes[i].versionId);
        CHECK(back.value().envelopes[i].epoch == push.envelopes[i].epoch);
        CHECK(back.value().envelopes[i].recordId == push.envelopes[i].recordId);
    }

    PushRequest odd = push;
    odd.envelopes[3].recordId = QStringLiteral("a\"b\\c\u00e9");
    CHECK(odd.toJsonBytes() == toJsonBytes(odd.toJson()));
    PushRequest legacy = push;
    legacy.envelopes[1].versionId.clear();
    legacy.envelopes[1].clock = HlcTimestamp{1700000000000, 3, QStringLiteral("d1")};
    CHECK(legacy.toJsonBytes() == toJsonBytes(legacy.toJson()));
}

TEST_CASE("wire: malformed bodies are refused with an error value", "[wire]")
{
    const QByteArray goodEnvelope = QJsonDocument(envelopeToJson(sampleEnvelope(), false)).toJson(QJsonDocument::Compact);
    const char *bad[] = {
        "",
        "{",
        "[]",
        "\"text\"",
        "{\"envelopes\": 5}",
        "{\"envelopes\": [1]}",
        "{\"envelopes\": [], \"extra\": true}",
        "{\"envelopes\": [{\"id\":\"r1\",\"kind\":\"entry\",\"clock\":\"nope\",\"ct\":\"AAAA\"}]}",
        "{\"envelopes\": [{\"id\":\"r 1\",\"kind\":\"entry\",\"clock\":\"0000018bcfe56800.00000003.d1\",\"ct\":\"AAAA\"}]}",
    };
    for (const char *body : bad) {
        INFO(body);
        auto r = parseBody<PushRequest>(QByteArray(body));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::RelayRequestInvalid);
    }

    // A ciphertext whose length is not a padding bucket would leak a length: refused.
    Envelope odd = sampleEnvelope();
    odd.ciphertext.append("x");
    PushRequest push;
    push.envelopes = {odd};
    CHECK_FALSE(parseBody<PushRequest>(toJsonBytes(push.toJson())).ok());

    // Wrong key length, not base64url, number where a string belongs.
    CHECK_FALSE(parseBody<RegisterRequest>(R"({"accountId":"a","deviceId":"d","publicKey":"AAAA","signature":"AAAA"})").ok());
    CHECK_FALSE(parseBody<TokenRequest>(R"({"accountId":"a","deviceId":"d","challenge":"*","signature":"*"})").ok());
    CHECK_FALSE(parseBody<ChallengeRequest>(R"({"accountId":1,"deviceId":"d"})").ok());
    CHECK_FALSE(parseBody<PushResponse>(R"({"accepted":1.5,"duplicates":0})").ok());
    CHECK_FALSE(parseBody<PushResponse>(R"({"accepted":-1,"duplicates":0})").ok());
    CHECK_FALSE(parseBody<PairingReadRequest>(R"({"slot":"AB0D"})").ok());
    CHECK_FALSE(parseBody<PairingReadRequest>(R"({"slot":"ABCDE"})").ok());
    CHECK(parseBody<PairingReadRequest>(R"({"slot":"ABCD"})").value().slot == QStringLiteral("ABCD"));
    CHECK_FALSE(parseBody<PairingPostRequest>(R"({"slot":"ABCD","token":"AAAA","index":1,"message":"AA"})").ok());
    CHECK_FALSE(parseBody<PairingStateResponse>(R"({"messages":["AA","AA","AA","AA","AA"],"closed":false,"expiresInMs":1})").ok());
}

TEST_CASE("wire: pull query parameters are strict", "[wire]")
{
    CHECK(PullQuery::fromQuery(QUrlQuery(QStringLiteral("since=5&limit=10"))).value().since == 5);
    CHECK(PullQuery::fromQuery(QUrlQuery()).value().limit == kMaxBatch);
    for (const char *q : {"since=-1", "since=+1", "since=1e3", "limit=0", "limit=501", "since=", "cursor=1",
                          "since=1&since=2", "since=5&limit=10&since=5", "limit=1&limit=1"}) {
        INFO(q);
        CHECK_FALSE(PullQuery::fromQuery(QUrlQuery(QString::fromLatin1(q))).ok());
    }
}

TEST_CASE("wire: error codes map to HTTP and back", "[wire]")
{
    for (const ErrorCode c : {ErrorCode::RelayRequestInvalid, ErrorCode::RelayUnauthenticated,
                              ErrorCode::DeviceRevoked, ErrorCode::RelayConflict,
                              ErrorCode::PairingExpired, ErrorCode::RelayPayloadTooLarge,
                              ErrorCode::RelayRateLimited, ErrorCode::PairingCodeInvalid}) {
        const WireError w = wireErrorFor(c);
        CHECK(errorCodeFromWire(w.httpStatus, w.code) == c);
    }
    CHECK(wireErrorFor(ErrorCode::DeviceRevoked).httpStatus == 403);
    CHECK(errorCodeFromWire(429, QString()) == ErrorCode::RelayRateLimited);
    CHECK(errorCodeFromWire(502, QStringLiteral("?")) == ErrorCode::RelayServerError);
}

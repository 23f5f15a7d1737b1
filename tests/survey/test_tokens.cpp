// Survey tokens over the VOPRF: issuance at enrolment, redemption with a submission,
// double spending, and that the server's two records cannot be joined.
#include "SurveyFixtures.h"

#include <core/survey/TokenBinding.h>
#include <core/survey/TokenIssuer.h>
#include <core/survey/TokenWallet.h>

using namespace saib;
using namespace saib::survey;

namespace {

const QString kSurvey = QStringLiteral("2025-spring");

struct Server {
    TokenIssuer issuer{kSurvey, voprf::generateKeyPair(), 3};
    InMemoryEnrolmentLedger ledger;
    InMemorySpentTokenSet spent;
};

// Runs a whole enrolment: returns the wallet and what the server saw.
TokenWallet enrol(Server &server, const QString &enrolmentId, int count,
                  IssuanceRequest *seenRequest = nullptr, IssuanceResponse *seenResponse = nullptr)
{
    auto pending = TokenWallet::beginIssuance(kSurvey, count);
    REQUIRE(pending.ok());
    // Over the wire and back, as the endpoints will do.
    auto request = IssuanceRequest::fromJson(pending.value().request().toJson());
    REQUIRE(request.ok());
    auto response = server.issuer.issue(enrolmentId, request.value(), server.ledger);
    REQUIRE(response.ok());
    auto received = IssuanceResponse::fromJson(response.value().toJson());
    REQUIRE(received.ok());
    TokenWallet wallet;
    REQUIRE(wallet.completeIssuance(std::move(pending.value()), received.value(), server.issuer.publicKey()).ok());
    if (seenRequest)
        *seenRequest = request.value();
    if (seenResponse)
        *seenResponse = received.value();
    return wallet;
}

} // namespace

TEST_CASE("Tokens issued at enrolment redeem once", "[tokens]")
{
    Server server;
    TokenWallet wallet = enrol(server, QStringLiteral("leader-1"), 3);
    REQUIRE(wallet.count(kSurvey) == 3);

    auto token = wallet.next(kSurvey);
    REQUIRE(token.ok());
    CHECK(token.value().isWellFormed());
    CHECK(server.issuer.redeem(token.value(), server.spent).ok());
    CHECK(server.spent.size() == 1);
    wallet.markSpent(kSurvey, token.value().input);
    CHECK(wallet.count(kSurvey) == 2);

    SECTION("spending the same token again is refused")
    {
        CHECK(server.issuer.redeem(token.value(), server.spent).code == ErrorCode::SurveyTokenSpent);
        CHECK(server.spent.size() == 1);
    }
    SECTION("the other tokens are independent")
    {
        auto second = wallet.next(kSurvey);
        REQUIRE(second.ok());
        CHECK(second.value().input != token.value().input);
        CHECK(server.issuer.redeem(second.value(), server.spent).ok());
    }
}

TEST_CASE("Forged or foreign tokens are refused and not recorded", "[tokens]")
{
    Server server;
    TokenWallet wallet = enrol(server, QStringLiteral("leader-1"), 1);
    SurveyToken token = wallet.next(kSurvey).value();

    SECTION("a wrong output")
    {
        token.output[5] = static_cast<char>(token.output[5] ^ 0x40);
        CHECK(server.issuer.redeem(token, server.spent).code == ErrorCode::SurveyTokenInvalid);
    }
    SECTION("a made-up input and output")
    {
        token.input = QByteArray(kTokenInputBytes, 'a');
        CHECK(server.issuer.redeem(token, server.spent).code == ErrorCode::SurveyTokenInvalid);
    }
    SECTION("a token issued under another survey's key")
    {
        TokenIssuer otherSurvey(kSurvey, voprf::generateKeyPair(), 3);
        CHECK(otherSurvey.redeem(token, server.spent).code == ErrorCode::SurveyTokenInvalid);
    }
    SECTION("wrong sizes")
    {
        token.output.chop(1);
        CHECK(server.issuer.redeem(token, server.spent).code == ErrorCode::SurveyTokenMalformed);
    }
    CHECK(server.spent.size() == 0);
}

TEST_CASE("One batch per enrolment, and a retry of the same batch is answered again", "[tokens]")
{
    Server server;
    auto pending = TokenWallet::beginIssuance(kSurvey, 2);
    REQUIRE(pending.ok());
    const IssuanceRequest request = pending.value().request();
    const QString leader = QStringLiteral("leader-7");

    auto first = server.issuer.issue(leader, request, server.ledger);
    REQUIRE(first.ok());
    auto retry = server.issuer.issue(leader, request, server.ledger);
    REQUIRE(retry.ok());
    CHECK(retry.value().evaluatedElements == first.value().evaluatedElements);

    auto another = TokenWallet::beginIssuance(kSurvey, 2);
    REQUIRE(another.ok());
    CHECK(server.issuer.issue(leader, another.value().request(), server.ledger).error().code
          == ErrorCode::SurveyTokensAlreadyIssued);
    // A different leader is unaffected.
    CHECK(server.issuer.issue(QStringLiteral("leader-8"), another.value().request(), server.ledger).ok());

    // The retried response finalises like the first.
    TokenWallet wallet;
    CHECK(wallet.completeIssuance(std::move(pending.value()), retry.value(), server.issuer.publicKey()).ok());
    CHECK(wallet.count(kSurvey) == 2);
}

TEST_CASE("The issuer caps batch size and checks the survey", "[tokens]")
{
    Server server; // 3 tokens per enrolment
    auto tooMany = TokenWallet::beginIssuance(kSurvey, 4);
    REQUIRE(tooMany.ok());
    CHECK(server.issuer.issue(QStringLiteral("a"), tooMany.value().request(), server.ledger).error().code
          == ErrorCode::SurveyTokenMalformed);
    auto elsewhere = TokenWallet::beginIssuance(QStringLiteral("2026-spring"), 1);
    REQUIRE(elsewhere.ok());
    CHECK(server.issuer.issue(QStringLiteral("a"), elsewhere.value().request(), server.ledger).error().code
          == ErrorCode::SurveyTokenMalformed);
    IssuanceRequest junk{kSurvey, {QByteArray(32, '\0')}};
    CHECK(server.issuer.issue(QStringLiteral("a"), junk, server.ledger).error().code == ErrorCode::SurveyTokenMalformed);
    CHECK_FALSE(TokenWallet::beginIssuance(kSurvey, 0).ok());
}

TEST_CASE("The wallet refuses a response it cannot verify against the survey's key", "[tokens]")
{
    Server server;
    auto pending = TokenWallet::beginIssuance(kSurvey, 2);
    REQUIRE(pending.ok());
    auto response = server.issuer.issue(QStringLiteral("leader-1"), pending.value().request(), server.ledger);
    REQUIRE(response.ok());
    TokenWallet wallet;

    SECTION("a key other than the one in the signed definition (e.g. a per-leader key)")
    {
        const voprf::KeyPair other = voprf::generateKeyPair();
        CHECK(wallet.completeIssuance(std::move(pending.value()), response.value(), other.publicKey).code
              == ErrorCode::SurveyProofInvalid);
    }
    SECTION("swapped evaluated elements")
    {
        IssuanceResponse swapped = response.value();
        std::swap(swapped.evaluatedElements[0], swapped.evaluatedElements[1]);
        CHECK(wallet.completeIssuance(std::move(pending.value()), swapped, server.issuer.publicKey()).code
              == ErrorCode::SurveyProofInvalid);
    }
    SECTION("a response with too few elements")
    {
        IssuanceResponse shortened = response.value();
        shortened.evaluatedElements.removeLast();
        CHECK(wallet.completeIssuance(std::move(pending.value()), shortened, server.issuer.publicKey()).code
              == ErrorCode::SurveyTokenMalformed);
    }
    CHECK(wallet.count(kSurvey) == 0);
    CHECK(wallet.next(kSurvey).error().code == ErrorCode::SurveyNoTokens);
}

TEST_CASE("Wire forms and the wallet round-trip through JSON", "[tokens]")
{
    Server server;
    TokenWallet wallet = enrol(server, QStringLiteral("leader-1"), 2);
    auto restored = TokenWallet::fromJson(wallet.toJson());
    REQUIRE(restored.ok());
    CHECK(restored.value().count(kSurvey) == 2);
    CHECK(restored.value().next(kSurvey).value().output == wallet.next(kSurvey).value().output);
    CHECK_FALSE(TokenWallet::fromJson("{\"tokens\":{\"x\":[{\"input\":\"AAAA\",\"output\":\"\"}]}}").ok());
    CHECK_FALSE(IssuanceRequest::fromJson("{\"survey\":\"x\",\"blinded\":[\"not base64!\"]}").ok());
    CHECK_FALSE(IssuanceRequest::fromJson("{\"survey\":\"x\",\"blinded\":[],\"leader\":\"me\"}").ok());
    CHECK_FALSE(IssuanceResponse::fromJson("[]").ok());
}

TEST_CASE("Issuance and redemption records share no byte string", "[tokens][unlinkability]")
{
    Server server;
    IssuanceRequest request;
    IssuanceResponse response;
    TokenWallet wallet = enrol(server, QStringLiteral("leader-42"), 3, &request, &response);

    // Everything the server stores or sees at issuance (besides the enrolment id).
    QList<QByteArray> issuance = request.blindedElements + response.evaluatedElements;
    issuance.append(response.proof);
    issuance.append(request.toJson());
    issuance.append(response.toJson());

    // Everything it stores or sees at redemption.
    QList<QByteArray> redemption;
    while (wallet.count(kSurvey) > 0) {
        const SurveyToken token = wallet.next(kSurvey).value();
        REQUIRE(server.issuer.redeem(token, server.spent).ok());
        redemption << token.input << token.output << token.input.toBase64() << token.output.toBase64();
        wallet.markSpent(kSurvey, token.input);
    }
    redemption += server.spent.hashes();
    REQUIRE(redemption.size() == 15);

    // No 8-byte window of any redemption value occurs in any issuance value, raw or in
    // base64, and vice versa (the survey id is public and excluded from both lists).
    auto shares = [](const QList<QByteArray> &from, const QList<QByteArray> &in) {
        for (const QByteArray &value : from) {
            for (int i = 0; i + 8 <= value.size(); ++i) {
                const QByteArray window = value.mid(i, 8);
                for (const QByteArray &other : in) {
                    if (other.contains(window) || other.toBase64().contains(window))
                        return true;
                }
            }
        }
        return false;
    };
    CHECK_FALSE(shares(redemption, issuance));
    CHECK_FALSE(shares(issuance, redemption));
}

TEST_CASE("A token is bound to the exact payload it was spent with", "[tokens][binding]")
{
    Server server;
    TokenWallet wallet = enrol(server, QStringLiteral("leader-1"), 1);
    const SurveyToken token = wallet.next(kSurvey).value();
    const QByteArray payload = R"({"answers":{"demand":7},"demographics":{},"survey":"x","token":"..."})";
    const QByteArray mac = payloadMac(token.output, payload);

    SECTION("someone on the path swaps the answers: refused, and the token is not burnt")
    {
        QByteArray swapped = payload;
        swapped.replace("7", "2");
        CHECK(server.issuer.redeemBound(token.input, swapped, mac, server.spent).code == ErrorCode::SurveyTokenInvalid);
        CHECK(server.spent.size() == 0);
        CHECK(server.issuer.redeemBound(token.input, payload, mac, server.spent).ok());
    }
    SECTION("a MAC made without the token's output")
    {
        const QByteArray guessed = payloadMac(QByteArray(kTokenOutputBytes, '\0'), payload);
        CHECK(server.issuer.redeemBound(token.input, payload, guessed, server.spent).code == ErrorCode::SurveyTokenInvalid);
        CHECK(server.spent.size() == 0);
    }
    SECTION("the real payload redeems once")
    {
        CHECK(server.issuer.checkBound(token.input, payload, mac).ok());
        CHECK(server.issuer.redeemBound(token.input, payload, mac, server.spent).ok());
        CHECK(server.issuer.redeemBound(token.input, payload, mac, server.spent).code == ErrorCode::SurveyTokenSpent);
    }
}

TEST_CASE("Enrolment is retryable: the kept blinds finish a retry after a lost reply", "[tokens][retry]")
{
    Server server;
    TokenWallet wallet;
    auto first = TokenWallet::beginIssuance(kSurvey, 1);
    REQUIRE(first.ok());
    wallet.keepPending(first.value());
    // Saved (encrypted store) before the request goes; the reply is then lost.
    const QByteArray saved = wallet.toJson();
    REQUIRE(server.issuer.issue("leader-1", first.value().request(), server.ledger).ok());

    // The app restarts, reloads the wallet and retries with the same blinded elements.
    auto reloaded = TokenWallet::fromJson(saved);
    REQUIRE(reloaded.ok());
    auto again = reloaded.value().pending(kSurvey);
    REQUIRE(again.has_value());
    CHECK(again->request().blindedElements == first.value().request().blindedElements);
    auto response = server.issuer.issue("leader-1", again->request(), server.ledger);
    REQUIRE(response.ok()); // a repeat of the same request is answered again
    REQUIRE(reloaded.value().completeIssuance(std::move(*again), response.value(), server.issuer.publicKey()).ok());
    CHECK(reloaded.value().count(kSurvey) == 1);
    CHECK_FALSE(reloaded.value().pending(kSurvey).has_value()); // blinds forgotten once done
    CHECK_FALSE(reloaded.value().toJson().contains("pending"));
    CHECK(server.issuer.redeem(reloaded.value().next(kSurvey).value(), server.spent).ok());

    // Fresh blinds instead (what the app used to do) would be refused: locked out.
    auto other = TokenWallet::beginIssuance(kSurvey, 1);
    CHECK(server.issuer.issue("leader-1", other.value().request(), server.ledger).error().code
          == ErrorCode::SurveyTokensAlreadyIssued);
}

// Survey messages from outside (core/survey): the anonymous submission the server parses
// (parsePayload), the token issuance request and response, and a stored token wallet.
// The first byte picks the parser.
// Properties: an accepted submission, built again by the client code, is accepted again
// with the same answers; the issuance messages and the wallet survive their JSON form.
#include "FuzzSupport.h"
#include "SurveyFuzzFixtures.h"

#include <core/survey/SurveyPayload.h>
#include <core/survey/SurveyToken.h>
#include <core/survey/TokenBinding.h>
#include <core/survey/TokenWallet.h>

using namespace saib;
using namespace saib::survey;

bool fuzzOne(const QByteArray &input)
{
    if (input.isEmpty())
        return false;
    const QByteArray body = fuzz::tail(input);
    switch (quint8(input[0]) % 4) {
    case 0: {
        auto parsed = parsePayload(fuzz::definition(), body);
        if (!parsed.ok())
            return false;
        const ParsedSubmission &p = parsed.value();
        SAIB_FUZZ_CHECK(p.tokenInput.size() == kTokenInputBytes && p.mac.size() == kPayloadMacBytes);
        // The server never has the output; any output makes a well-formed token to rebuild with.
        const SurveyToken token{p.tokenInput, QByteArray(kTokenOutputBytes, '\x22')};
        auto rebuilt = buildPayload(fuzz::definition(), p.response.answers, p.response.demographics, token);
        SAIB_FUZZ_CHECK(rebuilt.ok());
        auto again = parsePayload(fuzz::definition(), rebuilt.value().bytes);
        SAIB_FUZZ_CHECK(again.ok());
        SAIB_FUZZ_CHECK(again.value().response.answers == p.response.answers);
        SAIB_FUZZ_CHECK(again.value().response.demographics == p.response.demographics);
        SAIB_FUZZ_CHECK(again.value().tokenInput == p.tokenInput);
        return true;
    }
    case 1: {
        auto r = IssuanceRequest::fromJson(body);
        if (!r.ok())
            return false;
        auto again = IssuanceRequest::fromJson(r.value().toJson());
        SAIB_FUZZ_CHECK(again.ok() && again.value().surveyId == r.value().surveyId
                        && again.value().blindedElements == r.value().blindedElements);
        return true;
    }
    case 2: {
        auto r = IssuanceResponse::fromJson(body);
        if (!r.ok())
            return false;
        auto again = IssuanceResponse::fromJson(r.value().toJson());
        SAIB_FUZZ_CHECK(again.ok() && again.value().proof == r.value().proof
                        && again.value().evaluatedElements == r.value().evaluatedElements);
        return true;
    }
    default: {
        auto w = TokenWallet::fromJson(body);
        if (!w.ok())
            return false;
        auto again = TokenWallet::fromJson(w.value().toJson());
        SAIB_FUZZ_CHECK(again.ok() && again.value().toJson() == w.value().toJson());
        return true;
    }
    }
}

void writeSeeds(const fuzz::Seeder &seed)
{
    SurveyToken token{QByteArray(kTokenInputBytes, '\x31'), QByteArray(kTokenOutputBytes, '\x32')};
    QVariantMap answers{{QStringLiteral("demand"), 7},
                        {QStringLiteral("hours"), 9.5},
                        {QStringLiteral("drains"), QStringList{QStringLiteral("workload"), QStringLiteral("budget")}},
                        {QStringLiteral("comment"), QStringLiteral("Mae'n anodd.")}};
    Demographics bands{{QStringLiteral("role"), QStringLiteral("head")}, {QStringLiteral("region"), QStringLiteral("north")}};
    seed("payload", fuzz::selected(0, buildPayload(fuzz::definition(), answers, bands, token).take().bytes));
    seed("payload-minimal", fuzz::selected(0, buildPayload(fuzz::definition(), {{QStringLiteral("demand"), 0}}, {}, token).take().bytes));

    auto pending = TokenWallet::beginIssuance(fuzz::definition().id, 2).take();
    seed("issuance-request", fuzz::selected(1, pending.request().toJson()));
    auto evaluation = voprf::blindEvaluate(fuzz::tokenKey().secretKey, fuzz::tokenKey().publicKey,
                                           pending.request().blindedElements).take();
    IssuanceResponse response{evaluation.evaluatedElements, evaluation.proof};
    seed("issuance-response", fuzz::selected(2, response.toJson()));
    TokenWallet wallet;
    if (wallet.completeIssuance(std::move(pending), response, fuzz::tokenKey().publicKey).ok())
        seed("wallet", fuzz::selected(3, wallet.toJson()));
    seed("wallet-empty", fuzz::selected(3, TokenWallet().toJson()));
}

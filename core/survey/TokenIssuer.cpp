#include "TokenIssuer.h"

#include <core/crypto/Ristretto.h>
#include "TokenBinding.h"

#include <sodium.h>

namespace saib::survey {

namespace {
QByteArray sha256(const QByteArray &data)
{
    QByteArray out(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

// Digest of a request's blinded elements: lets a retry be told from a second batch.
QByteArray requestDigest(const IssuanceRequest &request)
{
    QByteArray all("saib-survey-issuance-v1");
    for (const QByteArray &e : request.blindedElements)
        all.append(e);
    return sha256(all);
}
} // namespace

TokenIssuer::TokenIssuer(QString surveyId, voprf::KeyPair key, int tokensPerEnrolment)
    : m_surveyId(std::move(surveyId)), m_key(std::move(key)), m_tokensPerEnrolment(qMax(1, tokensPerEnrolment))
{
}

Result<IssuanceResponse> TokenIssuer::issue(const QString &enrolmentId, const IssuanceRequest &request,
                                            EnrolmentLedger &ledger) const
{
    if (request.surveyId != m_surveyId || enrolmentId.isEmpty())
        return Error(ErrorCode::SurveyTokenMalformed, QStringLiteral("request for another survey"));
    if (request.blindedElements.isEmpty() || request.blindedElements.size() > m_tokensPerEnrolment)
        return Error(ErrorCode::SurveyTokenMalformed, QStringLiteral("batch size outside 1..%1").arg(m_tokensPerEnrolment));
    for (const QByteArray &e : request.blindedElements) {
        if (!ristretto::isValidElement(e))
            return Error(ErrorCode::SurveyTokenMalformed, QStringLiteral("blinded element"));
    }
    auto claim = ledger.claim(m_surveyId, enrolmentId, requestDigest(request));
    if (!claim.ok())
        return claim.error();
    if (claim.value() == EnrolmentLedger::Claim::Different)
        return Error(ErrorCode::SurveyTokensAlreadyIssued);
    auto evaluation = voprf::blindEvaluate(m_key.secretKey, m_key.publicKey, request.blindedElements);
    if (!evaluation.ok())
        return evaluation.error();
    return IssuanceResponse{evaluation.value().evaluatedElements, evaluation.value().proof};
}

Error TokenIssuer::redeem(const SurveyToken &token, SpentTokenSet &spent) const
{
    if (!token.isWellFormed())
        return Error(ErrorCode::SurveyTokenMalformed, QStringLiteral("token sizes"));
    auto expected = voprf::evaluate(m_key.secretKey, token.input);
    if (!expected.ok())
        return expected.error();
    if (!ristretto::equalBytes(expected.value(), token.output))
        return Error(ErrorCode::SurveyTokenInvalid);
    // Only a valid token is recorded, so junk cannot fill the spent set.
    auto fresh = spent.markSpent(m_surveyId, spentHash(token.input));
    if (!fresh.ok())
        return fresh.error();
    if (!fresh.value())
        return Error(ErrorCode::SurveyTokenSpent);
    return {};
}

Error TokenIssuer::checkBound(const QByteArray &input, const QByteArray &payloadBytes, const QByteArray &mac) const
{
    if (input.size() != kTokenInputBytes || mac.size() != kPayloadMacBytes)
        return Error(ErrorCode::SurveyTokenMalformed, QStringLiteral("token sizes"));
    auto output = voprf::evaluate(m_key.secretKey, input);
    if (!output.ok())
        return output.error();
    if (!payloadMacMatches(output.value(), payloadBytes, mac))
        return Error(ErrorCode::SurveyTokenInvalid);
    return {};
}

Error TokenIssuer::redeemBound(const QByteArray &input, const QByteArray &payloadBytes, const QByteArray &mac,
                               SpentTokenSet &spent) const
{
    if (Error e = checkBound(input, payloadBytes, mac))
        return e;
    auto fresh = spent.markSpent(m_surveyId, spentHash(input));
    if (!fresh.ok())
        return fresh.error();
    if (!fresh.value())
        return Error(ErrorCode::SurveyTokenSpent);
    return {};
}

QByteArray TokenIssuer::spentHash(const QByteArray &tokenInput)
{
    return sha256(QByteArray("saib-survey-spent-v1") + tokenInput);
}

} // namespace saib::survey

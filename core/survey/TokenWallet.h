#pragma once
// Client side of the survey tokens. At enrolment the wallet makes random token inputs,
// blinds them and sends only the blinded elements; with the server's answer it checks the
// batched proof against the survey's public key (taken from the signed definition, never
// from the server) and keeps the finished tokens. A token is used for one survey only and
// is removed once the server has accepted (or already seen) it.
//
// toJson() holds unspent token inputs: the app keeps it in the encrypted store only.
#include "SurveyToken.h"

#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>

#include <QHash>
#include <vector>

namespace saib::survey {

// The client's state between sending an IssuanceRequest and receiving the response.
class PendingIssuance {
public:
    PendingIssuance(PendingIssuance &&) noexcept = default;
    PendingIssuance &operator=(PendingIssuance &&) noexcept = default;

    const IssuanceRequest &request() const { return m_request; }

private:
    PendingIssuance() = default;
    friend class TokenWallet;

    IssuanceRequest m_request;
    QList<QByteArray> m_inputs;
    std::vector<SecureBuffer> m_blinds;
};

class TokenWallet {
public:
    static constexpr int kMaxBatch = 64;

    // Makes `count` fresh token inputs for `surveyId` and blinds them.
    static Result<PendingIssuance> beginIssuance(const QString &surveyId, int count);

    // Verifies the server's proof against `surveyPublicKey` and stores the tokens.
    // SurveyProofInvalid if the proof fails: then nothing is stored.
    Error completeIssuance(PendingIssuance &&pending, const IssuanceResponse &response,
                           const QByteArray &surveyPublicKey);

    int count(const QString &surveyId) const;
    // The token to send with a submission (the same one again on a retry).
    Result<SurveyToken> next(const QString &surveyId) const;
    // Forgets a token once the server accepted it or reported it spent.
    void markSpent(const QString &surveyId, const QByteArray &tokenInput);

    QByteArray toJson() const;
    static Result<TokenWallet> fromJson(const QByteArray &json);

private:
    QHash<QString, QList<SurveyToken>> m_tokens;
};

} // namespace saib::survey

#pragma once
// Client side of the survey tokens. At enrolment the wallet makes random token inputs,
// blinds them and sends only the blinded elements; with the server's answer it checks the
// batched proof against the survey's public key (taken from the signed definition, never
// from the server) and keeps the finished tokens. A token is used for one survey only and
// is removed once the server has accepted (or already seen) it.
//
// toJson() holds unspent token inputs, and the blinds of an enrolment still waiting for its
// reply: the app keeps it in the encrypted store only.
//
// Enrolment is retryable: keepPending() is saved before the request goes out, so when the
// reply is lost the app sends the very same blinded elements again (the server answers a
// repeat of the same request, and refuses a different second one), and finishes with the
// blinds it kept.
#include "SurveyToken.h"

#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>

#include <QHash>
#include <optional>
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

    // Keeps a copy of `pending` (inputs and blinds) until completeIssuance for its survey.
    void keepPending(const PendingIssuance &pending);
    // The kept enrolment for `surveyId`, rebuilt, if any.
    std::optional<PendingIssuance> pending(const QString &surveyId) const;

    int count(const QString &surveyId) const;
    // The token to send with a submission (the same one again on a retry).
    Result<SurveyToken> next(const QString &surveyId) const;
    // Forgets a token once the server accepted it or reported it spent.
    void markSpent(const QString &surveyId, const QByteArray &tokenInput);

    QByteArray toJson() const;
    static Result<TokenWallet> fromJson(const QByteArray &json);

private:
    struct KeptIssuance {
        QList<QByteArray> inputs, blinds, blinded;
    };
    QHash<QString, QList<SurveyToken>> m_tokens;
    QHash<QString, KeptIssuance> m_pending;
};

} // namespace saib::survey

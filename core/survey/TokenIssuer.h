#pragma once
// Server side of the survey tokens (DESIGN.md §6): each survey has its own VOPRF key,
// whose public half is published in the signed survey definition so every client checks
// the same key (a per-leader key would let the server link submissions).
//
// Issue: an enrolled leader sends blinded elements; the issuer evaluates them with one
// batched DLEQ proof, at most once per (survey, enrolment). Redeem: the submission carries
// (input, output); the issuer recomputes Evaluate(skS, input) and marks a hash of the
// input spent. Neither step sees anything the other step saw.
#include "SurveyToken.h"
#include "TokenLedgers.h"
#include "Voprf.h"

#include <core/Error.h>

namespace saib::survey {

class TokenIssuer {
public:
    // `tokensPerEnrolment` caps a request's size: one per survey answers "one submission
    // per leader per survey"; a body may allow more (e.g. a correction) knowingly.
    TokenIssuer(QString surveyId, voprf::KeyPair key, int tokensPerEnrolment = 1);

    const QString &surveyId() const { return m_surveyId; }
    const QByteArray &publicKey() const { return m_key.publicKey; }
    int tokensPerEnrolment() const { return m_tokensPerEnrolment; }

    // Evaluates the request for an authenticated enrolled leader. A retry of the same
    // blinded elements is answered again; a different second batch is refused.
    Result<IssuanceResponse> issue(const QString &enrolmentId, const IssuanceRequest &request,
                                   EnrolmentLedger &ledger) const;

    // Checks a token from a submission and spends it. SurveyTokenInvalid when the output
    // is wrong, SurveyTokenSpent when it was used before, SurveyTokenMalformed when sizes
    // are wrong; storage errors from `spent` are passed on.
    Error redeem(const SurveyToken &token, SpentTokenSet &spent) const;

    // Redeems a token bound to its payload (TokenBinding.h): recomputes the output for
    // `input`, checks `mac` over `payloadBytes`, then spends. SurveyTokenInvalid when the
    // MAC does not match (a forged token or altered answers): nothing is spent then.
    Error redeemBound(const QByteArray &input, const QByteArray &payloadBytes, const QByteArray &mac,
                      SpentTokenSet &spent) const;
    // The same check without spending, so the relay can tell junk from a real submission
    // before it counts it against the survey's limit.
    Error checkBound(const QByteArray &input, const QByteArray &payloadBytes, const QByteArray &mac) const;

    // What the spent set records for a token input: SHA-256 under a domain prefix, so the
    // stored value is not the input itself.
    static QByteArray spentHash(const QByteArray &tokenInput);

private:
    QString m_surveyId;
    voprf::KeyPair m_key;
    int m_tokensPerEnrolment;
};

} // namespace saib::survey

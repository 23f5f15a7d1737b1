#pragma once
// The Privacy-Pass-style survey token and the two issuance messages, with their JSON wire
// forms (base64 fields). Issuance carries only blinded and evaluated elements; a token
// carries only its input and output: nothing in one message appears in the other.
#include <core/Error.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace saib::survey {

inline constexpr int kTokenInputBytes = 32;  // random, chosen by the client
inline constexpr int kTokenOutputBytes = 64; // the VOPRF output for that input

// A finished token: spent once, with a submission.
struct SurveyToken {
    QByteArray input;
    QByteArray output;

    bool isWellFormed() const { return input.size() == kTokenInputBytes && output.size() == kTokenOutputBytes; }
};

// Client -> server at enrolment: the blinded token inputs for one survey.
struct IssuanceRequest {
    QString surveyId;
    QList<QByteArray> blindedElements;

    QByteArray toJson() const;
    static Result<IssuanceRequest> fromJson(const QByteArray &json);
};

// Server -> client: one evaluated element per blinded element and one batched DLEQ proof.
struct IssuanceResponse {
    QList<QByteArray> evaluatedElements;
    QByteArray proof;

    QByteArray toJson() const;
    static Result<IssuanceResponse> fromJson(const QByteArray &json);
};

} // namespace saib::survey

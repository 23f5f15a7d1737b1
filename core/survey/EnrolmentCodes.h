#pragma once
// Enrolment codes (DESIGN.md §6): the survey body makes one per eligible leader and hands
// it over outside Saib (e.g. through the local authority). A leader redeems it once for a
// survey's blind tokens. The body uploads only hashes of its codes to the server, in a
// batch it signs, so the server's database never holds a usable code and nobody but the
// body can add codes.
//
// A code is 20 characters of Crockford base32 (100 random bits), shown as five groups of
// four: "7K3M-QX9A-...". Typing is forgiving: case, spaces and dashes are ignored and
// O/I/L read as 0/1/1.
#include "SignedDefinition.h"

#include <QList>
#include <optional>

namespace saib::survey {

inline constexpr int kEnrolmentCodeChars = 20;
inline constexpr int kMaxCodesPerBatch = 50000;

QString generateEnrolmentCode();
// The canonical form (20 characters, no dashes), or nullopt when it cannot be a code.
std::optional<QString> normaliseEnrolmentCode(const QString &typed);
// What the server stores and looks up: SHA-256 under a domain prefix and the survey id,
// so one code's hash is useless for any other survey.
QByteArray enrolmentCodeHash(const QString &surveyId, const QString &normalisedCode);

struct EnrolmentCodeBatch {
    QString surveyId;
    QList<QByteArray> hashes;
};

// { "format": "saib-enrolment-codes-v1", "batch": "<base64 JSON>", "signer": "..",
//   "signature": ".." }; the signature covers the decoded batch bytes.
Result<QByteArray> signEnrolmentCodes(const EnrolmentCodeBatch &batch, const SigningKeyPair &key);
// SurveyWrongSigner / SurveySignatureInvalid / SurveyDefinitionInvalid (malformed).
Result<EnrolmentCodeBatch> verifyEnrolmentCodes(const QByteArray &signedBatch, const QByteArray &pinnedKey);

} // namespace saib::survey

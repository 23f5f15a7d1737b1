#pragma once
// The exact bytes a leader sends for a survey (DESIGN.md §6), and the server's strict
// reading of them. The payload holds four members and nothing else:
//
// {"answers":{...},"demographics":{...},"survey":"<id>","token":"<token input>"}
//
// and travels inside a two-member envelope that binds the token to those exact bytes
// (TokenBinding.h); the token's secret output is never sent:
//
// {"mac":"<HMAC keyed by the token output over the payload bytes>","payload":"<the payload, as a JSON string>"}
//
// No account, device, sync or installation id, no timestamps (the survey id is the only
// notion of time), no language or app version. Compact JSON with keys in sorted order,
// so the same answers always give the same bytes; prettyPrint() shows those bytes.
#include "SurveyDefinition.h"
#include "SurveyToken.h"

#include <core/Error.h>

#include <QMap>
#include <QVariantMap>

namespace saib::survey {

// Band key ("role", "phase", "years_in_role", "region") -> value id. Leave a band out (or
// empty) for "prefer not to say".
using Demographics = QMap<QString, QString>;

struct SurveyPayload {
    QByteArray bytes; // the envelope: what goes over the wire, byte for byte

    // The payload (the envelope's inner bytes), or empty if `bytes` is not an envelope.
    QByteArray payload() const;
    // The envelope indented, with the payload shown as the object it is, for the
    // "exactly what will be sent" preview.
    QString prettyPrint() const;
};

// Validates answers and demographics against the definition and builds the payload.
// Answers: question id -> int/double (scale, number), QString or QStringList (choice),
// QString (text-short). A missing, null or empty answer means "skipped".
// Errors: SurveyAnswerInvalid, SurveyDemographicInvalid, SurveyTokenMalformed.
Result<SurveyPayload> buildPayload(const SurveyDefinition &definition, const QVariantMap &answers,
                                   const Demographics &demographics, const SurveyToken &token);

// What the server keeps of a submission: no token, nothing to link it to anyone.
struct SurveyResponse {
    QVariantMap answers; // normalised: int (scale), double (number), QStringList (choice), QString (text)
    Demographics demographics;
};

struct ParsedSubmission {
    SurveyResponse response;
    // To check and redeem, then drop: the token input, the exact payload bytes and the MAC.
    QByteArray tokenInput;
    QByteArray payloadBytes;
    QByteArray mac;
};

// Server side: the strict inverse of buildPayload. Any extra member anywhere, another
// survey's id or a value outside the definition is refused.
Result<ParsedSubmission> parsePayload(const SurveyDefinition &definition, const QByteArray &bytes);

} // namespace saib::survey

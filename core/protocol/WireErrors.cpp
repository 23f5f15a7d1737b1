#include "WireErrors.h"

namespace saib::protocol {

namespace {
struct Row {
    ErrorCode code;
    int status;
    const char *wire;
};
// The first row for a wire string wins when mapping back.
constexpr Row kTable[] = {
    {ErrorCode::RelayRequestInvalid, 400, "bad_request"},
    {ErrorCode::RelayUnauthenticated, 401, "unauthenticated"},
    {ErrorCode::DeviceRevoked, 403, "device_revoked"},
    {ErrorCode::NotFound, 404, "not_found"},
    {ErrorCode::PairingCodeInvalid, 404, "pairing_not_found"},
    {ErrorCode::RelayConflict, 409, "conflict"},
    {ErrorCode::PairingExpired, 410, "pairing_expired"},
    {ErrorCode::PairingFailed, 410, "pairing_closed"},
    {ErrorCode::RelayPayloadTooLarge, 413, "payload_too_large"},
    {ErrorCode::RelayQuotaExceeded, 413, "quota_exceeded"},
    {ErrorCode::RelayRateLimited, 429, "rate_limited"},
    {ErrorCode::RelayServerError, 500, "server_error"},
    {ErrorCode::StorageFailed, 503, "storage_unavailable"},
    // Anonymous surveys (app/relay/SurveyEndpoints.cpp)
    {ErrorCode::SurveysDisabled, 404, "surveys_disabled"},
    {ErrorCode::SurveyDefinitionInvalid, 400, "survey_definition_invalid"},
    {ErrorCode::SurveyUnsigned, 400, "survey_unsigned"},
    {ErrorCode::SurveySignatureInvalid, 400, "survey_signature_invalid"},
    {ErrorCode::SurveyWrongSigner, 403, "survey_wrong_signer"},
    {ErrorCode::SurveyClosed, 409, "survey_closed"},
    {ErrorCode::SurveyResponseInvalid, 400, "survey_response_invalid"},
    {ErrorCode::SurveyAnswerInvalid, 400, "survey_answer_invalid"},
    {ErrorCode::SurveyDemographicInvalid, 400, "survey_demographic_invalid"},
    {ErrorCode::SurveyTokenMalformed, 400, "survey_token_malformed"},
    {ErrorCode::SurveyTokenInvalid, 403, "survey_token_invalid"},
    {ErrorCode::SurveyTokenSpent, 409, "survey_token_spent"},
    {ErrorCode::SurveyTokensAlreadyIssued, 409, "survey_tokens_already_issued"},
    {ErrorCode::SurveyEnrolmentCodeInvalid, 403, "survey_enrolment_code_invalid"},
    {ErrorCode::SurveyResultsNotPublished, 409, "survey_results_not_published"},
};
} // namespace

WireError wireErrorFor(ErrorCode code)
{
    for (const Row &r : kTable) {
        if (r.code == code)
            return {r.status, QString::fromLatin1(r.wire)};
    }
    return {500, QStringLiteral("server_error")};
}

ErrorCode errorCodeFromWire(int httpStatus, const QString &code)
{
    if (code == QLatin1String("malformed_json"))
        return ErrorCode::RelayRequestInvalid;
    for (const Row &r : kTable) {
        if (code == QLatin1String(r.wire))
            return r.code == ErrorCode::StorageFailed ? ErrorCode::RelayServerError : r.code;
    }
    switch (httpStatus) {
    case 400: return ErrorCode::RelayRequestInvalid;
    case 401: return ErrorCode::RelayUnauthenticated;
    case 403: return ErrorCode::DeviceRevoked;
    case 404: return ErrorCode::NotFound;
    case 409: return ErrorCode::RelayConflict;
    case 410: return ErrorCode::PairingExpired;
    case 413: return ErrorCode::RelayPayloadTooLarge;
    case 429: return ErrorCode::RelayRateLimited;
    default: return ErrorCode::RelayServerError;
    }
}

} // namespace saib::protocol

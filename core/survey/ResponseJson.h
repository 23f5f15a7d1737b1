#pragma once
// The stored form of a SurveyResponse on the server: {"answers":{..},"demographics":{..}}
// in compact JSON with sorted keys. Nothing else: no token, time or sender.
#include "SurveyPayload.h"

namespace saib::survey {

QByteArray responseToJson(const SurveyResponse &response);
// SurveyResponseInvalid when the stored bytes are not such an object.
Result<SurveyResponse> responseFromJson(const QByteArray &json);

} // namespace saib::survey

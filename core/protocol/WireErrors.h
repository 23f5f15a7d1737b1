#pragma once
// The one table that ties ErrorCodes to HTTP statuses and the machine-readable "error"
// strings of ErrorBody, used by the relay to answer and by RelayClient to understand.
#include <core/Error.h>

#include <QString>

namespace saib::protocol {

struct WireError {
    int httpStatus = 500;
    QString code; // e.g. "bad_request", "device_revoked"
};

WireError wireErrorFor(ErrorCode code);
// Prefers the error string; falls back on the status for bodies it cannot read.
ErrorCode errorCodeFromWire(int httpStatus, const QString &code);

} // namespace saib::protocol

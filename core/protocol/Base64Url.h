#pragma once
// base64url without padding (RFC 4648 §5) for every binary field on the wire; the strict
// codec lives in core/io/Base64 (shared with the survey formats), named here for the
// protocol code that spells it protocol::toBase64Url.
#include <core/io/Base64.h>

namespace saib::protocol {

using saib::appendBase64Url;
using saib::fromBase64Url;
using saib::toBase64Url;

} // namespace saib::protocol

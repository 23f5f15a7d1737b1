#pragma once
// base64url without padding (RFC 4648 §5) for every binary field on the wire. Decoding is
// strict: only the canonical encoding of some byte string is accepted, so one value
// never has two spellings (which would defeat idempotent storage and signature checks).
#include <QByteArray>
#include <QString>
#include <optional>

namespace saib::protocol {

QString toBase64Url(const QByteArray &bytes);
std::optional<QByteArray> fromBase64Url(const QString &text);

} // namespace saib::protocol

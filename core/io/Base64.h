#pragma once
// The two base64 spellings Saib's formats use, each decoded strictly: only the canonical
// encoding of some byte string is accepted, so one value never has two spellings (which
// would defeat idempotent storage and signature checks) and a mangled value never
// silently shortens.
#include <QByteArray>
#include <QString>
#include <optional>

namespace saib {

// base64url without padding (RFC 4648 §5): every binary field of the sync protocol.
QString toBase64Url(const QByteArray &bytes);
std::optional<QByteArray> fromBase64Url(const QString &text);
// The same spelling appended to `out` as ASCII (a JSON body written directly).
void appendBase64Url(QByteArray &out, const QByteArray &bytes);

// Standard base64 with padding (RFC 4648 §4): every survey message and key file.
QString toBase64(const QByteArray &bytes);
std::optional<QByteArray> fromBase64(const QString &text);

} // namespace saib

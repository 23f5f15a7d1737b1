#pragma once
// expand_message_xmd with SHA-512 (RFC 9380 §5.3.1): the hash-to-field step that RFC 9497
// uses for both HashToGroup and HashToScalar on ristretto255 (the survey tokens). CPace
// (pairing) hashes its generator string with plain SHA-512 instead, as its draft says.
#include <QByteArray>

namespace saib {

// Returns `lenInBytes` uniform bytes derived from `msg` under domain tag `dst`, or an
// empty array when the parameters are out of range (dst > 255 bytes, len > 255 * 64).
QByteArray expandMessageXmdSha512(const QByteArray &msg, const QByteArray &dst, int lenInBytes);

// SHA-512 of `data` (64 bytes): the one helper for it, used here and by CPace.
QByteArray sha512(const QByteArray &data);

} // namespace saib

#pragma once
// Pads plaintexts to a few fixed size buckets before encryption, so the relay learns only
// "small / medium / large", never a note's or entry's length. Buckets: 256 B, 1 KiB,
// 4 KiB, 16 KiB, 64 KiB, then whole multiples of 64 KiB up to kMaxPaddedSize.
// Scheme: ISO/IEC 7816-4 (one 0x80 byte, then zeros), so any plaintext round-trips.
#include <core/Error.h>

#include <QByteArray>

namespace saib::protocol {

constexpr qsizetype kMaxPaddedSize = 4 * 1024 * 1024;
constexpr qsizetype kMaxPlaintextSize = kMaxPaddedSize - 1;

// The bucket a plaintext of `plaintextSize` bytes is padded to, or -1 if too large.
qsizetype bucketFor(qsizetype plaintextSize);
bool isBucketSize(qsizetype size);

Result<QByteArray> pad(const QByteArray &plaintext);
Result<QByteArray> unpad(const QByteArray &padded);

} // namespace saib::protocol

#include "Padding.h"

namespace saib::protocol {

namespace {
constexpr qsizetype kSmallBuckets[] = {256, 1024, 4096, 16384, 65536};
constexpr qsizetype kLargeStep = 65536;
}

qsizetype bucketFor(qsizetype plaintextSize)
{
    const qsizetype needed = plaintextSize + 1; // room for the 0x80 marker
    if (plaintextSize < 0 || needed > kMaxPaddedSize)
        return -1;
    for (const qsizetype b : kSmallBuckets) {
        if (needed <= b)
            return b;
    }
    return ((needed + kLargeStep - 1) / kLargeStep) * kLargeStep;
}

bool isBucketSize(qsizetype size)
{
    for (const qsizetype b : kSmallBuckets) {
        if (size == b)
            return true;
    }
    return size > kLargeStep && size <= kMaxPaddedSize && size % kLargeStep == 0;
}

Result<QByteArray> pad(const QByteArray &plaintext)
{
    const qsizetype bucket = bucketFor(plaintext.size());
    if (bucket < 0)
        return Error(ErrorCode::RelayPayloadTooLarge, QStringLiteral("plaintext too large"));
    QByteArray out(bucket, '\0');
    std::copy(plaintext.cbegin(), plaintext.cend(), out.begin());
    out[plaintext.size()] = static_cast<char>(0x80);
    return out;
}

Result<QByteArray> unpad(const QByteArray &padded)
{
    if (!isBucketSize(padded.size()))
        return Error(ErrorCode::SyncMalformed, QStringLiteral("padded size is not a bucket"));
    qsizetype i = padded.size() - 1;
    while (i >= 0 && padded.at(i) == '\0')
        --i;
    if (i < 0 || static_cast<unsigned char>(padded.at(i)) != 0x80)
        return Error(ErrorCode::SyncMalformed, QStringLiteral("bad padding"));
    return padded.left(i);
}

} // namespace saib::protocol

#include "Base64.h"

namespace saib {

namespace {
constexpr auto kUrlOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QString toBase64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(kUrlOptions));
}

std::optional<QByteArray> fromBase64Url(const QString &text)
{
    // toLatin1() would turn any other character into '?': refuse them first.
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
            || u == '-' || u == '_';
        if (!ok)
            return std::nullopt;
    }
    const QByteArray latin = text.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(
        latin, kUrlOptions | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // Reject non-canonical spellings (stray low bits in the last character).
    if (decoded.decoded.toBase64(kUrlOptions) != latin)
        return std::nullopt;
    return decoded.decoded;
}

QString toBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> fromBase64(const QString &text)
{
    const QByteArray latin = text.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(latin, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // Re-encoding must give the same text: rules out stray padding and non-zero pad bits.
    if (decoded.decoded.toBase64() != latin)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace saib

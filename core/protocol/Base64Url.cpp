#include "Base64Url.h"

namespace saib::protocol {

namespace {
constexpr auto kOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QString toBase64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(kOptions));
}

std::optional<QByteArray> fromBase64Url(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
            || u == '-' || u == '_';
        if (!ok)
            return std::nullopt;
    }
    const QByteArray latin = text.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(
        latin, kOptions | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // Reject non-canonical spellings (stray low bits in the last character).
    if (decoded.decoded.toBase64(kOptions) != latin)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace saib::protocol

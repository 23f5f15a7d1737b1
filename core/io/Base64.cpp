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
    // One pass checks the alphabet and narrows to Latin-1 (every ciphertext a relay
    // receives comes through here, so it is decoded once and never re-encoded).
    QByteArray latin(text.size(), Qt::Uninitialized);
    char *out = latin.data();
    int last = 0; // the last character's 6-bit value
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 'A' && u <= 'Z')
            last = u - 'A';
        else if (u >= 'a' && u <= 'z')
            last = u - 'a' + 26;
        else if (u >= '0' && u <= '9')
            last = u - '0' + 52;
        else if (u == '-')
            last = 62;
        else if (u == '_')
            last = 63;
        else
            return std::nullopt;
        *out++ = char(u);
    }
    // Canonical spellings only: a trailing group of 2 or 3 characters carries 4 or 2 spare
    // low bits in its last character, which must be zero; a lone character is no byte.
    const qsizetype tail = text.size() % 4;
    if (tail == 1 || (tail == 2 && (last & 0xF) != 0) || (tail == 3 && (last & 0x3) != 0))
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(std::move(latin), kUrlOptions | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
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

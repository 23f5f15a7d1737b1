#include "Base64.h"

#include <array>
#include <cstdint>

namespace saib {

namespace {

// Table-driven, one pass straight between the QString's UTF-16 and the bytes: every
// ciphertext a relay receives and every one a device pulls comes through here, and Qt's
// codec needed a Latin-1 copy first and (for strictness) a second pass or a re-encoding.

constexpr char kStandard[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kUrl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr std::uint8_t kBad = 0x80; // any value with this bit is outside the alphabet

using DecodeTable = std::array<std::uint8_t, 256>;

constexpr DecodeTable decodeTable(const char *alphabet)
{
    DecodeTable t{};
    for (auto &v : t)
        v = kBad;
    for (int i = 0; i < 64; ++i)
        t[std::size_t(static_cast<unsigned char>(alphabet[i]))] = std::uint8_t(i);
    return t;
}

constexpr DecodeTable kStandardDecode = decodeTable(kStandard);
constexpr DecodeTable kUrlDecode = decodeTable(kUrl);

// The value of one character: kBad (or more) for anything outside the alphabet, including
// every character above U+00FF (the table only sees the low byte).
inline unsigned valueOf(const DecodeTable &t, char16_t c)
{
    return t[c & 0xFF] | ((c >> 8) != 0 ? kBad : 0u);
}

qsizetype encodedLength(qsizetype n, bool pad)
{
    const qsizetype rest = n % 3;
    return n / 3 * 4 + (rest == 0 ? 0 : pad ? 4 : rest + 1);
}

// Writes encodedLength(bytes.size(), pad) characters at `o` (char16_t for a QString, char
// for a QByteArray).
template <typename Char>
void encodeTo(Char *o, const QByteArray &bytes, const char *alphabet, bool pad)
{
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    const qsizetype full = n / 3, rest = n % 3;
    for (qsizetype i = 0; i < full; ++i, in += 3) {
        const unsigned v = unsigned(in[0]) << 16 | unsigned(in[1]) << 8 | in[2];
        *o++ = Char(alphabet[v >> 18]);
        *o++ = Char(alphabet[(v >> 12) & 63]);
        *o++ = Char(alphabet[(v >> 6) & 63]);
        *o++ = Char(alphabet[v & 63]);
    }
    if (rest > 0) {
        const unsigned v = unsigned(in[0]) << 16 | (rest == 2 ? unsigned(in[1]) << 8 : 0u);
        *o++ = Char(alphabet[v >> 18]);
        *o++ = Char(alphabet[(v >> 12) & 63]);
        if (rest == 2)
            *o++ = Char(alphabet[(v >> 6) & 63]);
        else if (pad)
            *o++ = Char('=');
        if (pad)
            *o++ = Char('=');
    }
}

QString encode(const QByteArray &bytes, const char *alphabet, bool pad)
{
    QString out(encodedLength(bytes.size(), pad), Qt::Uninitialized);
    encodeTo(reinterpret_cast<char16_t *>(out.data()), bytes, alphabet, pad);
    return out;
}

// Decodes `n` characters with no padding among them. Canonical spellings only: a trailing
// group of 2 or 3 characters carries 4 or 2 spare low bits in its last character, which
// must be zero; a lone character is no byte.
std::optional<QByteArray> decode(const char16_t *in, qsizetype n, const DecodeTable &t)
{
    const qsizetype full = n / 4, tail = n % 4;
    if (tail == 1)
        return std::nullopt;
    QByteArray out(full * 3 + (tail == 0 ? 0 : tail - 1), Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    unsigned bad = 0; // collects kBad from every character; checked once at the end
    for (qsizetype i = 0; i < full; ++i, in += 4) {
        const unsigned a = valueOf(t, in[0]), b = valueOf(t, in[1]), c = valueOf(t, in[2]), d = valueOf(t, in[3]);
        bad |= a | b | c | d;
        const unsigned v = a << 18 | b << 12 | c << 6 | d;
        *o++ = static_cast<unsigned char>(v >> 16);
        *o++ = static_cast<unsigned char>(v >> 8);
        *o++ = static_cast<unsigned char>(v);
    }
    if (tail >= 2) {
        const unsigned a = valueOf(t, in[0]), b = valueOf(t, in[1]);
        bad |= a | b;
        *o++ = static_cast<unsigned char>((a << 2 | b >> 4) & 0xFF);
        if (tail == 2) {
            if ((b & 0xF) != 0)
                return std::nullopt;
        } else {
            const unsigned c = valueOf(t, in[2]);
            bad |= c;
            *o++ = static_cast<unsigned char>(((b << 4) | (c >> 2)) & 0xFF);
            if ((c & 0x3) != 0)
                return std::nullopt;
        }
    }
    if (bad & ~63u)
        return std::nullopt;
    return out;
}

const char16_t *utf16(const QString &text) { return reinterpret_cast<const char16_t *>(text.utf16()); }

} // namespace

QString toBase64Url(const QByteArray &bytes) { return encode(bytes, kUrl, false); }

std::optional<QByteArray> fromBase64Url(const QString &text)
{
    // No padding at all: '=' is outside the url table, so "AAA=" is refused like any
    // other stray character.
    return decode(utf16(text), text.size(), kUrlDecode);
}

void appendBase64Url(QByteArray &out, const QByteArray &bytes)
{
    const qsizetype at = out.size();
    out.resize(at + encodedLength(bytes.size(), false));
    encodeTo(out.data() + at, bytes, kUrl, false);
}

QString toBase64(const QByteArray &bytes) { return encode(bytes, kStandard, true); }

std::optional<QByteArray> fromBase64(const QString &text)
{
    // Padding is required and only where the encoder puts it: a multiple of 4 characters,
    // ending in at most two '=' that stand for the missing characters of the last group.
    const qsizetype n = text.size();
    if (n % 4 != 0)
        return std::nullopt;
    const char16_t *in = utf16(text);
    qsizetype padding = 0;
    if (n > 0 && in[n - 1] == u'=')
        padding = n > 1 && in[n - 2] == u'=' ? 2 : 1;
    return decode(in, n - padding, kStandardDecode);
}

} // namespace saib

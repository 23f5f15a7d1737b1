#include "RecoveryKey.h"

#include <sodium.h>

#include <vector>

namespace saib {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base 32
constexpr int kDataChars = kRecoveryKeyGroupChars - 1;            // the 5th is the check
constexpr int kSeparator = '-';
static_assert(kRecoveryKeyGroups * kDataChars * 5 >= int(kRecoveryKeyBytes) * 8, "too few bits");

// Multiplication in GF(2^5) modulo x^5 + x^2 + 1. Addition is XOR.
int gfMul(int a, int b)
{
    int r = 0;
    for (int i = 0; i < 5; ++i) {
        if (b & (1 << i))
            r ^= a << i;
    }
    for (int bit = 9; bit >= 5; --bit) {
        if (r & (1 << bit))
            r ^= 0x25 << (bit - 5);
    }
    return r;
}

// Data character i has weight i + 2 (2..5) and the check character weight 1, all
// distinct and non-zero, so one changed character or two swapped ones always change the
// sum. The group's position (1..13, times a sixth weight) is added in, so groups swapped
// or typed in the wrong order fail too. A valid group sums to zero.
int groupSum(const int *values, int group)
{
    int sum = gfMul(6, group + 1);
    for (int i = 0; i < kDataChars; ++i)
        sum ^= gfMul(i + 2, values[i]);
    return sum;
}

int valueOf(QChar c)
{
    switch (c.toUpper().unicode()) {
    case 'O': return 0;
    case 'I':
    case 'L': return 1;
    default: break;
    }
    const char u = char(c.toUpper().unicode());
    if (c.unicode() > 127)
        return -1;
    for (int v = 0; v < 32; ++v) {
        if (kAlphabet[v] == u)
            return v;
    }
    return -1;
}

bool isSeparator(QChar c) { return c == QLatin1Char(kSeparator) || c.isSpace(); }

int bitAt(const unsigned char *bytes, int bit)
{
    if (bit >= int(kRecoveryKeyBytes) * 8)
        return 0;
    return (bytes[bit / 8] >> (7 - bit % 8)) & 1;
}
} // namespace

namespace RecoveryKey {

SecureBuffer generate() { return SecureBuffer::random(kRecoveryKeyBytes); }

SecureBuffer format(const SecureBuffer &key)
{
    Q_ASSERT(key.size() == kRecoveryKeyBytes);
    SecureBuffer out(std::size_t(kRecoveryKeyGroups * (kRecoveryKeyGroupChars + 1) - 1));
    std::size_t pos = 0;
    int bit = 0;
    for (int g = 0; g < kRecoveryKeyGroups; ++g) {
        if (g > 0)
            out.data()[pos++] = kSeparator;
        int values[kDataChars];
        for (int i = 0; i < kDataChars; ++i) {
            int v = 0;
            for (int b = 0; b < 5; ++b)
                v = (v << 1) | bitAt(key.data(), bit++);
            values[i] = v;
            out.data()[pos++] = static_cast<unsigned char>(kAlphabet[v]);
        }
        // Weight 1 for the check character: adding it makes the group's sum zero.
        out.data()[pos++] = static_cast<unsigned char>(kAlphabet[groupSum(values, g)]);
        sodium_memzero(values, sizeof values);
    }
    return out;
}

QString group(const SecureBuffer &formatted, int group)
{
    if (group < 1 || group > kRecoveryKeyGroups
        || formatted.size() != std::size_t(kRecoveryKeyGroups * (kRecoveryKeyGroupChars + 1) - 1))
        return {};
    const auto *start = formatted.data() + (group - 1) * (kRecoveryKeyGroupChars + 1);
    return QString::fromLatin1(reinterpret_cast<const char *>(start), kRecoveryKeyGroupChars);
}

ParsedRecoveryKey parse(const QString &text)
{
    ParsedRecoveryKey result;
    // Groups as typed when the separators give exactly 13; otherwise the characters in
    // runs of 5, so a dropped or doubled character is located in the first group it shifts.
    std::vector<QString> groups;
    QString current;
    for (QChar c : text) {
        if (isSeparator(c)) {
            if (!current.isEmpty())
                groups.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        groups.push_back(current);
    if (int(groups.size()) != kRecoveryKeyGroups) {
        QString all;
        for (const QString &g : groups)
            all += g;
        groups.clear();
        for (int i = 0; i < all.size(); i += kRecoveryKeyGroupChars)
            groups.push_back(all.mid(i, kRecoveryKeyGroupChars));
    }
    if (groups.empty()) {
        result.error = Error(ErrorCode::RecoveryKeyMalformed, QStringLiteral("empty"));
        return result;
    }

    std::vector<int> values(std::size_t(kRecoveryKeyGroups * kDataChars), 0);
    for (int g = 0; g < kRecoveryKeyGroups; ++g) {
        if (g >= int(groups.size())) {
            result.error = Error(ErrorCode::RecoveryKeyMalformed, QStringLiteral("too short"));
            result.badGroup = g + 1;
            return result;
        }
        const QString &chars = groups[std::size_t(g)];
        int digits[kRecoveryKeyGroupChars];
        bool valid = chars.size() == kRecoveryKeyGroupChars;
        for (int i = 0; valid && i < kRecoveryKeyGroupChars; ++i) {
            digits[i] = valueOf(chars[i]);
            valid = digits[i] >= 0;
        }
        if (valid)
            valid = (groupSum(digits, g) ^ digits[kDataChars]) == 0;
        if (!valid) {
            result.error = Error(ErrorCode::RecoveryKeyTypo, QStringLiteral("group %1").arg(g + 1));
            result.badGroup = g + 1;
            return result;
        }
        for (int i = 0; i < kDataChars; ++i)
            values[std::size_t(g * kDataChars + i)] = digits[i];
        sodium_memzero(digits, sizeof digits);
    }
    if (int(groups.size()) > kRecoveryKeyGroups) {
        result.error = Error(ErrorCode::RecoveryKeyMalformed, QStringLiteral("too long"));
        return result;
    }

    SecureBuffer key(kRecoveryKeyBytes);
    int bit = 0;
    int padding = 0;
    for (int v : values) {
        for (int b = 4; b >= 0; --b, ++bit) {
            const int value = (v >> b) & 1;
            if (bit < int(kRecoveryKeyBytes) * 8)
                key.data()[bit / 8] |= static_cast<unsigned char>(value << (7 - bit % 8));
            else
                padding |= value;
        }
    }
    sodium_memzero(values.data(), values.size() * sizeof(int));
    if (padding != 0) {
        // Only a wrong last group that still passes its check can set these bits.
        result.error = Error(ErrorCode::RecoveryKeyTypo, QStringLiteral("padding"));
        result.badGroup = kRecoveryKeyGroups;
        return result;
    }
    result.key = std::move(key);
    return result;
}

} // namespace RecoveryKey
} // namespace saib

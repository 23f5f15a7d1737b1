#include "PassphraseStrength.h"

#include <QSet>
#include <cmath>

namespace saib {

namespace {
bool isCommon(const QString &lower)
{
    static const QSet<QString> common = {
        QStringLiteral("password"), QStringLiteral("password1"), QStringLiteral("12345678"),
        QStringLiteral("123456789"), QStringLiteral("qwertyui"), QStringLiteral("qwerty123"),
        QStringLiteral("iloveyou"), QStringLiteral("letmein1"), QStringLiteral("headteacher"),
        QStringLiteral("pennaeth"), QStringLiteral("cyfrinair"), QStringLiteral("school123"),
        QStringLiteral("11111111"), QStringLiteral("abcdefgh"), QStringLiteral("passw0rd")};
    return common.contains(lower);
}
} // namespace

PassphraseStrength ratePassphrase(const QString &passphrase)
{
    const int length = passphrase.size();
    if (length < kMinPassphraseLength)
        return PassphraseStrength::TooShort;
    if (isCommon(passphrase.toLower()))
        return PassphraseStrength::Weak;

    bool lower = false, upper = false, digit = false, space = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.isLower()) lower = true;
        else if (c.isUpper()) upper = true;
        else if (c.isDigit()) digit = true;
        else if (c.isSpace()) space = true;
        else other = true;
    }
    int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (space ? 1 : 0)
        + (other ? 33 : 0);
    // Repeated characters add little: count bits on the distinct share of the length.
    const double effectiveLength = length * std::min(1.0, distinct.size() / double(length) * 1.6);
    const double bits = effectiveLength * std::log2(std::max(pool, 2));
    // Several words separated by spaces are a good passphrase even if all lower-case.
    const int words = passphrase.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    const double bonus = words >= 4 ? 20 : words >= 3 ? 10 : 0;
    const double total = bits + bonus;
    if (total < 40) return PassphraseStrength::Weak;
    if (total < 60) return PassphraseStrength::Fair;
    if (total < 80) return PassphraseStrength::Good;
    return PassphraseStrength::Strong;
}

} // namespace saib

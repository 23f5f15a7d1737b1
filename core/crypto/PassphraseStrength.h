#pragma once
// A rough, offline strength hint for a new passphrase. It is a nudge, not a guarantee:
// it estimates entropy from length and character variety, and marks well-known weak
// choices. The only hard rule is the minimum length (kMinPassphraseLength).
#include <QString>

namespace saib {

constexpr int kMinPassphraseLength = 8;

enum class PassphraseStrength { TooShort = 0, Weak = 1, Fair = 2, Good = 3, Strong = 4 };

PassphraseStrength ratePassphrase(const QString &passphrase);

} // namespace saib

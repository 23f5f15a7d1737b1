#pragma once
// The printable recovery key: 256 random bits a leader keeps on paper, so a forgotten
// passphrase loses nothing (it wraps the database key in the key file's second slot).
//
// Written as 13 groups of 5 characters from Crockford's base-32 alphabet (no I, L, O, U,
// so nothing reads as something else), e.g. "7K3QM-AB2C9-...". Each group is 4 data
// characters (20 bits; 13 x 20 = 260 bits = the key + 4 zero bits) and a check character.
// The check is a weighted sum over GF(32) that also covers the group's position, so any
// single wrong character, any two swapped characters and any two swapped groups are
// caught, and the group they are in is named, before any key is derived or tried.
// On input, case, spaces and dashes do not matter, and O/I/L are read as 0/1/1.
#include "../Error.h"
#include "SecureBuffer.h"

#include <QString>

namespace saib {

constexpr std::size_t kRecoveryKeyBytes = 32;
constexpr int kRecoveryKeyGroups = 13;
constexpr int kRecoveryKeyGroupChars = 5;

struct ParsedRecoveryKey {
    SecureBuffer key;   // 32 bytes when ok()
    Error error;        // RecoveryKeyTypo (see badGroup) or RecoveryKeyMalformed
    int badGroup = 0;   // 1-based group with the typo; 0 when none can be named

    bool ok() const { return error.ok(); }
};

namespace RecoveryKey {
// A fresh random key (32 bytes of secure memory).
SecureBuffer generate();
// The key written as groups joined by '-' (ASCII, in secure memory, no terminator).
SecureBuffer format(const SecureBuffer &key);
// Reads what a person typed; checks every group before decoding anything.
ParsedRecoveryKey parse(const QString &text);
// The groups of a formatted key, for display (1-based `group`). Empty if out of range.
QString group(const SecureBuffer &formatted, int group);
} // namespace RecoveryKey

} // namespace saib

#pragma once
// The request the app writes to saib-kdf's stdin (little-endian); the helper answers
// with exactly kKeyBytes on stdout and exit code 0, or nothing and a non-zero code.
//   0  magic "SAIBKDF1" (8)   8  opslimit u32   12 memlimit u64   20 salt (16)
//   36 passphrase length u32  40 passphrase (UTF-8, at most kMaxPassphraseBytes)
// Shared by the helper (main.cpp) and the app side (app/wiring/KdfProcess.cpp).
#include <cstddef>

namespace saib::kdf {

constexpr char kMagic[8] = {'S', 'A', 'I', 'B', 'K', 'D', 'F', '1'};
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kHeaderBytes = 8 + 4 + 8 + kSaltBytes + 4; // 40
constexpr std::size_t kMaxPassphraseBytes = 4096;

} // namespace saib::kdf

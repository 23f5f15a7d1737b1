#pragma once
// Binds a survey token to the exact answers it is spent with (DESIGN.md §6). The token's
// VOPRF output never travels: it keys an HMAC-SHA256 over the exact payload bytes, and the
// submission carries the token input and that MAC. The server recomputes the output from
// the input with its secret key and checks the MAC, so nobody who sees a submission on the
// way (a proxy, a logging middlebox) can spend its token with other answers, and nobody can
// burn someone else's token with junk.
#include <QByteArray>

namespace saib::survey {

inline constexpr int kPayloadMacBytes = 32;

// HMAC-SHA256(key = SHA-256("saib-survey-payload-mac-v1" || output), payloadBytes).
QByteArray payloadMac(const QByteArray &tokenOutput, const QByteArray &payloadBytes);

// Constant-time check of `mac` against payloadMac(tokenOutput, payloadBytes).
bool payloadMacMatches(const QByteArray &tokenOutput, const QByteArray &payloadBytes, const QByteArray &mac);

} // namespace saib::survey

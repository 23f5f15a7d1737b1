#pragma once
// Thin, checked wrappers over libsodium's ristretto255 group and scalar arithmetic, in the
// vocabulary of RFC 9497 §2.1 (SerializeElement, DeserializeScalar, ...). Shared by the
// survey tokens (core/survey/Voprf.cpp) and device pairing (core/protocol/Cpace.cpp), so
// each reads like its specification's pseudocode.
#include <QByteArray>
#include <optional>

namespace saib::ristretto {

inline constexpr int kElementBytes = 32; // Ne
inline constexpr int kScalarBytes = 32;  // Ns

// DeserializeElement: a canonical encoding of a group element that is not the identity
// (RFC 9497 §4.1 requires rejecting the identity for every element received).
bool isValidElement(const QByteArray &element);
// DeserializeScalar: 32 little-endian bytes strictly below the group order.
bool isCanonicalScalar(const QByteArray &scalar);

// 64 uniform bytes -> element (the one-way map of hash_to_ristretto255).
QByteArray elementFromHash(const QByteArray &uniform64);
// 64 little-endian bytes reduced modulo the group order.
QByteArray reduceWide(const QByteArray &wide64);

// Group operations. Each returns nullopt when an input is malformed or the result would be
// the identity (libsodium refuses to produce it; with honest inputs that has negligible
// probability, so callers treat it as a failure).
std::optional<QByteArray> mul(const QByteArray &scalar, const QByteArray &element);
std::optional<QByteArray> mulBase(const QByteArray &scalar);
std::optional<QByteArray> add(const QByteArray &p, const QByteArray &q);

// Scalar field arithmetic (inputs must be canonical scalars).
QByteArray scalarMul(const QByteArray &a, const QByteArray &b);
QByteArray scalarSub(const QByteArray &a, const QByteArray &b);
std::optional<QByteArray> scalarInvert(const QByteArray &s);
QByteArray randomScalar(); // uniform and non-zero

// Constant-time equality for byte strings of equal length.
bool equalBytes(const QByteArray &a, const QByteArray &b);
// Overwrites the array's bytes before it is released: for blinds, nonces and key copies.
void wipe(QByteArray &bytes);

} // namespace saib::ristretto

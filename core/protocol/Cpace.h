#pragma once
// CPace (draft-irtf-cfrg-cpace) on ristretto255 with SHA-512, initiator–responder
// setting, built from libsodium 1.0.18's ristretto255 primitives (core/crypto/Ristretto.h).
// A balanced PAKE: both parties know a short password (PRS); an eavesdropper, or a relay
// that passes the messages on, learns nothing it can test guesses against offline, and
// an active attacker gets one guess per run. tests/relay/test_cpace.cpp checks this code
// against the draft's published ristretto255 test vectors.
#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>

#include <QByteArray>
#include <initializer_list>
#include <optional>

namespace saib::protocol::cpace {

inline constexpr int kShareBytes = 32; // an encoded ristretto255 element
inline constexpr int kIskBytes = 64;   // SHA-512
inline constexpr int kHashBlockBytes = 128; // H.s_in_bytes for SHA-512
inline const QByteArray kDsi = QByteArrayLiteral("CPaceRistretto255");

// The draft's string utilities (appendix "CPace function definitions").
QByteArray prependLen(const QByteArray &data); // LEB128 length, then the data
QByteArray lvCat(std::initializer_list<QByteArray> parts);
QByteArray generatorString(const QByteArray &dsi, const QByteArray &prs, const QByteArray &ci,
                           const QByteArray &sid, int sInBytes = kHashBlockBytes);
QByteArray transcriptIr(const QByteArray &ya, const QByteArray &ada, const QByteArray &yb,
                        const QByteArray &adb);

// g = element_derivation(SHA-512(generator_string)), encoded.
QByteArray calculateGenerator(const QByteArray &prs, const QByteArray &ci, const QByteArray &sid);

// One party's ephemeral scalar and public share Y = y·g. `fixedScalar` is for the test
// vectors only; normally the scalar is fresh and uniform.
struct Share {
    QByteArray scalar; // secret: wiped by the destructor
    QByteArray message; // Y, encoded
    Share() = default;
    Share(Share &&) noexcept = default;
    Share &operator=(Share &&) noexcept = default;
    ~Share();
};
Result<Share> makeShare(const SecureBuffer &prs, const QByteArray &ci, const QByteArray &sid,
                        const std::optional<QByteArray> &fixedScalar = std::nullopt);

// K = scalar_mult_vfy(y, peer): nullopt when the peer's share does not decode or K is
// the identity (the draft's abort conditions).
std::optional<QByteArray> sharedPoint(const QByteArray &scalar, const QByteArray &peerShare);

// ISK = SHA-512(lv_cat(DSI || "_ISK", sid, K) || transcript). PairingFailed on abort.
Result<SecureBuffer> intermediateKey(const Share &own, const QByteArray &peerShare, const QByteArray &sid,
                                     const QByteArray &transcript);

} // namespace saib::protocol::cpace

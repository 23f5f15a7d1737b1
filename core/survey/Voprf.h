#pragma once
// RFC 9497 VOPRF (modeVOPRF = 0x01) with the ristretto255-SHA512 ciphersuite, written from
// the RFC's pseudocode (§2.2 DLEQ proofs, §3.2 key generation, §3.3.2 VOPRF protocol).
// The batch forms are the RFC's lists: one DLEQ proof covers every element of a request.
//
// Byte formats are the RFC's: elements and scalars 32 bytes (ristretto255 encoding,
// little-endian scalars), a proof is c || s (64 bytes), an output is 64 bytes (SHA-512).
// Secret scalars (skS, blinds) travel in SecureBuffer; public values in QByteArray.
#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>

#include <QByteArray>
#include <QList>
#include <vector>

namespace saib::survey::voprf {

inline constexpr int kElementBytes = 32;
inline constexpr int kScalarBytes = 32;
inline constexpr int kProofBytes = 64;
inline constexpr int kOutputBytes = 64;
inline constexpr int kMaxInputBytes = 65535; // inputs are length-prefixed with 2 bytes
inline constexpr int kMaxBatch = 65535;      // composite indices are 2 bytes

// "OPRFV1-" || I2OSP(0x01, 1) || "-ristretto255-SHA512"
QByteArray contextString();

// HashToGroup(input): fails (SurveyTokenMalformed) only for over-long input or the
// negligible case of mapping to the identity.
Result<QByteArray> hashToGroup(const QByteArray &input);
// HashToScalar(input) with DST "HashToScalar-" || contextString, or `dst` when given.
QByteArray hashToScalar(const QByteArray &input, const QByteArray &dst = {});

struct KeyPair {
    SecureBuffer secretKey; // skS, 32 bytes
    QByteArray publicKey;   // pkS = skS * G, 32 bytes
};

// DeriveKeyPair(seed, info) (§3.2.1): seed is 32 secret bytes.
Result<KeyPair> deriveKeyPair(const SecureBuffer &seed, const QByteArray &info);
// GenerateKeyPair(): a fresh random key.
KeyPair generateKeyPair();
// Recomputes pkS from skS, e.g. after loading a stored key.
Result<QByteArray> publicKeyFor(const SecureBuffer &secretKey);

struct Blinded {
    SecureBuffer blind;        // client keeps this secret until Finalize
    QByteArray blindedElement; // sent to the server
};

// Blind(input) with a fresh random blind.
Result<Blinded> blind(const QByteArray &input);
// Blind(input) with a caller-chosen blind scalar: for the RFC's test vectors only.
Result<Blinded> blindWithScalar(const QByteArray &input, const SecureBuffer &blind);

struct Evaluation {
    QList<QByteArray> evaluatedElements; // one per blinded element, same order
    QByteArray proof;                    // one batched DLEQ proof: c || s
};

// BlindEvaluate(skS, pkS, blindedElements) (§3.3.2, batched as §2.2.1 allows).
Result<Evaluation> blindEvaluate(const SecureBuffer &skS, const QByteArray &pkS,
                                 const QList<QByteArray> &blindedElements);
// The same with the proof's random scalar r supplied: for the RFC's test vectors only.
// Reusing r across two proofs reveals skS, so production code never calls this.
Result<Evaluation> blindEvaluateWithProofScalar(const SecureBuffer &skS, const QByteArray &pkS,
                                                const QList<QByteArray> &blindedElements,
                                                const SecureBuffer &proofScalar);

// Finalize (§3.3.2): verifies the batched proof against pkS, then unblinds each element
// and hashes it with its input. Fails with SurveyProofInvalid if the proof does not
// verify, SurveyTokenMalformed for malformed or mismatched inputs.
Result<QList<QByteArray>> finalize(const QList<QByteArray> &inputs, const std::vector<SecureBuffer> &blinds,
                                   const Evaluation &evaluation, const QList<QByteArray> &blindedElements,
                                   const QByteArray &pkS);
// Single-element convenience form of finalize().
Result<QByteArray> finalize(const QByteArray &input, const SecureBuffer &blind,
                            const QByteArray &evaluatedElement, const QByteArray &blindedElement,
                            const QByteArray &pkS, const QByteArray &proof);

// Evaluate(skS, input) (§3.3.1): the server's direct computation, used at redemption.
Result<QByteArray> evaluate(const SecureBuffer &skS, const QByteArray &input);

} // namespace saib::survey::voprf

#pragma once
// The signed survey envelope (DESIGN.md §6). The survey body signs the exact bytes of its
// definition JSON with Ed25519 and ships them base64-encoded beside the signature, so the
// app verifies the very bytes it then parses: no JSON canonicalisation is involved.
//
// { "format": "saib-survey-v1",
//   "definition": "<base64 of the definition JSON bytes>",
//   "signer": "<base64 Ed25519 public key>",
//   "signature": "<base64 Ed25519 signature>" }
//
// The signature covers "saib-survey-definition-v1" || 0x00 || definition bytes, so a
// signature made with the body's key for any other purpose can never pass as a survey.
#include "SurveyDefinition.h"

#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>

namespace saib::survey {

inline constexpr int kSignPublicKeyBytes = 32;
inline constexpr int kSignSecretKeyBytes = 64;

struct SigningKeyPair {
    SecureBuffer secretKey; // libsodium's 64-byte Ed25519 secret key (seed || public key)
    QByteArray publicKey;   // 32 bytes: what the app pins

    static SigningKeyPair generate();
    // Deterministic from a 32-byte secret seed (e.g. kept offline by the body).
    static Result<SigningKeyPair> fromSeed(const SecureBuffer &seed);
};

// For the survey body: validates `definitionJson` strictly, then returns envelope bytes.
Result<QByteArray> signDefinition(const QByteArray &definitionJson, const SigningKeyPair &key);

// For the app: checks the envelope against the pinned key, then parses the definition.
// SurveyUnsigned: no signature. SurveyWrongSigner: signed by another key.
// SurveySignatureInvalid: the signature does not match the bytes (altered).
// SurveyDefinitionInvalid: not an envelope, or the signed definition is malformed.
Result<SurveyDefinition> verifySignedDefinition(const QByteArray &envelope, const QByteArray &pinnedPublicKey);

} // namespace saib::survey

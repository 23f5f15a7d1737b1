#pragma once
// The survey body's key files (see README "Anonymous surveys"):
//   body.key        its Ed25519 signing seed: secret, stays with the body (mode 0600)
//   body.pub        its public key, base64: what apps pin and the relay checks against
//   <survey>.voprf  one VOPRF key per survey: secret, handed to the relay operator, who
//                   puts it in the directory given to `saib-relay --survey-keys`
// All are small JSON or text files; secrets are read into SecureBuffer.
#include "SignedDefinition.h"
#include "Voprf.h"

namespace saib::survey {

Error writeSigningKey(const QString &path, const SigningKeyPair &key);
Result<SigningKeyPair> readSigningKey(const QString &path);

Error writePublicKey(const QString &path, const QByteArray &publicKey);
// SurveyBodyKeyInvalid when the file does not hold one base64 key.
Result<QByteArray> readPublicKey(const QString &path);

Error writeVoprfKey(const QString &path, const QString &surveyId, const voprf::KeyPair &key);
// Checks the file names `surveyId` and that its public key matches its secret key.
Result<voprf::KeyPair> readVoprfKey(const QString &path, const QString &surveyId);

} // namespace saib::survey

#pragma once
// Ed25519 signatures by the survey body over a purpose-tagged message, shared by every
// signed survey document except the definition envelope (SignedDefinition keeps its own
// format). The signed message is purpose || 0x00 || bytes, so a signature made for one
// kind of document can never pass as another.
#include "SignedDefinition.h"

namespace saib::survey {

QByteArray bodySign(const char *purpose, const QByteArray &bytes, const SigningKeyPair &key);
bool bodyVerify(const char *purpose, const QByteArray &bytes, const QByteArray &signature,
                const QByteArray &publicKey);

// A survey body's public key as people copy it: standard base64 of 32 bytes. Surrounding
// white space is ignored; anything else gives SurveyBodyKeyInvalid.
Result<QByteArray> parseBodyPublicKey(const QString &text);
// Short, readable fingerprint of a public key ("1A2B 3C4D 5E6F 7A8B") for the UI.
QString bodyKeyFingerprint(const QByteArray &publicKey);

} // namespace saib::survey

#pragma once
// Pairing a new device. The new device shows an 8-character code; the code is derived
// from the new device's public key and id, so the old device can check that the key the
// relay hands it is the one behind the code it typed (a relay cannot swap in its own key
// without also finding a 40-bit second preimage within the pairing's lifetime).
// The old device then seals the vault key to that key (crypto_box_seal) and posts it.
#include "DeviceIdentity.h"

#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>

#include <QString>

namespace saib::protocol {

constexpr int kPairingCodeLength = 8;
constexpr qint64 kPairingLifetimeMs = 10 * 60 * 1000;
// No 0/O, 1/I/L: easy to read aloud and to type from another screen.
inline constexpr char kPairingAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

QString pairingCodeFor(const QByteArray &edPublicKey, const QString &deviceId);
// Upper-cases and drops spaces and dashes ("abcd-efgh" → "ABCDEFGH").
QString normalisePairingCode(const QString &input);
bool isValidPairingCode(const QString &code);
// "ABCD-EFGH" for display.
QString formatPairingCode(const QString &code);

// Old device: seal the vault key for the device behind `code`; fails with
// PairingCodeInvalid when the key does not match the code.
Result<QByteArray> sealVaultKeyForPairing(const SecureBuffer &vaultKey, const QString &code,
                                          const QString &newDeviceId,
                                          const QByteArray &newDevicePublicKey);
// New device: recover the vault key.
Result<SecureBuffer> openPairedVaultKey(const DeviceIdentity &self, const QByteArray &sealed);

} // namespace saib::protocol

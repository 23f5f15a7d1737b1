#pragma once
// Key epochs: removing a device replaces the vault key. The device that removes another
// makes a fresh key (epoch n+1) and, for each remaining device, a grant: the key sealed to
// that device's public key (crypto_box_seal, as pairing's device keys allow), signed with
// the remover's Ed25519 key so the recipient knows which device of its account made it (a
// sealed box alone says nothing about who sealed it), and MACed under the key the granting
// device held until then (`proof`), so a grant is only accepted from a device that held
// the recipient's current key: the relay, which can add a device of its own to the list it
// serves, cannot make a grant anyone accepts. The relay stores grants as opaque blobs and
// hands each device its own; it never holds a key that opens them.
//
// `closedAtSeq` is the relay sequence number up to which the old epoch was in use (the
// remover had pulled that far): an envelope under the old epoch with a later sequence
// number was written after the removal and is refused, so a removed device that kept the
// old key cannot inject anything the others accept.
#include "DeviceIdentity.h"

#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace saib::protocol {

constexpr int kMaxEpochMembers = 100;

struct EpochGrant {
    int epoch = 0;
    QString deviceId;     // the recipient
    QByteArray sealed;    // crypto_box_seal(vault key) to the recipient
    QStringList members;  // every device of the new epoch, sorted
    QStringList removed;  // the devices this rotation removed, sorted
    qint64 closedAtSeq = 0;
    QString signerId;
    QByteArray signature; // Ed25519 over signedBytes()
    QByteArray proof;     // keyed BLAKE2b of signedBytes() under the grantor's previous key

    // "saib-epoch-v1" ‖ account ‖ every field above but signature and proof, length-prefixed.
    QByteArray signedBytes(const QString &accountId) const;
    QJsonObject toJson() const;
    static Result<EpochGrant> fromJson(const QJsonObject &o);
};

constexpr int kGrantProofSize = 32;

// A grant of `key` for `recipientId`, signed by `signer` and proved under `previousKey`
// (the key of the epoch being retired, or `key` itself when a new device joins).
Result<EpochGrant> makeEpochGrant(const DeviceIdentity &signer, const SecureBuffer &previousKey,
                                  const QString &accountId, int epoch,
                                  const QString &recipientId, const QByteArray &recipientKey,
                                  const SecureBuffer &key, QStringList members, QStringList removed,
                                  qint64 closedAtSeq);

// Checks the signature against `signerKey` and the proof against `currentKey` (the key
// `me` holds now), and opens the key with `me`. SyncTampered when the grant is not for
// `me`, either check fails, or the box does not open.
Result<SecureBuffer> openEpochGrant(const DeviceIdentity &me, const SecureBuffer &currentKey,
                                    const QString &accountId, const EpochGrant &grant,
                                    const QByteArray &signerKey);

} // namespace saib::protocol

#pragma once
// A synced record as the relay sees it: record id, kind, version id and key epoch in clear
// (the relay needs them to store, deduplicate, compact, and drop a retired epoch), and
// the record itself with its hybrid logical clock sealed with XChaCha20-Poly1305 under that
// epoch's vault key (KeyEpoch.h). The relay orders envelopes by its own sequence number;
// when a change was made is only inside. The version id is a keyed hash of the record id and
// the clock: the same version always has the same id (so a replayed push is recognised),
// and the relay learns nothing from it. The clear fields are bound into the AEAD as
// associated data, so the relay cannot move a ciphertext to another record, kind, version
// or epoch.
//
// Envelopes stored by a relay before the clock moved inside ("v1": clock in clear, no
// version id) still open; new ones are never made that way.
#include "Hlc.h"

#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>

#include <QByteArray>
#include <QString>

namespace saib::protocol {

constexpr int kVaultKeySize = 32;
constexpr int kEnvelopeNonceSize = 24; // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
constexpr int kEnvelopeTagSize = 16;   // crypto_aead_xchacha20poly1305_ietf_ABYTES
constexpr int kEnvelopeOverhead = kEnvelopeNonceSize + kEnvelopeTagSize;
constexpr int kMaxRecordIdLength = 64;
constexpr int kVersionIdSize = 16;
constexpr int kMaxEpoch = 1 << 30;

struct Envelope {
    QString recordId;
    QString kind;
    // Inside the ciphertext: known after sealing or opening, never sent. (In clear only for
    // a v1 envelope, which has no version id.)
    HlcTimestamp clock;
    QByteArray ciphertext; // nonce ‖ AEAD(padded (clock ‖ plaintext)) ‖ tag
    int epoch = 0;         // which vault key sealed it (0: the key made with the account)
    qint64 seq = 0;        // the relay's sequence number; 0 until pushed
    QByteArray versionId;  // kVersionIdSize bytes; empty for a v1 envelope

    bool isLegacy() const { return versionId.isEmpty(); }
    // Same record version (what the relay deduplicates on).
    bool sameVersion(const Envelope &o) const
    {
        return recordId == o.recordId && versionId == o.versionId && (!isLegacy() || clock == o.clock);
    }
    // The relay's key for this version: the version id, or a v1 envelope's clear clock.
    QString versionKey() const;
};

// A fresh random vault key in secure memory.
SecureBuffer newVaultKey();

// Length-prefixed "saib-envelope-v2" ‖ id ‖ kind ‖ version id ‖ epoch (prefixes keep the
// fields unambiguous: "ab"+"c" never equals "a"+"bc").
QByteArray envelopeAssociatedData(const Envelope &envelope);

Result<Envelope> sealEnvelope(const SecureBuffer &vaultKey, const QString &recordId,
                              const QString &kind, const HlcTimestamp &clock,
                              const QByteArray &plaintext, int epoch = 0);

// Fails with SyncTampered when anything (ciphertext, id, kind, version, epoch) was changed
// or the key is wrong; nothing should be applied then. `clock`, when given, receives the
// clock sealed inside.
Result<QByteArray> openEnvelope(const SecureBuffer &vaultKey, const Envelope &envelope,
                                HlcTimestamp *clock = nullptr);

// The checks the relay can make without the key: valid id, kind, version id (or v1 clock)
// and epoch, and a ciphertext whose size is exactly a padding bucket plus the AEAD overhead.
Error validateEnvelopeShape(const Envelope &envelope);

} // namespace saib::protocol

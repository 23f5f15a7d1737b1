#pragma once
// A synced record as the relay sees it: record id, kind, clock and key epoch in clear (the
// relay needs them to store, deduplicate, order, and drop a retired epoch), and the record
// itself sealed with XChaCha20-Poly1305 under that epoch's vault key (KeyEpoch.h). The
// clear fields are bound into the AEAD as associated data, so the relay cannot move a
// ciphertext to another record, kind, time or epoch.
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

struct Envelope {
    QString recordId;
    QString kind;
    HlcTimestamp clock;
    QByteArray ciphertext; // nonce ‖ AEAD(padded plaintext) ‖ tag
    int epoch = 0;         // which vault key sealed it (0: the key made with the account)
    qint64 seq = 0;        // the relay's sequence number; 0 until pushed

    // Same record version (what the relay deduplicates on).
    bool sameVersion(const Envelope &o) const
    {
        return recordId == o.recordId && clock == o.clock;
    }
};

// A fresh random vault key in secure memory.
SecureBuffer newVaultKey();

constexpr int kMaxEpoch = 1 << 30;

// Length-prefixed "saib-envelope-v1" ‖ id ‖ kind ‖ clock, then ‖ epoch when it is not 0
// (prefixes keep the fields unambiguous: "ab"+"c" never equals "a"+"bc"; epoch-0
// envelopes written before rotation existed keep opening).
QByteArray envelopeAssociatedData(const QString &recordId, const QString &kind,
                                  const HlcTimestamp &clock, int epoch = 0);

Result<Envelope> sealEnvelope(const SecureBuffer &vaultKey, const QString &recordId,
                              const QString &kind, const HlcTimestamp &clock,
                              const QByteArray &plaintext, int epoch = 0);

// Fails with SyncTampered when anything (ciphertext, id, kind, clock) was changed or the
// key is wrong; nothing should be applied then.
Result<QByteArray> openEnvelope(const SecureBuffer &vaultKey, const Envelope &envelope);

// The checks the relay can make without the key: valid id, kind and clock, and a
// ciphertext whose size is exactly a padding bucket plus the AEAD overhead.
Error validateEnvelopeShape(const Envelope &envelope);

} // namespace saib::protocol

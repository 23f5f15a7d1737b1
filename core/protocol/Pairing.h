#pragma once
// Pairing a new device with a short code and a PAKE (CPace, Cpace.h), over a relay that
// only passes four opaque messages along and learns no secret.
//
// The joining device shows a random 10-character code. Its first 4 characters name the
// meeting place on the relay (the "slot"); the other 6 are the PAKE password and never
// leave either device. The device that already syncs is typed the code:
//
//   m1 joiner   → relay → existing : sid ‖ Ya                     (CPace share)
//   m2 existing → relay → joiner   : Yb ‖ Tb                      (share + key confirmation)
//   m3 joiner   → relay → existing : Ta ‖ seal(joiner's device id and public key)
//   m4 existing → relay → joiner   : seal(account id, vault key, the account's devices)
//
// Tb and Ta are HMACs under a key derived from CPace's ISK over the whole transcript, so
// each side knows the other typed the same code before anything secret moves; a wrong
// tag ends the run and that code is never used again (one guess per code). The seals are
// XChaCha20-Poly1305 under keys derived from ISK, with the transcript hash as associated
// data. Both devices then show the same 6-digit short authentication string (SAS) made
// from the transcript, the account id and a commitment to the vault key: someone who
// also saw the code and answered first runs a different transcript, so the joining
// device's string does not match the one on the user's own device, and the joining
// device adds nothing and pushes nothing until the user confirms the match.
#include "Cpace.h"

#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>

#include <QString>
#include <QStringList>

namespace saib::protocol {

constexpr int kPairingCodeLength = 10;
constexpr int kPairingSlotLength = 4;
constexpr qint64 kPairingLifetimeMs = 10 * 60 * 1000;
constexpr int kPairingTokenSize = 32;
constexpr int kPairingSidSize = 16;
constexpr int kMaxPairingMessage = 4096;
constexpr int kPairingMessages = 4;
// No 0/O, 1/I/L: easy to read aloud and to type from another screen.
inline constexpr char kPairingAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

// A fresh, uniformly random code.
QString newPairingCode();
// Upper-cases and drops spaces and dashes ("abcde-fghjk" → "ABCDEFGHJK").
QString normalisePairingCode(const QString &input);
bool isValidPairingCode(const QString &code);
bool isValidPairingSlot(const QString &slot);
// "ABCDE-FGHJK" for display.
QString formatPairingCode(const QString &code);
QString pairingSlot(const QString &code);

// The joining device's side of one run.
class PairingJoiner {
public:
    static Result<PairingJoiner> start(const QString &code);
    const QByteArray &firstMessage() const { return m_m1; }
    // Checks the existing device's confirmation tag (PairingFailed when the codes
    // differed or the message was altered) and returns m3, carrying this device's id and
    // Ed25519 public key.
    Result<QByteArray> answer(const QByteArray &m2, const QString &deviceId, const QByteArray &publicKey);

    struct Welcome {
        QString accountId;
        SecureBuffer vaultKey;
        QStringList deviceIds; // the account's devices, as the existing device listed them
        QString sas;           // "123 456"
    };
    Result<Welcome> open(const QByteArray &m4) const;

private:
    QString m_slot;
    SecureBuffer m_password;
    QByteArray m_sid, m_m1;
    cpace::Share m_share;
    SecureBuffer m_isk;
    QByteArray m_transcriptHash;
};

// The existing device's side of one run.
class PairingResponder {
public:
    // From the code the user typed and m1 as read from the relay.
    static Result<PairingResponder> respond(const QString &code, const QByteArray &m1);
    const QByteArray &reply() const { return m_m2; }

    struct NewDevice {
        QString deviceId;
        QByteArray publicKey;
    };
    // PairingFailed when the joiner's tag is wrong (it holds a different code, or m3 was
    // altered on the way).
    Result<NewDevice> confirm(const QByteArray &m3) const;
    // m4 and, in *sas, the string to show.
    Result<QByteArray> welcome(const QString &accountId, const SecureBuffer &vaultKey,
                               const QStringList &deviceIds, QString *sas) const;

private:
    SecureBuffer m_isk;
    QByteArray m_sid, m_m2, m_transcriptHash;
};

// The 6-digit string both screens show: SHA-512 over the transcript hash, the account
// id and a commitment to the vault key, reduced to 6 decimal digits.
QString pairingSas(const QByteArray &transcriptHash, const QString &accountId, const SecureBuffer &vaultKey);

} // namespace saib::protocol

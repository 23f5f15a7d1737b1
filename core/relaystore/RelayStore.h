#pragma once
// Everything the relay keeps, behind one interface: accounts, device public keys,
// one-time login challenges, the append-only envelope log, pending pairings, rate-limit
// counters and the token secret. All state lives here (none in the relay process), so
// several relays can share one database behind a load balancer.
// The store never sees plaintext: envelopes arrive sealed.
#include "DatabaseUrl.h"

#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>
#include <core/protocol/Envelope.h>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>
#include <memory>

namespace saib::relay {

struct DeviceRecord {
    QString accountId;
    QString deviceId;
    QByteArray publicKey;
    bool revoked = false;
    qint64 createdAtMs = 0;
};

struct ChallengeRecord {
    QString accountId;
    QString deviceId;
    qint64 expiresAtMs = 0;
};

// One pairing run (protocol/Pairing.h). Tokens are stored as hashes.
struct PairingSlot {
    QString slot;
    QByteArray joinerToken, responderToken; // responderToken empty until someone answers
    QList<QByteArray> messages;             // m1.. in order
    bool closed = false;
    qint64 expiresAtMs = 0;
};

struct AppendOutcome {
    int accepted = 0;
    int duplicates = 0;
};

class RelayStore {
public:
    virtual ~RelayStore() = default;

    // Runs one authenticated request (its device check, rate count and handler) as a unit
    // where that is cheaper: on SQLite one transaction, so one commit instead of one per
    // write (the handler's own transactions become savepoints); on PostgreSQL, where BEGIN
    // and COMMIT are round trips of their own, statement by statement as before. An error
    // from `work` rolls the unit back; a refusal it answers with is not an error.
    virtual Error withinRequest(const std::function<Error()> &work) { return work(); }

    // RelayConflict when the account or device already exists.
    virtual Error registerAccount(const DeviceRecord &firstDevice) = 0;
    // NotFound when unknown.
    virtual Result<DeviceRecord> device(const QString &accountId, const QString &deviceId) = 0;
    virtual Result<QList<DeviceRecord>> devices(const QString &accountId) = 0;
    virtual Error revokeDevice(const QString &accountId, const QString &deviceId) = 0;

    virtual Error putChallenge(const QString &challenge, const ChallengeRecord &record) = 0;
    // Single use: returns and deletes it (NotFound if absent or already used).
    virtual Result<ChallengeRecord> takeChallenge(const QString &challenge) = 0;

    // Appends in order, in one transaction, as pushed by `deviceId`. A version (record id
    // and version id) the account holds, or held before compaction removed it, is skipped
    // (a duplicate), so replays and reorders never duplicate. Compaction: a new version
    // removes the versions of that record the same device pushed before (it wrote them,
    // so the new one carries everything they did; a device that has not synced yet needs
    // only the newest). Versions from other devices stay, so a conflict is still seen.
    // RelayQuotaExceeded, with nothing stored, when the account would then hold more than
    // `quotaBytes` of ciphertext.
    virtual Result<AppendOutcome> appendEnvelopes(const QString &accountId, const QString &deviceId,
                                                  const QList<protocol::Envelope> &envelopes,
                                                  qint64 quotaBytes) = 0;
    // Ciphertext bytes the account holds.
    virtual Result<qint64> storedBytes(const QString &accountId) = 0;
    // Ascending seq, strictly after `since`, at most `limit`.
    virtual Result<QList<protocol::Envelope>> envelopesSince(const QString &accountId,
                                                             qint64 since, int limit) = 0;

    // The highest sequence number the account holds (0 when none).
    virtual Result<qint64> headSeq(const QString &accountId) = 0;

    // Key epochs (protocol/KeyEpoch.h). Grants are opaque blobs, one per device and epoch.
    // Stores `grants` (device id → blob) for `epoch`, which must be the account's current
    // epoch + 1 (a rotation) or the current epoch when it is above 0 (a grant for a newly
    // paired device); RelayConflict otherwise (another rotation came first).
    virtual Error addEpochGrants(const QString &accountId, int epoch,
                                 const QList<QPair<QString, QByteArray>> &grants) = 0;
    // The highest epoch with a grant (0 when the account never rotated).
    virtual Result<int> currentEpoch(const QString &accountId) = 0;
    // The device's grant blobs, oldest epoch first.
    virtual Result<QList<QByteArray>> epochGrants(const QString &accountId, const QString &deviceId) = 0;
    // Records that the device has moved to `epoch` (never lowers it), then deletes the
    // envelopes of every epoch below the lowest one a non-revoked device is still on.
    // Returns how many envelopes were deleted.
    virtual Result<qint64> markMoved(const QString &accountId, const QString &deviceId, int epoch) = 0;

    // RelayConflict when the device id is already in the account.
    virtual Error addDevice(const DeviceRecord &device) = 0;

    // RelayConflict when a live slot has that name.
    virtual Error createPairing(const PairingSlot &pairing) = 0;
    // PairingCodeInvalid when unknown or expired.
    virtual Result<PairingSlot> pairing(const QString &slot, qint64 nowMs) = 0;
    // Stores message `index` (1..3) if the slot is open, unexpired and holds exactly
    // `index` messages; index 1 also records the answering side's token hash, once.
    // RelayConflict otherwise (someone else was first, or a step was skipped).
    virtual Error appendPairingMessage(const QString &slot, int index, const QByteArray &message,
                                       const QByteArray &responderToken, qint64 nowMs) = 0;
    virtual Error closePairing(const QString &slot) = 0;

    // Counts one request for `bucket` in the window starting at windowStartMs and returns
    // the window's count so far.
    virtual Result<int> countHit(const QString &bucket, qint64 windowStartMs) = 0;
    // The HMAC key for bearer tokens, made once per database so every relay shares it.
    virtual Result<SecureBuffer> tokenSecret() = 0;
    // Drops expired challenges and pairings and old rate-limit windows.
    virtual Error purgeExpired(qint64 nowMs) = 0;
};

// Opens (and creates or upgrades the schema of) the database named by `url`.
Result<std::unique_ptr<RelayStore>> openRelayStore(const DatabaseUrl &url);

} // namespace saib::relay

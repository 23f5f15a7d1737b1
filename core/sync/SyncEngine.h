#pragma once
// Sync between a leader's own devices through a relay that sees only ciphertext.
//
// One SyncEngine lives while the vault is unlocked. It keeps its settings and secrets
// (device identity seed, the shared sync key) in the encrypted database, talks to the
// relay through protocol::RelayClient, and merges with SyncApplier. Every call ends by
// invoking its callback exactly once with an Error value; status() tells the UI what to
// show (last synced, pending changes, the last error).
//
// Turning sync on:   enable(relay)                 — a new account, this device first.
// Adding a device (a CPace run over the relay, protocol/Pairing.h; SyncPairing.cpp):
//                    new device startJoin(relay)   → shows a random code;
//                    old device approveDevice(code) → runs the PAKE, adds the device to
//                                                    the account, sends the sync key
//                                                    sealed under the session key, and
//                                                    returns the 6-digit string to show;
//                    new device finishJoin()       → PairingPending until the key has
//                                                    arrived, then joinOffer() holds the
//                                                    string, account and devices;
//                    new device confirmJoin(string) → only now is anything saved or
//                                                    marked for upload; then syncNow().
// Removing a device (SyncEpochs.cpp): removeDevice(id) revokes it at the relay, then makes
// a new key epoch (protocol/KeyEpoch.h) granted to every remaining device and re-seals
// every record under it; the other devices pick their grant up at their next syncNow and
// tell the relay when they have moved, so it can drop the retired epoch's envelopes.
#include "KeyRing.h"
#include "SyncApplier.h"
#include "SyncOpener.h"

#include <core/Error.h>
#include <core/protocol/Pairing.h>
#include <core/protocol/RelayClient.h>

#include <QObject>
#include <QThreadPool>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace saib {
class Database;
}

namespace saib::sync {

// What a joining device asks the user to confirm.
struct JoinOffer {
    QString sas;           // "123 456": must match the other device's screen
    QString accountId;
    QStringList deviceIds; // the account's devices
    int localRecords = 0;  // records on this device that joining will share
};

struct SyncStatus {
    bool enabled = false;
    bool busy = false;
    bool joining = false;   // a pairing code is being shown or awaits confirmation
    QUrl relayUrl;
    QString deviceId;
    QString accountId;
    qint64 lastSyncedMs = 0; // 0: never
    int pending = 0;         // local changes not yet pushed
    // While a pull runs: the share of the relay's records (by sequence number) applied so
    // far in this run, 0 to 1; -1 when no pull is under way. A first sync of a large
    // account takes seconds, and each page is usable as soon as it is written.
    double pullProgress = -1;
    Error lastError;
    ApplyReport lastReport;
    // Envelopes refused (tampered, wrong key, malformed) since the user last saw them;
    // kept in the store so a refusal is shown until acknowledged, not only until the
    // next sync.
    int rejectedUnseen = 0;
    ErrorCode rejectedReason = ErrorCode::None;
    // Key rotation after a removal: the epoch this device is on, and while its records are
    // being re-sealed under a new key, how many are left of how many.
    int epoch = 0;
    bool resealing = false;
    int resealLeft = 0;
    int resealTotal = 0;
};

class SyncEngine : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(Error)>;
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    SyncEngine(Database &db, std::function<QString(const QString &)> conflictTitle,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // Reads the saved settings; call once after construction.
    Error load();
    SyncStatus status();
    bool isEnabled() const { return m_client && m_keys.key(m_keys.current) != nullptr; }

    void enable(const QUrl &relay, Done done);
    void startJoin(const QUrl &relay, Callback<QString> done); // the code, formatted "ABCDE-FGHJK"
    // One step of the run: PairingPending until the sync key has arrived; PairingFailed
    // (the code is then dead) when the other side's confirmation is wrong.
    void finishJoin(Done done);
    const std::optional<JoinOffer> &joinOffer() const { return m_offer; }
    // Joins only when `sas` is the offer's string (spaces ignored); PairingMismatch
    // otherwise, and the join is abandoned.
    Error confirmJoin(const QString &sas);
    void cancelJoin();
    // Old device: the string to show, once the new device is in the account.
    void approveDevice(const QString &code, Callback<QString> done);
    void syncNow(Done done);
    void listDevices(Callback<QList<protocol::DeviceInfo>> done);
    // Revokes the device, then rotates the vault key (a new epoch for the devices left)
    // and re-seals every record under it, as part of a sync.
    void removeDevice(const QString &deviceId, Done done);
    // The user has seen the rejected envelopes: stop showing them.
    Error acknowledgeRejected();
    // Stops syncing on this device and forgets its identity and key (local data stays).
    Error disable();

    // Checks a relay address typed by the user: https with a host, or http to this
    // machine only (InsecureTransport otherwise).
    static Result<QUrl> parseRelayUrl(const QString &text);

signals:
    void statusChanged();

private:
    Error saveIdentity(const QUrl &relay, const protocol::DeviceIdentity &identity,
                       const QString &accountId, const SecureBuffer &syncKey);
    void pullFrom(qint64 cursor, Done done);
    struct PendingPage;
    std::shared_ptr<PendingPage> requestPage(qint64 since);
    void readAhead();
    void applyPage(qint64 cursor, std::shared_ptr<PendingPage> pending, Done done);
    void applySlices(std::shared_ptr<PendingPage> pending, int from, Done done);
    void pushPending(Done done);
    struct SealedBatch {
        QVector<DirtyRecord> records;
        QList<protocol::Envelope> envelopes;
        QVector<protocol::HlcTimestamp> clocks;
    };
    struct ReadBatch;
    struct SealKeys;
    Result<ReadBatch> readBatch(const QVector<DirtyRecord> &batch);
    static Result<SealedBatch> sealRead(const ReadBatch &read, const SealKeys &keys);
    struct PushRun;
    void pumpPush(std::shared_ptr<PushRun> run);
    void startSealing(const std::shared_ptr<PushRun> &run);
    void sendReady(const std::shared_ptr<PushRun> &run);
    void markAnswered(PushRun &run);
    void pushed(std::shared_ptr<PushRun> run, const SealedBatch &sent, const Result<protocol::PushResponse> &reply);
    void finish(const Error &error, const Done &done);
    void noteRejected(const ApplyReport &page);
    Done guard(Done done);
    // SyncEpochs.cpp
    Error loadKeys();
    void refreshEpochs(Done done);
    Error adoptEpoch(const protocol::EpochGrant &grant, SecureBuffer key, bool ownRotation);
    void rotateIfDue(Done done);
    void reportMoved(Done done);
    void grantCurrentEpoch(const QString &deviceId, const QByteArray &publicKey, Done done);

    Database &m_db;
    SyncLedger m_ledger;
    std::function<QString(const QString &)> m_conflictTitle;
    std::unique_ptr<protocol::RelayClient> m_client;
    // SyncPairing.cpp
    struct Approval;
    void approveStep(std::shared_ptr<Approval> a);
    void approveFinish(std::shared_ptr<Approval> a, Result<QString> result);
    void joinFailed(const Error &e, const Done &done);

    std::unique_ptr<protocol::RelayClient> m_joining; // a new device in a pairing run
    std::unique_ptr<protocol::PairingJoiner> m_joiner;
    QString m_joinSlot;
    QByteArray m_joinToken;
    bool m_joinAnswered = false;
    std::optional<JoinOffer> m_offer;
    SecureBuffer m_offerKey;
    QUrl m_joinRelay;
    KeyRing m_keys;
    QUrl m_relayUrl;
    bool m_busy = false;
    qint64 m_lastSyncedMs = 0;
    Error m_lastError;
    ApplyReport m_lastReport;
    ApplyReport m_runReport;
    // The pull under way: its starting cursor, the cursor applied so far and the relay's head.
    qint64 m_pullStart = 0;
    qint64 m_pullDone = 0;
    qint64 m_pullHead = -1;
    // The pull's keys, shared read-only with the opening thread.
    std::shared_ptr<const SyncOpener> m_pullOpener;
    // The last page asked for, and how many asked for are not yet being written.
    std::shared_ptr<PendingPage> m_pullTail;
    int m_pagesAhead = 0;
    // Seals push batches and parses and opens pulled pages while this thread reads and
    // writes the store (no store access there). Declared last so it is destroyed first: its
    // destructor waits for a batch being sealed or a page being opened while the rest of
    // the engine is still whole.
    QThreadPool m_worker;
};

} // namespace saib::sync

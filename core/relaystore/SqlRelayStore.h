#pragma once
// RelayStore over QtSql, for both QSQLITE and QPSQL. One connection per store object,
// used from the thread that opened it.
#include "RelayStore.h"
#include "SqlConnection.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace saib::relay {

class SqlRelayStore final : public RelayStore {
public:
    SqlRelayStore();
    ~SqlRelayStore() override;

    Error withinRequest(const std::function<Error()> &work) override
    {
        return m_db.isPostgres() ? work() : m_db.transaction(work);
    }
    SqlRelayStore(const SqlRelayStore &) = delete;
    SqlRelayStore &operator=(const SqlRelayStore &) = delete;

    Error open(const DatabaseUrl &url);

    Error registerAccount(const DeviceRecord &firstDevice) override;
    Result<DeviceRecord> device(const QString &accountId, const QString &deviceId) override;
    Result<QList<DeviceRecord>> devices(const QString &accountId) override;
    Error revokeDevice(const QString &accountId, const QString &deviceId) override;
    Error putChallenge(const QString &challenge, const ChallengeRecord &record) override;
    Result<ChallengeRecord> takeChallenge(const QString &challenge) override;
    Result<qint64> storedBytes(const QString &accountId) override;
    Result<AppendOutcome> appendEnvelopes(const QString &accountId, const QString &deviceId,
                                          const QList<protocol::Envelope> &envelopes,
                                          qint64 quotaBytes) override;
    Result<QList<protocol::Envelope>> envelopesSince(const QString &accountId, qint64 since,
                                                     int limit) override;
    Result<qint64> headSeq(const QString &accountId) override;
    Error addEpochGrants(const QString &accountId, int epoch,
                         const QList<QPair<QString, QByteArray>> &grants) override;
    Result<int> currentEpoch(const QString &accountId) override;
    Result<QList<QByteArray>> epochGrants(const QString &accountId, const QString &deviceId) override;
    Result<qint64> markMoved(const QString &accountId, const QString &deviceId, int epoch) override;
    Error addDevice(const DeviceRecord &device) override;
    Error createPairing(const PairingSlot &pairing) override;
    Result<PairingSlot> pairing(const QString &slot, qint64 nowMs) override;
    Error appendPairingMessage(const QString &slot, int index, const QByteArray &message,
                               const QByteArray &responderToken, qint64 nowMs) override;
    Error closePairing(const QString &slot) override;
    Result<int> countHit(const QString &bucket, qint64 windowStartMs) override;
    Result<SecureBuffer> tokenSecret() override;
    Error purgeExpired(qint64 nowMs) override;

private:
    // Short forms of m_db's helpers (see SqlConnection.h).
    SqlStatement prepare(const QString &sql);
    Error exec(QSqlQuery &query);
    Error execRaw(const QString &sql);
    Error createSchema();
    Error lockAccount(const QString &accountId);

    SqlConnection m_db;
};

} // namespace saib::relay

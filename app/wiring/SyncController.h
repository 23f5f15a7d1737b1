#pragma once
// The QML-facing sync settings ("sync" in QML): turn sync on, pair devices, see status,
// remove a lost device, turn it off. Owns a sync::SyncEngine while the vault is unlocked
// and syncs on its own: on unlock, a few seconds after a change here, and every few
// minutes. Errors become sentences in the UI language; nothing secret reaches QML.
#include <core/sync/SyncEngine.h>

#include "OpResult.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <memory>

namespace saib {
class Vault;
}

namespace saib::ui {

class AppController;

class SyncController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool enabled READ enabled NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    Q_PROPERTY(bool joining READ joining NOTIFY statusChanged)
    Q_PROPERTY(QString relayUrl READ relayUrl NOTIFY statusChanged)
    Q_PROPERTY(QString pairingCode READ pairingCode NOTIFY statusChanged)
    Q_PROPERTY(QString pairingLink READ pairingLink NOTIFY statusChanged)
    // Joining device, once the key has arrived: the 6 digits to compare with the other
    // screen, and what joining will share with whom. Nothing is saved until confirmJoin().
    Q_PROPERTY(QString joinSas READ joinSas NOTIFY statusChanged)
    Q_PROPERTY(QString joinSummary READ joinSummary NOTIFY statusChanged)
    Q_PROPERTY(QString lastSyncedText READ lastSyncedText NOTIFY statusChanged)
    Q_PROPERTY(int pending READ pending NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)
    Q_PROPERTY(QString reportText READ reportText NOTIFY statusChanged)
    // Envelopes the relay handed over that were refused, until the user says they saw it.
    Q_PROPERTY(QString rejectedText READ rejectedText NOTIFY statusChanged)
    // While records are re-sealed under a new key after a removal: how far it has got.
    Q_PROPERTY(QString rotationText READ rotationText NOTIFY statusChanged)
    // While records arrive from the relay: "Receiving your records: 40%" ("" otherwise).
    // A first sync of years of entries takes seconds; each part is usable once written.
    Q_PROPERTY(QString progressText READ progressText NOTIFY statusChanged)
    Q_PROPERTY(QString approveText READ approveText NOTIFY approveTextChanged)
    Q_PROPERTY(bool approveFailed READ approveFailed NOTIFY approveTextChanged)
    // Existing device, after adding one: the digits the new device must show.
    Q_PROPERTY(QString approveSas READ approveSas NOTIFY approveTextChanged)
    Q_PROPERTY(QVariantList devices READ devices NOTIFY devicesChanged)

public:
    SyncController(Vault &vault, AppController &app, QObject *parent = nullptr);
    ~SyncController() override;

    bool enabled() const;
    bool busy() const;
    bool joining() const;
    QString relayUrl() const;
    QString pairingCode() const { return m_pairingCode; }
    QString pairingLink() const;
    QString joinSas() const;
    QString joinSummary() const;
    QString lastSyncedText() const;
    int pending() const;
    QString errorText() const { return m_errorText; }
    QString reportText() const;
    QString rejectedText() const;
    QString rotationText() const;
    QString progressText() const;
    QString approveText() const { return m_approveText; }
    bool approveFailed() const { return m_approveFailed; }
    QString approveSas() const { return m_approveSas; }
    QVariantList devices() const { return m_devices; }

    // Each answers ok when started (or done); how a started one goes shows in the status.
    Q_INVOKABLE saib::ui::OpResult enableSync(const QString &relayAddress);
    Q_INVOKABLE saib::ui::OpResult joinAccount(const QString &relayAddress);
    Q_INVOKABLE void cancelJoin();
    // The user says the digits match (joins, then syncs) or not (abandons the join).
    Q_INVOKABLE void confirmJoin();
    Q_INVOKABLE void rejectJoin();
    Q_INVOKABLE void approveDevice(const QString &code);
    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void acknowledgeRejected();
    Q_INVOKABLE void refreshDevices();
    Q_INVOKABLE void removeDevice(const QString &deviceId);
    // Names a device in the list ("" for the default).
    Q_INVOKABLE saib::ui::OpResult renameDevice(const QString &deviceId, const QString &name);
    // This device's name before the user picks one, from the platform (see the .cpp).
    static QString platformDeviceName();
    Q_INVOKABLE saib::ui::OpResult disableSync();

    // The engine, while unlocked (tests).
    sync::SyncEngine *engine() { return m_engine.get(); }

signals:
    // One result per asynchronous action, as every controller reports to QML (OpResult);
    // the status properties above stay the lasting picture the Sync page shows.
    void enableFinished(saib::ui::OpResult result);
    // The joining device's run up to the digits to compare (or its failure).
    void joinFinished(saib::ui::OpResult result);
    void approveFinished(saib::ui::OpResult result);
    void syncFinished(saib::ui::OpResult result);
    void removeFinished(saib::ui::OpResult result);
    void statusChanged();
    void approveTextChanged();
    void devicesChanged();

private:
    void onVaultStateChanged();
    void onLanguageChanged();
    void refreshStatus();
    // A typed relay address checked (and the old error cleared), or why not.
    Result<QUrl> relayUrlFor(const QString &relayAddress);
    // Sync is on: sync now, then every few minutes, and list the devices.
    void startSyncing();
    void afterSync(const Error &e);
    void pollJoin();
    void setError(const Error &e);
    void setApproveText(const QString &text, bool failed);
    // The list's name for a device: the one chosen (or, for this device, the platform's).
    QString deviceName(const QString &deviceId, bool isThis);

    Vault &m_vault;
    AppController &m_app;
    std::unique_ptr<sync::SyncEngine> m_engine;
    sync::SyncStatus m_status; // the engine's state as of its last statusChanged
    QTimer m_periodic;    // every few minutes while sync is on
    QTimer m_soon;        // shortly after a local change
    QTimer m_joinPoll;    // asks whether the other device approved yet
    QString m_pairingCode;
    QString m_errorText;
    QString m_approveText;
    bool m_approveFailed = false;
    QString m_approveSas;
    QVariantList m_devices;
};

} // namespace saib::ui

#pragma once
// The QML-facing application object (the `App` singleton): the session (create, unlock,
// lock), preferences (language, look, auto-lock, remember on this device) and the event
// hub the feature controllers listen to. It owns the Vault and turns core Errors into
// translated sentences. It never hands keys or SQL to QML. The check-in feature is
// CheckinController.
#include "IdleLock.h"
#include "OpResult.h"
#include <platform/SleepWatcher.h>
#include "SystemAppearance.h"

#include <core/vault/Preferences.h>
#include <core/vault/Vault.h>
#include <platform/Keychain.h>
#include <platform/RememberedKey.h>

#include <QObject>
#include <QTimer>
#include <QTranslator>

class QQmlEngine;

namespace saib::ui {

class AppController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool vaultExists READ vaultExists NOTIFY stateChanged)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY stateChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY autoLockChanged)
    // Leaving the app locks at once (0) or after a grace of 1 or 5 minutes.
    Q_PROPERTY(int graceMinutes READ graceMinutes WRITE setGraceMinutes NOTIFY autoLockChanged)
    // Look: "system", "light" or "dark"; darkMode is the result; fontScale follows the
    // system text size.
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool darkMode READ darkMode NOTIFY themeChanged)
    Q_PROPERTY(qreal fontScale READ fontScale NOTIFY themeChanged)
    // "Remember on this device": the database key in the OS keychain.
    Q_PROPERTY(bool rememberOnDevice READ rememberOnDevice NOTIFY rememberChanged)
    Q_PROPERTY(bool rememberBusy READ rememberBusy NOTIFY rememberChanged)
    // A passphrase is being checked or wrapped (Argon2id on a worker thread): pages show
    // their progress state and refuse a second submit meanwhile.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    AppController(const QString &dataDir, KdfParams kdf, QObject *parent = nullptr);
    ~AppController() override;

    // Lets setLanguage() retranslate every qsTr binding in the engine.
    void attachEngine(QQmlEngine *engine);

    Vault &vault() { return m_vault; }

    bool vaultExists() const { return m_vault.exists(); }
    bool unlocked() const { return m_vault.isUnlocked(); }
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString dataDir() const { return m_vault.dataDir(); }
    QString version() const;
    int autoLockMinutes() const { return m_prefs.autoLockMinutes(); }
    void setAutoLockMinutes(int minutes);
    int graceMinutes() const { return m_prefs.graceMinutes(); }
    void setGraceMinutes(int minutes);
    // Tests only: as if the app went to the background (or came back), and a short grace.
    void setAppHiddenForTests(bool hidden) { appVisibilityChanged(!hidden); }
    void setGraceMsForTests(int ms) { m_graceMsForTests = ms; }
    // Tests only: a short idle time without touching the saved preference.
    void setAutoLockMsForTests(int ms) { m_idle.setTimeoutMs(ms); }
    // Tests only: move the idle clock forward, as if the machine had slept that long.
    void sleepForTests(qint64 ms);
    // Tests only: what logind's PrepareForSleep(true) does.
    void aboutToSleepForTests() { emit m_sleep.aboutToSleep(); }
    QString theme() const { return m_prefs.theme(); }
    void setTheme(const QString &theme);
    bool darkMode() const;
    qreal fontScale() const { return m_appearance.fontScale(); }
    void setFontScaleForTests(qreal scale) { m_appearance.setFontScaleForTests(scale); }
    bool rememberOnDevice() const { return m_remembered.isOn(); }
    bool rememberBusy() const { return m_remembered.isBusy(); }

    bool busy() const { return m_busy; }

    // The pages' way: Argon2id runs on a worker thread and the answer (an OpResult) arrives
    // as createFinished / unlockFinished / passphraseChangeFinished. Ignored while busy (no
    // double submit).
    Q_INVOKABLE void startCreateVault(const QString &passphrase, const QString &confirm);
    Q_INVOKABLE void startUnlock(const QString &passphrase);
    Q_INVOKABLE void startChangePassphrase(const QString &current, const QString &next,
                                           const QString &confirm);

    // The same, blocking until done (tests and fixtures set up a store with these; the
    // pages never call them).
    Q_INVOKABLE saib::ui::OpResult createVault(const QString &passphrase, const QString &confirm);
    Q_INVOKABLE saib::ui::OpResult unlock(const QString &passphrase);
    Q_INVOKABLE void lock();
    // Turns "remember on this device" on (needs the vault unlocked) or off; the answer
    // arrives as rememberFinished because the keychain may take a moment.
    Q_INVOKABLE void setRememberOnDevice(bool on);
    // Unlocks with the remembered key; the answer arrives as rememberFinished.
    Q_INVOKABLE void unlockRemembered();
    Q_INVOKABLE saib::ui::OpResult changePassphrase(const QString &current, const QString &next,
                                                    const QString &confirm);
    Q_INVOKABLE int passphraseStrength(const QString &passphrase) const;
    Q_INVOKABLE QString strengthLabel(int strength) const;

    // After a restore or import wrote records behind the controllers' backs: tells every
    // view to refresh.
    void dataReplaced();
    // After the vault was opened by other means than unlock() (the recovery key).
    void afterUnlock();
    // Forgot passphrase: re-wraps under `next` with the parsed recovery key, Argon2id in
    // the helper process off the UI thread (busy meanwhile), then opens the store. The
    // answer arrives as passphraseResetFinished. The caller checked `next` already.
    void startResetPassphrase(SecureBuffer recoveryKey, const QString &next);

signals:
    void stateChanged();
    // Emitted just before the vault locks, so open editors can flush their drafts.
    void aboutToLock();
    void languageChanged();
    void autoLockChanged();
    void dataChanged();
    void themeChanged();
    void rememberChanged();
    void rememberFinished(const saib::ui::OpResult &result);
    void busyChanged();
    void createFinished(const saib::ui::OpResult &result);
    void unlockFinished(const saib::ui::OpResult &result);
    // startUnlock's key has arrived from Argon2id (on the UI thread, before the store is
    // opened): the start of the dashboard's 150 ms budget that `--bench-startup` measures.
    void keyDerived();
    void passphraseChangeFinished(const saib::ui::OpResult &result);
    void passphraseResetFinished(const saib::ui::OpResult &result);

private:
    void appVisibilityChanged(bool visible);
    void setBusy(bool busy);
    // Whether the new passphrase and its confirmation may be used.
    static Error checkNewPassphrase(const QString &next, const QString &confirm);

    Vault m_vault;
    Preferences m_prefs;
    QString m_language;
    QTranslator m_translator;
    QQmlEngine *m_engine = nullptr;
    IdleLock m_idle;
    platform::SleepWatcher m_sleep; // locks before the machine suspends
    qint64 m_testSleepMs = 0;
    QTimer m_grace; // runs while the app is in the background within the grace period
    int m_graceMsForTests = 0;
    SystemAppearance m_appearance;
    platform::Keychain m_keychain;
    platform::BiometricGate *m_gate; // owned by this (QObject child)
    platform::RememberedKey m_remembered;
    KdfParams m_kdf;
    bool m_busy = false;
    // Bumped by lock(): an unlock still deriving its key when the app was locked (sent to
    // the background, say) is dropped instead of opening the store behind the leader's back.
    quint64 m_lockGeneration = 0;
};

} // namespace saib::ui

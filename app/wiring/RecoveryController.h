#pragma once
// The recovery key in the app ("recovery" in QML): made at setup or from Settings,
// shown once with a PDF to save or print, confirmed by typing two groups back; and the
// lock screen's "Forgot your passphrase?" (recovery key -> new passphrase). The key is
// held only in secure memory while it is on screen, and wiped when it is confirmed,
// skipped or the app locks.
#include "OpResult.h"
#include <core/crypto/SecureBuffer.h>

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace saib::ui {

class AppController;

class RecoveryController : public QObject {
    Q_OBJECT
    // A sentence: whether this store has a recovery key, and since when.
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(bool hasKey READ hasKey NOTIFY changed)
    // A new key is on screen, waiting to be confirmed (the shell shows RecoveryKeyPage).
    Q_PROPERTY(bool showingKey READ showingKey NOTIFY changed)
    Q_PROPERTY(QStringList keyGroups READ keyGroups NOTIFY changed)
    // The two groups (1-based) the leader types back to show the key was kept.
    Q_PROPERTY(int firstCheck READ firstCheck NOTIFY changed)
    Q_PROPERTY(int secondCheck READ secondCheck NOTIFY changed)

public:
    RecoveryController(AppController &app, QObject *parent = nullptr);

    QString status() const;
    bool hasKey() const;
    bool showingKey() const { return m_showing; }
    QStringList keyGroups() const;
    int firstCheck() const { return m_first; }
    int secondCheck() const { return m_second; }

    // First run: creates the store (as app.createVault) and then its recovery key.
    Q_INVOKABLE saib::ui::OpResult setUpVault(const QString &passphrase, const QString &confirm);
    // The same with Argon2id off the UI thread (App.busy meanwhile); the page's way. The
    // answer arrives as setUpFinished.
    Q_INVOKABLE void startSetUpVault(const QString &passphrase, const QString &confirm);
    // Makes a new recovery key (the old one stops working) and shows it.
    Q_INVOKABLE saib::ui::OpResult makeNewKey();
    Q_INVOKABLE saib::ui::OpResult confirmKept(const QString &first, const QString &second);
    // Closes the key page without the check (the key stays valid; a new one can be made).
    Q_INVOKABLE void closeKey();
    // The key on screen as a one-page PDF, in the UI language, owner-only.
    Q_INVOKABLE saib::ui::OpResult savePdf(const QString &fileOrUrl);
    Q_INVOKABLE QUrl suggestedPdfFile() const;
    // The lock screen: ok, or why the typed key is not a key (a typo names its group).
    Q_INVOKABLE saib::ui::OpResult checkKey(const QString &typed) const;
    Q_INVOKABLE saib::ui::OpResult resetPassphrase(const QString &recoveryKey, const QString &next,
                                                   const QString &confirm);
    // The same with Argon2id off the UI thread (App.busy meanwhile); the page's way. The
    // answer arrives as resetFinished; a typo in the key, a short or
    // mismatched passphrase are answered at once, before any slow work.
    Q_INVOKABLE void startResetPassphrase(const QString &recoveryKey, const QString &next,
                                          const QString &confirm);

signals:
    void changed();
    void setUpFinished(const saib::ui::OpResult &result);
    void resetFinished(const saib::ui::OpResult &result);

private:
    Error showNewKey();
    OpResult afterCreate(const OpResult &created);
    void forgetKey();

    AppController &m_app;
    SecureBuffer m_formatted; // the key on screen, in groups; empty otherwise
    bool m_showing = false;
    bool m_settingUp = false; // startSetUpVault is waiting for App.createFinished
    int m_first = 0;
    int m_second = 0;
};

} // namespace saib::ui

#pragma once
// The QML-facing backup, restore and journal import ("backup" in QML), used by the
// Settings page. Paths arrive as file: URLs from a FileDialog (or plain paths from tests).
// Passphrases pass straight through to core, which copies them into secure memory; the
// backup itself is encrypted in memory and never written in plaintext.
#include <core/backup/Backup.h>
#include <core/crypto/KeyFile.h>

#include <QObject>
#include <QUrl>
#include <QVariantMap>

namespace saib::ui {

class AppController;

class BackupController : public QObject {
    Q_OBJECT
    // A backup or restore is under way (its Argon2id runs on a worker thread).
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
public:
    // `kdf`: the Argon2id limits for new backups (moderate in the app, minimum in tests).
    BackupController(AppController &app, KdfParams kdf, QObject *parent = nullptr);

    bool busy() const { return m_busy; }

    // The page's way: the same as backUp / restore below, with the key derivation and
    // encryption on a worker thread; the {error, message} map arrives as backUpFinished /
    // restoreFinished. Ignored while busy.
    Q_INVOKABLE void startBackUp(const QString &file, const QString &passphrase, const QString &confirm);
    Q_INVOKABLE void startRestore(const QString &file, const QString &passphrase);

    // Blocking versions. Each returns {error: "" or a sentence, message: a success sentence},
    // in the UI language.
    Q_INVOKABLE QVariantMap backUp(const QString &file, const QString &passphrase, const QString &confirm);
    // Only into a vault with no records yet (see core/backup/Backup.h for why).
    Q_INVOKABLE QVariantMap restore(const QString &file, const QString &passphrase);
    // A journal JSON export (Settings > Export as JSON, or `saib-cli journal export --json`).
    Q_INVOKABLE QVariantMap importJournal(const QString &file);
    // Where the file dialogs start.
    Q_INVOKABLE QUrl documentsFolder() const;

signals:
    void busyChanged();
    void backUpFinished(const QVariantMap &result);
    void restoreFinished(const QVariantMap &result);

private:
    void setBusy(bool busy);
    QString savedMessage(const QString &path) const;
    QVariantMap restored(const BackupCounts &counts);

    AppController &m_app;
    KdfParams m_kdf;
    bool m_busy = false;
};

} // namespace saib::ui

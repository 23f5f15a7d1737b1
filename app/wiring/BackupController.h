#pragma once
// The QML-facing backup, restore and journal import ("backup" in QML), used by the
// Settings page. Paths arrive as file: URLs from a FileDialog (or plain paths from tests).
// Passphrases pass straight through to core, which copies them into secure memory; the
// backup itself is encrypted in memory and never written in plaintext.
#include "OpResult.h"
#include <core/backup/Backup.h>
#include <core/crypto/KeyFile.h>

#include <QObject>
#include <QUrl>

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

    // The key derivation and encryption run on a worker thread; the answer arrives as
    // backUpFinished / restoreFinished, its message the success sentence when ok. Ignored
    // while busy. A restore goes only into a vault with no records yet (see
    // core/backup/Backup.h for why).
    Q_INVOKABLE void startBackUp(const QString &file, const QString &passphrase, const QString &confirm);
    Q_INVOKABLE void startRestore(const QString &file, const QString &passphrase);

    // A journal JSON export (Settings > Export as JSON, or `saib-cli journal export --json`);
    // the message says what was imported.
    Q_INVOKABLE saib::ui::OpResult importJournal(const QString &file);
    // Where the file dialogs start.
    Q_INVOKABLE QUrl documentsFolder() const;

signals:
    void busyChanged();
    void backUpFinished(const saib::ui::OpResult &result);
    void restoreFinished(const saib::ui::OpResult &result);

private:
    void setBusy(bool busy);
    QString savedMessage(const QString &path) const;
    OpResult restored(const BackupCounts &counts);

    AppController &m_app;
    KdfParams m_kdf;
    bool m_busy = false;
};

} // namespace saib::ui

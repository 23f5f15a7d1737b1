#pragma once
// The QML-facing backup, restore and journal import ("backup" in QML), used by the
// Settings page. Paths arrive as file: URLs from a FileDialog (or plain paths from tests).
// Passphrases pass straight through to core, which copies them into secure memory; the
// backup itself is encrypted in memory and never written in plaintext.
#include <core/crypto/KeyFile.h>

#include <QObject>
#include <QUrl>
#include <QVariantMap>

namespace saib::ui {

class AppController;

class BackupController : public QObject {
    Q_OBJECT
public:
    // `kdf`: the Argon2id limits for new backups (moderate in the app, minimum in tests).
    BackupController(AppController &app, KdfParams kdf, QObject *parent = nullptr);

    // Each returns {error: "" or a sentence, message: a success sentence}, in the UI language.
    Q_INVOKABLE QVariantMap backUp(const QString &file, const QString &passphrase, const QString &confirm);
    // Only into a vault with no records yet (see core/backup/Backup.h for why).
    Q_INVOKABLE QVariantMap restore(const QString &file, const QString &passphrase);
    // A journal JSON export (Settings > Export as JSON, or `saib-cli journal export --json`).
    Q_INVOKABLE QVariantMap importJournal(const QString &file);
    // Where the file dialogs start.
    Q_INVOKABLE QUrl documentsFolder() const;

private:
    AppController &m_app;
    KdfParams m_kdf;
};

} // namespace saib::ui

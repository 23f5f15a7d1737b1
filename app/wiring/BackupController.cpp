#include "BackupController.h"
#include "AppController.h"
#include "Background.h"
#include "KdfProcess.h"

#include <core/backup/Backup.h>
#include <core/crypto/PassphraseStrength.h>
#include <core/journal/JournalExport.h>

#include <QDir>
#include <QStandardPaths>

namespace saib::ui {

namespace {
QString localPath(const QString &fileOrUrl)
{
    const QUrl url(fileOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : fileOrUrl;
}
} // namespace

BackupController::BackupController(AppController &app, KdfParams kdf, QObject *parent)
    : QObject(parent), m_app(app), m_kdf(kdf)
{
}

QString BackupController::savedMessage(const QString &path) const
{
    return tr("Backup saved to %1. Keep its passphrase safe: without it nobody can open the backup.")
        .arg(QDir::toNativeSeparators(path));
}

void BackupController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

// The records are read here (the database belongs to this thread); serialising,
// Argon2id (in the helper process, KdfProcess.h), encryption and the atomic write happen
// on the worker.
void BackupController::startBackUp(const QString &file, const QString &passphrase, const QString &confirm)
{
    if (m_busy)
        return;
    Vault &vault = m_app.vault();
    if (!vault.isUnlocked())
        return emit backUpFinished(OpResult::from(ErrorCode::Locked));
    if (passphrase != confirm)
        return emit backUpFinished(OpResult::from(ErrorCode::PassphraseMismatch));
    if (passphrase.size() < kMinPassphraseLength)
        return emit backUpFinished(OpResult::from(ErrorCode::PassphraseTooShort));
    auto data = Backup::collect(*vault.database());
    if (!data.ok())
        return emit backUpFinished(OpResult::from(data.error()));
    const QString path = localPath(file);
    setBusy(true);
    runInBackground(
        this,
        [data = data.take(), path, passphrase, kdf = m_kdf, derive = helperKdf()] {
            return Backup::writeFile(data, path, passphrase, kdf, derive);
        },
        [this, path](Result<BackupCounts> counts) {
            setBusy(false);
            emit backUpFinished(counts.ok() ? OpResult::success(savedMessage(path)) : OpResult::from(counts.error()));
        });
}

// The slow passphrase check and decryption run on the worker; the restore itself writes
// the database here, after checking again that nothing arrived meanwhile.
void BackupController::startRestore(const QString &file, const QString &passphrase)
{
    if (m_busy)
        return;
    Vault &vault = m_app.vault();
    if (!vault.isUnlocked())
        return emit restoreFinished(OpResult::from(ErrorCode::Locked));
    auto empty = Backup::isEmpty(*vault.database());
    if (!empty.ok())
        return emit restoreFinished(OpResult::from(empty.error()));
    if (!empty.value())
        return emit restoreFinished(OpResult::from(ErrorCode::RestoreTargetNotEmpty));
    setBusy(true);
    runInBackground(
        this,
        [path = localPath(file), passphrase, derive = helperKdf()] { return Backup::readFile(path, passphrase, derive); },
        [this](Result<BackupData> data) {
            setBusy(false);
            Vault &vault = m_app.vault();
            if (!vault.isUnlocked())
                return emit restoreFinished(OpResult::from(ErrorCode::Locked));
            if (!data.ok())
                return emit restoreFinished(OpResult::from(data.error()));
            auto counts = Backup::restore(*vault.database(), data.value());
            emit restoreFinished(counts.ok() ? restored(counts.value()) : OpResult::from(counts.error()));
        });
}

OpResult BackupController::restored(const BackupCounts &c)
{
    m_app.dataReplaced();
    return OpResult::success(tr("Restored from the backup: %1 check-ins, %2 journal entries, %3 weekly ratings and %4 skills assessments.")
                       .arg(c.checkins).arg(c.entries).arg(c.ratings).arg(c.skills));
}

OpResult BackupController::importJournal(const QString &file)
{
    Vault &vault = m_app.vault();
    if (!vault.isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    JournalStore journal = vault.journal();
    auto summary = JournalExport::importJson(journal, localPath(file));
    if (!summary.ok())
        return OpResult::from(summary.error());
    m_app.dataReplaced();
    const ImportSummary &s = summary.value();
    return OpResult::success(tr("Journal imported: %1 new, %2 updated, %3 already here.")
                       .arg(s.added).arg(s.updated).arg(s.skipped));
}

QUrl BackupController::documentsFolder() const
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(docs.isEmpty() ? QDir::homePath() : docs);
}

} // namespace saib::ui

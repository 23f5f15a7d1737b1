#include "BackupController.h"
#include "AppController.h"
#include "Background.h"
#include "KdfProcess.h"

#include <core/ErrorMessages.h>
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

QVariantMap failure(const QString &message)
{
    return {{QStringLiteral("error"), message}, {QStringLiteral("message"), QString()}};
}

QVariantMap success(const QString &message)
{
    return {{QStringLiteral("error"), QString()}, {QStringLiteral("message"), message}};
}
} // namespace

BackupController::BackupController(AppController &app, KdfParams kdf, QObject *parent)
    : QObject(parent), m_app(app), m_kdf(kdf)
{
}

QVariantMap BackupController::backUp(const QString &file, const QString &passphrase, const QString &confirm)
{
    Vault &vault = m_app.vault();
    if (!vault.isUnlocked())
        return failure(errorMessage(ErrorCode::Locked));
    if (passphrase != confirm)
        return failure(errorMessage(ErrorCode::PassphraseMismatch));
    const QString path = localPath(file);
    auto counts = Backup::writeFile(*vault.database(), path, passphrase, m_kdf);
    if (!counts.ok())
        return failure(errorMessage(counts.error()));
    return success(savedMessage(path));
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
        return emit backUpFinished(failure(errorMessage(ErrorCode::Locked)));
    if (passphrase != confirm)
        return emit backUpFinished(failure(errorMessage(ErrorCode::PassphraseMismatch)));
    if (passphrase.size() < kMinPassphraseLength)
        return emit backUpFinished(failure(errorMessage(ErrorCode::PassphraseTooShort)));
    auto data = Backup::collect(*vault.database());
    if (!data.ok())
        return emit backUpFinished(failure(errorMessage(data.error())));
    const QString path = localPath(file);
    setBusy(true);
    runInBackground(
        this,
        [data = data.take(), path, passphrase, kdf = m_kdf, derive = helperKdf()] {
            return Backup::writeFile(data, path, passphrase, kdf, derive);
        },
        [this, path](Result<BackupCounts> counts) {
            setBusy(false);
            emit backUpFinished(counts.ok() ? success(savedMessage(path)) : failure(errorMessage(counts.error())));
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
        return emit restoreFinished(failure(errorMessage(ErrorCode::Locked)));
    auto empty = Backup::isEmpty(*vault.database());
    if (!empty.ok())
        return emit restoreFinished(failure(errorMessage(empty.error())));
    if (!empty.value())
        return emit restoreFinished(failure(errorMessage(ErrorCode::RestoreTargetNotEmpty)));
    setBusy(true);
    runInBackground(
        this,
        [path = localPath(file), passphrase, derive = helperKdf()] { return Backup::readFile(path, passphrase, derive); },
        [this](Result<BackupData> data) {
            setBusy(false);
            Vault &vault = m_app.vault();
            if (!vault.isUnlocked())
                return emit restoreFinished(failure(errorMessage(ErrorCode::Locked)));
            if (!data.ok())
                return emit restoreFinished(failure(errorMessage(data.error())));
            auto counts = Backup::restore(*vault.database(), data.value());
            emit restoreFinished(counts.ok() ? restored(counts.value()) : failure(errorMessage(counts.error())));
        });
}

QVariantMap BackupController::restored(const BackupCounts &c)
{
    m_app.dataReplaced();
    return success(tr("Restored from the backup: %1 check-ins, %2 journal entries, %3 weekly ratings and %4 skills assessments.")
                       .arg(c.checkins).arg(c.entries).arg(c.ratings).arg(c.skills));
}

QVariantMap BackupController::restore(const QString &file, const QString &passphrase)
{
    Vault &vault = m_app.vault();
    if (!vault.isUnlocked())
        return failure(errorMessage(ErrorCode::Locked));
    // Refuse early, before the slow passphrase check, when restoring cannot work anyway.
    auto empty = Backup::isEmpty(*vault.database());
    if (!empty.ok())
        return failure(errorMessage(empty.error()));
    if (!empty.value())
        return failure(errorMessage(ErrorCode::RestoreTargetNotEmpty));
    auto data = Backup::readFile(localPath(file), passphrase);
    if (!data.ok())
        return failure(errorMessage(data.error()));
    auto counts = Backup::restore(*vault.database(), data.value());
    if (!counts.ok())
        return failure(errorMessage(counts.error()));
    return restored(counts.value());
}

QVariantMap BackupController::importJournal(const QString &file)
{
    Vault &vault = m_app.vault();
    if (!vault.isUnlocked())
        return failure(errorMessage(ErrorCode::Locked));
    JournalStore journal = vault.journal();
    auto summary = JournalExport::importJson(journal, localPath(file));
    if (!summary.ok())
        return failure(errorMessage(summary.error()));
    m_app.dataReplaced();
    const ImportSummary &s = summary.value();
    return success(tr("Journal imported: %1 new, %2 updated, %3 already here.")
                       .arg(s.added).arg(s.updated).arg(s.skipped));
}

QUrl BackupController::documentsFolder() const
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(docs.isEmpty() ? QDir::homePath() : docs);
}

} // namespace saib::ui

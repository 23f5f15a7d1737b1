#pragma once
// saib-cli backup FILE / restore FILE: the encrypted backup (core/backup). The backup
// passphrase comes from SAIB_BACKUP_PASSPHRASE or a terminal prompt; it is separate from
// the device passphrase (SAIB_PASSPHRASE), which unlocks or creates the store here.
#include <QCommandLineParser>
#include <QString>

namespace saib::cli {
// `kdf` is the Argon2id profile for a new backup or a store created by restore.
int backupCreate(const QString &dataDir, const QCommandLineParser &parser, const QString &file);
// Restores into a fresh store here (created with SAIB_PASSPHRASE or a prompt) or into an
// existing one that holds nothing yet; anything else is refused and nothing changes.
int backupRestore(const QString &dataDir, const QCommandLineParser &parser, const QString &file);
} // namespace saib::cli

#pragma once
// Encrypted backup and restore of everything in the vault (DESIGN.md §7; the file
// format is in BackupFile.h, its plaintext in BackupPayload.h).
//
// Restore policy: a backup is restored only into an EMPTY vault (no check-ins, journal
// entries, draft, ratings or skills assessments; settings do not count and are replaced
// by the backup's). Anything else is refused with RestoreTargetNotEmpty and nothing
// changes. Merging was rejected on purpose: a merge has to pick winners record by record,
// and silently overwriting (or keeping) a day's check-in is a loss either way; sync
// (DESIGN.md §5) is the tool for combining devices. Restore writes in one transaction,
// so a failure part-way leaves the vault exactly as it was.
#include "BackupPayload.h"

#include "../Error.h"
#include "../crypto/KeyFile.h"

#include <QString>

namespace saib {

class Database;

struct BackupCounts {
    int checkins = 0;
    int entries = 0;
    int ratings = 0;
    int skills = 0;
    int settings = 0;
    bool draft = false;
};

namespace Backup {
BackupCounts countsOf(const BackupData &data);
// Reads every record of the open vault.
Result<BackupData> collect(Database &db);
// True when nothing but settings is stored.
Result<bool> isEmpty(Database &db);
// See the policy above.
Result<BackupCounts> restore(Database &db, const BackupData &data);

// Collects, encrypts under `passphrase` (Argon2id with `kdf`) and atomically writes
// `path` (owner-only). No plaintext ever reaches the disk.
Result<BackupCounts> writeFile(Database &db, const QString &path, const QString &passphrase,
                               const KdfParams &kdf);
// The same from records already collected: needs no database, so an app can collect on
// its own thread and leave the slow Argon2id and encryption to a worker.
// `via` runs the Argon2id (the app's helper process); empty: in this process.
Result<BackupCounts> writeFile(const BackupData &data, const QString &path, const QString &passphrase,
                               const KdfParams &kdf, const PassphraseKdf &via = {});
// Reads, decrypts and parses `path`, in memory only. Nothing is written.
Result<BackupData> readFile(const QString &path, const QString &passphrase, const PassphraseKdf &via = {});
} // namespace Backup

} // namespace saib

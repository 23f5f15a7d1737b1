#pragma once
// The one way Saib writes a whole file: the key file, exports, backups and survey key
// files all go through here. The bytes go to a temporary beside the target and are
// renamed over it only when every byte reached the disk, so a crash or a full disk leaves
// the old file (or none), never a short or empty one.
#include "../Error.h"

#include <QByteArray>
#include <QString>

namespace saib::AtomicFile {

enum class Access {
    OwnerOnly, // 0600, set before any byte is written (plaintext exports, secrets)
    Default,   // the umask's choice (public keys, signed definitions)
};

// Writes `bytes` to `path` atomically. A full disk gives DiskFull, a read-only folder
// ReadOnlyStorage; any other failure gives `failure` (the caller's own code, e.g.
// BackupWriteFailed) with the system's reason as detail.
Error write(const QString &path, const QByteArray &bytes, ErrorCode failure,
            Access access = Access::OwnerOnly);

} // namespace saib::AtomicFile

#include "AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace saib::AtomicFile {

namespace {
bool folderReadOnly(const QString &path)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    return folder.isDir() && !folder.isWritable();
}

// Qt reports ENOSPC (and EDQUOT) as ResourceError.
Error writeFailure(const QSaveFile &out, ErrorCode failure)
{
    return Error(out.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : failure,
                 out.fileName() + QStringLiteral(": ") + out.errorString());
}
} // namespace

Error write(const QString &path, const QByteArray &bytes, ErrorCode failure, Access access)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error(folderReadOnly(path) ? ErrorCode::ReadOnlyStorage : failure,
                     path + QStringLiteral(": ") + out.errorString());
    if (access == Access::OwnerOnly)
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Flush and check before commit: Qt 6.4's QSaveFile::commit() returns true when its
    // own final flush fails (ENOSPC) and renames an EMPTY file over the target.
    if (out.write(bytes) != bytes.size() || !out.flush() || out.error() != QFileDevice::NoError) {
        const Error e = writeFailure(out, failure);
        out.cancelWriting();
        return e;
    }
#ifdef Q_OS_UNIX
    // commit() syncs too but ignores the result; a filesystem that only finds out at
    // fsync that the blocks are not there must not get the rename.
    if (::fsync(out.handle()) != 0 && errno != EINVAL) {
        const int err = errno;
        out.cancelWriting();
        return Error(err == ENOSPC || err == EDQUOT ? ErrorCode::DiskFull : failure,
                     path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(err)));
    }
#endif
    if (!out.commit())
        return writeFailure(out, failure);
    return {};
}

} // namespace saib::AtomicFile

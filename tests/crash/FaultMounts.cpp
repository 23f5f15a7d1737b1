#include "FaultMounts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace saib::test {

namespace {
QString lastError() { return QString::fromLocal8Bit(std::strerror(errno)); }
QByteArray native(const QString &path) { return QFile::encodeName(QFileInfo(path).absoluteFilePath()); }

bool probeWrite(const QString &dir)
{
    QFile f(QDir(dir).filePath(QStringLiteral(".write-probe")));
    const bool ok = f.open(QIODevice::WriteOnly);
    if (ok) {
        f.close();
        f.remove();
    }
    return ok;
}
} // namespace

bool privateMounts(QString *why)
{
    static int state = 0; // 0 untried, 1 ok, 2 refused
    static QString reason;
    if (state == 0) {
        if (unshare(CLONE_NEWNS) != 0)
            reason = QStringLiteral("unshare(CLONE_NEWNS): ") + lastError();
        else if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            reason = QStringLiteral("making mounts private: ") + lastError();
        state = reason.isEmpty() ? 1 : 2;
    }
    if (why)
        *why = reason;
    return state == 1;
}

ReadOnlyFolder::ReadOnlyFolder(const QString &dir) : m_dir(dir)
{
    if (geteuid() != 0) {
        for (const QFileInfo &f : QDir(dir).entryInfoList(QDir::Files))
            QFile::setPermissions(f.filePath(), QFile::ReadOwner);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
        m_how = QStringLiteral("chmod");
    } else if (!privateMounts(&m_why)) {
        return;
    } else if (mount(native(dir).constData(), native(dir).constData(), nullptr, MS_BIND, nullptr) != 0) {
        m_why = QStringLiteral("bind mount: ") + lastError();
        return;
    } else {
        m_mounted = true;
        if (mount(nullptr, native(dir).constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0) {
            m_why = QStringLiteral("read-only remount: ") + lastError();
            return;
        }
        m_how = QStringLiteral("read-only bind mount");
    }
    m_active = !probeWrite(dir);
    if (!m_active)
        m_why = QStringLiteral("the folder is still writable after %1").arg(m_how);
}

ReadOnlyFolder::~ReadOnlyFolder()
{
    if (m_mounted)
        umount2(native(m_dir).constData(), MNT_DETACH);
    if (m_how == QLatin1String("chmod")) {
        QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        for (const QFileInfo &f : QDir(m_dir).entryInfoList(QDir::Files))
            QFile::setPermissions(f.filePath(), QFile::ReadOwner | QFile::WriteOwner);
    }
}

SmallDisk::SmallDisk(const QString &dir, int kib) : m_dir(dir)
{
    QDir().mkpath(dir);
    if (!privateMounts(&m_why))
        return;
    const QByteArray options = "size=" + QByteArray::number(kib) + "k,mode=0700";
    if (mount("tmpfs", native(dir).constData(), "tmpfs", 0, options.constData()) != 0) {
        m_why = QStringLiteral("tmpfs: ") + lastError();
        return;
    }
    m_active = true;
}

SmallDisk::~SmallDisk()
{
    if (m_active)
        umount2(native(m_dir).constData(), MNT_DETACH);
}

} // namespace saib::test

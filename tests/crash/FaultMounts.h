#pragma once
// Ways to make a data folder read-only or full for a test. As an ordinary user chmod is
// enough; root ignores permissions, so there the test process moves into a private mount
// namespace (unshare) and uses a read-only bind mount or a small tmpfs, which vanish with
// the process. When neither works, the caller is told why, to skip or fall back.
#include <QString>

namespace saib::test {

// Enters a private mount namespace once per process; false (with `why`) when not allowed.
bool privateMounts(QString *why);

class ReadOnlyFolder {
public:
    // Makes `dir` (and the files in it) read-only until destroyed.
    explicit ReadOnlyFolder(const QString &dir);
    ~ReadOnlyFolder();
    bool active() const { return m_active; }
    const QString &why() const { return m_why; } // when not active
    const QString &how() const { return m_how; } // "chmod" or "read-only bind mount"

private:
    QString m_dir;
    bool m_active = false;
    bool m_mounted = false;
    QString m_why, m_how;
};

// A tmpfs of `kib` KiB mounted on `dir` (root only, in the private namespace).
class SmallDisk {
public:
    SmallDisk(const QString &dir, int kib);
    ~SmallDisk();
    bool active() const { return m_active; }
    const QString &why() const { return m_why; }

private:
    QString m_dir;
    bool m_active = false;
    QString m_why;
};

} // namespace saib::test

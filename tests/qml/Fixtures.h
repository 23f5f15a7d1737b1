#pragma once
// Test-only helpers reachable from QML as "fixtures": fills the unlocked store with a
// deterministic synthetic year so the dashboard has something real to draw.
#include <AppController.h>
#include <core/backup/Backup.h>
#include <core/demo/SyntheticLeader.h>
#include <core/vault/Vault.h>

#include <QFile>
#include <QObject>
#include <QTemporaryDir>

class Fixtures : public QObject {
    Q_OBJECT
public:
    explicit Fixtures(saib::ui::AppController &app, QObject *parent = nullptr)
        : QObject(parent), m_app(app) {}

    Q_INVOKABLE bool fillSyntheticYear(bool endInHighLoad)
    {
        if (!m_app.vault().isUnlocked())
            return false;
        saib::SyntheticOptions o;
        o.endInHighLoad = endInHighLoad;
        o.journalEntries = 10;
        const bool ok = saib::writeSyntheticLeader(*m_app.vault().database(),
                                                   saib::generateSyntheticLeader(o)).ok();
        emit m_app.dataChanged();
        return ok;
    }

    Q_INVOKABLE void setAutoLockMs(int ms) { m_app.setAutoLockMsForTests(ms); }

    // A backup as another device would make it: a throwaway vault with `days` check-ins
    // and `entries` journal entries, backed up to `path` under `passphrase`.
    Q_INVOKABLE bool writeOtherDeviceBackup(const QString &path, const QString &passphrase, int days, int entries)
    {
        QTemporaryDir dir;
        saib::Vault other(dir.filePath(QStringLiteral("other")), saib::KdfParams::minimum());
        if (!other.create(QStringLiteral("other device passphrase")).ok())
            return false;
        saib::SyntheticOptions o;
        o.days = days;
        o.journalEntries = entries;
        o.wordsPerEntry = 40;
        if (!saib::writeSyntheticLeader(*other.database(), saib::generateSyntheticLeader(o)).ok())
            return false;
        return saib::Backup::writeFile(*other.database(), path, passphrase, saib::KdfParams::minimum()).ok();
    }
    Q_INVOKABLE bool fileExists(const QString &path) const { return QFile::exists(path); }
    Q_INVOKABLE QString tempPath(const QString &name) const { return m_dir.filePath(name); }

private:
    saib::ui::AppController &m_app;
    QTemporaryDir m_dir;
};

#pragma once
// Test-only helpers reachable from QML as "fixtures": fills the unlocked store with a
// deterministic synthetic year so the dashboard has something real to draw.
#include <AppController.h>
#include <core/demo/SyntheticLeader.h>
#include <core/vault/Vault.h>

#include <QObject>

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

    // Makes the open store refuse writes as a read-only data folder does (SQLITE_READONLY
    // -> ErrorCode::ReadOnlyStorage), or lifts that again. The real folder cases are in
    // tests/crash; this checks what the pages show.
    Q_INVOKABLE bool setStoreReadOnly(bool readOnly)
    {
        if (!m_app.vault().isUnlocked())
            return false;
        return m_app.vault().database()->exec(readOnly ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF").ok();
    }

private:
    saib::ui::AppController &m_app;
};

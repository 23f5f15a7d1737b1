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

private:
    saib::ui::AppController &m_app;
};

#pragma once
// Test-only, reachable from QML as "relayFixture": starts the real saib-relay on
// 127.0.0.1 for the sync page tests, and plays a second device (its own encrypted store
// and SyncEngine) so the page can pair with something real.
#include <core/store/CheckinStore.h>
#include <core/store/Database.h>
#include <core/sync/SyncEngine.h>

#include <LocalRelay.h>
#include <QEventLoop>
#include <QObject>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>

class RelayFixture : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~RelayFixture() override
    {
        m_engine.reset();
        m_other.reset();
    }

    // The relay's address, or "" if it did not start.
    Q_INVOKABLE QString startRelay()
    {
        if (!m_url.isEmpty())
            return m_url;
        const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("relay.db"));
        if (!m_relay.start(QStringLiteral(SAIB_RELAY_PATH), {QStringLiteral("--db"), db}).isEmpty())
            return {};
        return m_url = m_relay.url().toString();
    }

    // Second device: asks to join and returns the code it would show ("" on failure).
    Q_INVOKABLE QString secondDeviceJoin()
    {
        const saib::SecureBuffer key = saib::SecureBuffer::random(32);
        auto db = saib::Database::open(m_dir.filePath(QStringLiteral("second.db")), key,
                                       saib::Database::Mode::Create);
        if (!db.ok())
            return {};
        m_db = db.take();
        m_engine = std::make_unique<saib::sync::SyncEngine>(*m_db, [](const QString &t) { return t; });
        QString code;
        waitFor([&](auto done) {
            m_engine->startJoin(QUrl(m_url), [&, done](saib::Result<QString> r) {
                if (r.ok())
                    code = r.value();
                done();
            });
        });
        return code;
    }

    // Second device: polls until the key has arrived (while this page approves) and
    // returns the digits it shows ("" on failure).
    Q_INVOKABLE QString secondDeviceAwaitOffer()
    {
        if (!m_engine)
            return {};
        saib::Error joined(saib::ErrorCode::PairingPending);
        for (int i = 0; i < 100 && joined.code == saib::ErrorCode::PairingPending; ++i) {
            waitFor([&](auto done) { m_engine->finishJoin([&, done](saib::Error e) { joined = e; done(); }); });
            if (joined.code == saib::ErrorCode::PairingPending)
                waitFor([](auto done) { QTimer::singleShot(200, done); });
        }
        return joined.ok() && m_engine->joinOffer() ? m_engine->joinOffer()->sas : QString();
    }

    // Second device: the user confirms `sas`; it syncs and returns how many check-ins it
    // then holds (-1 on failure).
    Q_INVOKABLE int secondDeviceConfirm(const QString &sas)
    {
        if (!m_engine || !m_engine->confirmJoin(sas).ok())
            return -1;
        saib::Error synced(saib::ErrorCode::SyncBusy);
        waitFor([&](auto done) { m_engine->syncNow([&, done](saib::Error e) { synced = e; done(); }); });
        if (!synced.ok())
            return -1;
        auto n = saib::CheckinStore(*m_db).count();
        return n.ok() ? n.value() : -1;
    }

    // A device that already syncs (its own account) approving `code` typed from this
    // page; its digits appear in otherSas once the run is through.
    Q_INVOKABLE bool otherDeviceApprove(const QString &code)
    {
        const saib::SecureBuffer key = saib::SecureBuffer::random(32);
        auto db = saib::Database::open(m_dir.filePath(QStringLiteral("other.db")), key, saib::Database::Mode::Create);
        if (!db.ok())
            return false;
        m_otherDb = db.take();
        m_other = std::make_unique<saib::sync::SyncEngine>(*m_otherDb, [](const QString &t) { return t; });
        saib::Error enabled(saib::ErrorCode::SyncBusy);
        waitFor([&](auto done) { m_other->enable(QUrl(m_url), [&, done](saib::Error e) { enabled = e; done(); }); });
        if (!enabled.ok())
            return false;
        m_other->approveDevice(code, [this](saib::Result<QString> r) {
            m_otherSas = r.ok() ? r.value() : QStringLiteral("failed");
            emit otherSasChanged();
        });
        return true;
    }
    Q_PROPERTY(QString otherSas MEMBER m_otherSas NOTIFY otherSasChanged)

signals:
    void otherSasChanged();

private:
    template <typename Start>
    void waitFor(Start start)
    {
        QEventLoop loop;
        bool finished = false;
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        start([&] {
            finished = true;
            loop.quit();
        });
        if (!finished)
            loop.exec();
    }

    QTemporaryDir m_dir;
    saib::test::LocalRelay m_relay;
    QString m_url;
    std::unique_ptr<saib::Database> m_db;
    std::unique_ptr<saib::sync::SyncEngine> m_engine;
    std::unique_ptr<saib::Database> m_otherDb;
    std::unique_ptr<saib::sync::SyncEngine> m_other;
    QString m_otherSas;
};

#include "StartupProbe.h"

#include <AppController.h>

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

StartupProbe::StartupProbe(QString target, saib::ui::AppController &app, QQmlApplicationEngine &engine)
    : m_target(std::move(target)), m_app(app), m_engine(engine)
{
    m_clock.start();
    connect(&engine, &QQmlApplicationEngine::objectCreated, this, [this](QObject *root) {
        m_window = qobject_cast<QQuickWindow *>(root);
        if (!m_window)
            return finish(2, "no window");
        connect(m_window, &QQuickWindow::frameSwapped, this, &StartupProbe::frameDrawn, Qt::QueuedConnection);
    });
}

void StartupProbe::frameDrawn()
{
    if (m_target == QLatin1String("lock") || m_unlocked) {
        // After unlocking, wait for a frame that really shows the dashboard page.
        if (m_unlocked) {
            QObject *page = m_window->findChild<QObject *>(QStringLiteral("insightsPage"));
            if (!page || !page->property("visible").toBool())
                return;
        }
        disconnect(m_window, &QQuickWindow::frameSwapped, this, &StartupProbe::frameDrawn);
        return finish(0, m_unlocked ? "dashboard" : "lock screen");
    }
    if (m_target != QLatin1String("dashboard"))
        return finish(2, "unknown --bench-startup target");
    if (!m_app.vaultExists())
        return finish(2, "no store in the data folder");
    if (m_unlockStarted) // frames go on being drawn while the key is derived
        return;
    // The lock screen is up: unlock as the lock screen does, then open the Insights page.
    m_unlockStarted = true;
    connect(&m_app, &saib::ui::AppController::keyDerived, this, [this] { m_sinceKey.start(); });
    connect(&m_app, &saib::ui::AppController::unlockFinished, this, [this](const saib::ui::OpResult &result) {
        if (!result.ok || !m_app.unlocked())
            return finish(3, "unlock failed");
        m_unlocked = true;
        m_openedAfter = m_sinceKey.isValid() ? m_sinceKey.elapsed() : -1;
        if (QObject *stage = m_window->findChild<QObject *>(QStringLiteral("stage"))) {
            if (auto *area = stage->property("item").value<QObject *>())
                area->setProperty("currentIndex", 2);
        }
        m_shownAfter = m_sinceKey.isValid() ? m_sinceKey.elapsed() : -1;
        m_window->update();
    });
    m_app.startUnlock(qEnvironmentVariable("SAIB_PASSPHRASE"));
}

void StartupProbe::finish(int code, const char *what)
{
    std::printf("saib: bench-startup %s after %lld ms\n", what, static_cast<long long>(m_clock.elapsed()));
    if (m_unlocked && m_sinceKey.isValid())
        std::printf("saib: bench-startup dashboard first frame %lld ms after the key was derived "
                    "(store open and views refreshed at %lld ms, Insights page made current at %lld ms)\n",
                    static_cast<long long>(m_sinceKey.elapsed()), static_cast<long long>(m_openedAfter),
                    static_cast<long long>(m_shownAfter));
    std::fflush(stdout);
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

#pragma once
// `saib --bench-startup lock|dashboard`: quits as soon as the first frame of the lock
// screen (or, after unlocking with SAIB_PASSPHRASE, of the dashboard) has been drawn, so
// saib-bench can time a cold start as whole-process wall time. Does nothing otherwise.
// It unlocks the way the lock screen does (startUnlock: Argon2id off the UI thread) and
// also prints how long the dashboard's first frame took after the key was derived
// (issue 21's budget: 150 ms).
#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QQmlApplicationEngine;
class QQuickWindow;

namespace saib::ui {
class AppController;
}

class StartupProbe : public QObject {
    Q_OBJECT
public:
    StartupProbe(QString target, saib::ui::AppController &app, QQmlApplicationEngine &engine);

private:
    void frameDrawn();
    void finish(int code, const char *what);

    QString m_target;
    saib::ui::AppController &m_app;
    QQmlApplicationEngine &m_engine;
    QQuickWindow *m_window = nullptr;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceKey; // from AppController::keyDerived
    qint64 m_openedAfter = -1; // store open and every controller refreshed (unlockFinished)
    qint64 m_shownAfter = -1;  // the Insights page made current
    bool m_unlockStarted = false;
    bool m_unlocked = false;
};

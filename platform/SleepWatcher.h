#pragma once
// Tells the app the machine is about to suspend, so it can lock first: a laptop lid
// closed on an unlocked Saib must not wake up unlocked. On Linux this is logind's
// PrepareForSleep(true) signal on the system bus; elsewhere nothing is reported (the idle
// lock, which counts time asleep, still locks on wake; see app/wiring/IdleLock.h).
#include <QObject>

namespace saib::platform {

class SleepWatcher : public QObject {
    Q_OBJECT
public:
    enum class Bus { System, Session }; // Session: tests, with a stand-in logind
    explicit SleepWatcher(QObject *parent = nullptr, Bus bus = Bus::System);
    // False when there is nothing to listen to (no logind, no system bus, not Linux).
    bool active() const { return m_active; }

signals:
    void aboutToSleep();
    void resumed();

private slots:
    void prepareForSleep(bool start);

private:
    bool m_active = false;
};

} // namespace saib::platform

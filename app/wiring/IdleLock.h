#pragma once
// Locks the vault after a period with no user input. It watches input events for the
// whole application (an event filter), so any touch, key or click counts as activity.
//
// Idle time is measured on a clock that keeps counting while the machine sleeps
// (platform/SleepClock): a laptop closed for an hour with Saib unlocked is locked when it
// wakes, before the first input after waking can count as activity. (QTimer alone is
// monotonic and would resume the countdown where it paused.)
#include <QObject>
#include <QTimer>
#include <functional>

namespace saib::ui {

class IdleLock : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // milliseconds, counting through sleep

    explicit IdleLock(QObject *parent = nullptr);
    void setTimeoutMinutes(int minutes) { setTimeoutMs(minutes * 60 * 1000); }
    void setTimeoutMs(int ms);
    int timeoutMinutes() const { return m_timeoutMs / 60000; }
    void start();   // called on unlock
    void stop();    // called on lock
    // Tests: replace the clock (e.g. to jump forward as if the machine had slept).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Locks now if the idle time has already run out (e.g. on waking); true if it did.
    bool checkNow();

signals:
    void idleTimeout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void touch();

    Clock m_clock;
    QTimer m_deadline; // fires at the expected moment while awake
    QTimer m_wake;     // a coarse tick that notices time lost to sleep
    int m_timeoutMs = 0;
    qint64 m_lastActivity = 0;
    bool m_running = false;
};

} // namespace saib::ui

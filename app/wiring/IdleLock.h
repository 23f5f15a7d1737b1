#pragma once
// Locks the vault after a period with no user input. It watches input events for the
// whole application (an event filter), so any touch, key or click counts as activity.
#include <QObject>
#include <QTimer>

namespace saib::ui {

class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);
    void setTimeoutMinutes(int minutes) { setTimeoutMs(minutes * 60 * 1000); }
    void setTimeoutMs(int ms);
    int timeoutMinutes() const { return m_timer.interval() / 60000; }
    void start();   // called on unlock
    void stop();    // called on lock

signals:
    void idleTimeout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace saib::ui

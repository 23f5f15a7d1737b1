#include "IdleLock.h"

#include <platform/SleepClock.h>

#include <QCoreApplication>
#include <QEvent>

namespace saib::ui {

namespace {
constexpr int kWakeCheckMs = 5000;
}

IdleLock::IdleLock(QObject *parent) : QObject(parent), m_clock(&platform::sleepInclusiveMs)
{
    m_deadline.setSingleShot(true);
    m_wake.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &IdleLock::checkNow);
    connect(&m_wake, &QTimer::timeout, this, &IdleLock::checkNow);
    setTimeoutMinutes(5);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    m_wake.setInterval(qMin(kWakeCheckMs, qMax(ms / 2, 50)));
    if (m_running)
        start(); // restart with the new interval
}

void IdleLock::start()
{
    m_running = true;
    touch();
    m_wake.start();
}

void IdleLock::stop()
{
    m_running = false;
    m_deadline.stop();
    m_wake.stop();
}

void IdleLock::touch()
{
    m_lastActivity = m_clock();
    m_deadline.start(m_timeoutMs);
}

bool IdleLock::checkNow()
{
    if (!m_running)
        return false;
    const qint64 idle = m_clock() - m_lastActivity;
    if (idle >= m_timeoutMs) {
        stop();
        emit idleTimeout();
        return true;
    }
    m_deadline.start(int(m_timeoutMs - qMax<qint64>(idle, 0)));
    return false;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_running) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::Wheel:
            // The first input after a long sleep must not count as activity: lock first.
            if (!checkNow())
                touch();
            break;
        case QEvent::ApplicationActivate:
            checkNow();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace saib::ui

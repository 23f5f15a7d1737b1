#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace saib::ui {

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    setTimeoutMinutes(5);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idleTimeout);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setTimeoutMs(int ms)
{
    m_timer.setInterval(ms);
    if (m_timer.isActive())
        m_timer.start(); // restart with the new interval
}
void IdleLock::start() { m_timer.start(); }
void IdleLock::stop() { m_timer.stop(); }

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_timer.isActive()) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::Wheel:
            m_timer.start(); // restart the countdown
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace saib::ui

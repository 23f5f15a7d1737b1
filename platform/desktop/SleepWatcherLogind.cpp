#include "../SleepWatcher.h"

#include <QDBusConnection>

namespace saib::platform {

SleepWatcher::SleepWatcher(QObject *parent, Bus bus) : QObject(parent)
{
    QDBusConnection connection = bus == Bus::System ? QDBusConnection::systemBus() : QDBusConnection::sessionBus();
    if (!connection.isConnected())
        return;
    // logind sends PrepareForSleep(true) before suspending and (false) after resuming.
    m_active = connection.connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                                  QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
                                  this, SLOT(prepareForSleep(bool)));
}

void SleepWatcher::prepareForSleep(bool start)
{
    if (start)
        emit aboutToSleep();
    else
        emit resumed();
}

} // namespace saib::platform

// Lock on suspend (issue 20): SleepWatcher hears logind's PrepareForSleep. Run on a
// private D-Bus session bus (dbus-run-session) where this test plays logind: it owns the
// name org.freedesktop.login1 and emits the signal, as logind does on the system bus.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <platform/SleepWatcher.h>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>
#include <cstdio>

using saib::platform::SleepWatcher;

namespace {
void emitPrepareForSleep(QDBusConnection &logind, bool start)
{
    QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/login1"),
                                                     QStringLiteral("org.freedesktop.login1.Manager"),
                                                     QStringLiteral("PrepareForSleep"));
    signal << start;
    REQUIRE(logind.send(signal));
}
} // namespace

TEST_CASE("PrepareForSleep from logind reaches the app before suspend and after resume", "[sleep]")
{
    QDBusConnection logind = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-logind"));
    REQUIRE(logind.isConnected());
    REQUIRE(logind.registerService(QStringLiteral("org.freedesktop.login1")));

    SleepWatcher watcher(nullptr, SleepWatcher::Bus::Session);
    REQUIRE(watcher.active());
    QSignalSpy sleeping(&watcher, &SleepWatcher::aboutToSleep);
    QSignalSpy resumed(&watcher, &SleepWatcher::resumed);

    emitPrepareForSleep(logind, true);
    REQUIRE(sleeping.wait(5000));
    CHECK(resumed.isEmpty());
    emitPrepareForSleep(logind, false);
    REQUIRE(resumed.wait(5000));
    CHECK(sleeping.size() == 1);

    // The same signal from anyone else (not the owner of the logind name) is ignored.
    QDBusConnection impostor = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("impostor"));
    emitPrepareForSleep(impostor, true);
    CHECK_FALSE(sleeping.wait(500));
    QDBusConnection::disconnectFromBus(QStringLiteral("impostor"));
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-logind"));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!QDBusConnection::sessionBus().isConnected()) {
        std::printf("SKIPPED: no D-Bus session bus (run under dbus-run-session)\n");
        return 77;
    }
    return Catch::Session().run(argc, argv);
}

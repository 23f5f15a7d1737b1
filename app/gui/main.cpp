// saib: the GUI. Builds the controllers (Wiring), installs them in a QML engine as the
// Saib module's singletons and shows Main.qml from that module.
#include <AppController.h>
#include <Wiring.h>
#include <platform/DataPaths.h>
#include <platform/Notifier.h>
#include <platform/WindowPrivacy.h>
#include "StartupProbe.h"

#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
#include <QGuiApplication>
using SaibApplication = QGuiApplication; // phones: no Widgets, notifications go to the OS
#else
#include <QApplication>
using SaibApplication = QApplication;
#endif
#include <QCommandLineParser>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QWindow>
#include <saib/Version.h>
#include <memory>

int main(int argc, char *argv[])
{
    // QApplication rather than QGuiApplication: the desktop tray icon and its menu are
    // Qt Widgets. Everything on screen is still Qt Quick.
    SaibApplication app(argc, argv);
    SaibApplication::setApplicationName(QStringLiteral("Saib"));
    SaibApplication::setOrganizationName(QStringLiteral("Saib"));
    SaibApplication::setApplicationVersion(QStringLiteral(SAIB_VERSION_STRING));
    SaibApplication::setDesktopFileName(QStringLiteral("saib"));
    SaibApplication::setWindowIcon(QIcon(QStringLiteral(":/assets/icons/saib.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saib: a private space for school leaders."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Folder holding the encrypted store."),
                      QStringLiteral("dir")});
    // For saib-bench: quit at the first frame of the lock screen or of the dashboard.
    QCommandLineOption benchStartup(QStringLiteral("bench-startup"), QStringLiteral("Benchmarks only."),
                                    QStringLiteral("lock|dashboard"));
    benchStartup.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchStartup);
    parser.process(app);
    const QString dataDir = parser.isSet(QStringLiteral("data-dir"))
        ? parser.value(QStringLiteral("data-dir"))
        : saib::platform::defaultDataDir();

    QQuickStyle::setStyle(QStringLiteral("Material"));
    saib::platform::Notifier *notifier = saib::platform::createNotifier(&app);
    saib::ui::Wiring wiring(dataDir, saib::KdfParams::moderate(), notifier);
    saib::ui::AppController &controller = wiring.app();
    QQmlApplicationEngine engine;
    wiring.install(engine);
    std::unique_ptr<StartupProbe> probe;
    if (parser.isSet(benchStartup))
        probe = std::make_unique<StartupProbe>(parser.value(benchStartup), controller, engine);
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Saib/Main.qml")));
    saib::platform::protectWindowContent();

    // A click on a reminder or the tray icon brings the (possibly hidden) window back;
    // the tray's Quit locks first, so drafts are flushed.
    QObject::connect(notifier, &saib::platform::Notifier::activated, &app, [&engine] {
        for (QObject *root : engine.rootObjects())
            if (auto *window = qobject_cast<QWindow *>(root)) {
                window->show();
                window->raise();
                window->requestActivate();
            }
    });
    QObject::connect(notifier, &saib::platform::Notifier::quitRequested, &app, [&controller] {
        controller.lock();
        QCoreApplication::quit();
    });
    return app.exec();
}

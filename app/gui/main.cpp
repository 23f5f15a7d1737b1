// saib: the GUI. Wires the AppController into a QML engine and shows qml/Main.qml.
#include <AppController.h>
#include <BackupController.h>
#include <InsightsController.h>
#include <JournalController.h>
#include <QrImageProvider.h>
#include <SyncController.h>
#include <SurveyController.h>
#include <ReminderController.h>
#include <platform/DataPaths.h>
#include <platform/ProcessHardening.h>
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
#include <QQmlContext>
#include <QQuickStyle>
#include <QWindow>
#include <saib/Version.h>
#include <memory>

int main(int argc, char *argv[])
{
    // Before any key or journal text is in memory.
    if (const QString problems = saib::platform::disableCoreDumps(); !problems.isEmpty())
        qWarning("saib: core dumps may still be possible: %s", qUtf8Printable(problems));
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
    saib::ui::AppController controller(dataDir, saib::KdfParams::moderate());
    saib::ui::JournalController journal(controller.vault(), controller);
    saib::ui::InsightsController insights(controller.vault(), controller);
    saib::ui::SyncController sync(controller.vault(), controller);
    saib::ui::SurveyController surveys(controller.vault(), controller);
    saib::platform::Notifier *notifier = saib::platform::createNotifier(&app);
    saib::ui::ReminderController reminders(controller, notifier);
    QObject::connect(&insights, &saib::ui::InsightsController::changed, &reminders,
                     &saib::ui::ReminderController::refreshProgress);
    saib::ui::BackupController backup(controller, saib::KdfParams::moderate());
    QQmlApplicationEngine engine;
    controller.attachEngine(&engine);
    engine.rootContext()->setContextProperty(QStringLiteral("app"), &controller);
    engine.rootContext()->setContextProperty(QStringLiteral("journal"), &journal);
    engine.rootContext()->setContextProperty(QStringLiteral("insights"), &insights);
    engine.rootContext()->setContextProperty(QStringLiteral("sync"), &sync);
    engine.addImageProvider(QStringLiteral("qr"), new saib::ui::QrImageProvider);
    engine.rootContext()->setContextProperty(QStringLiteral("surveys"), &surveys);
    engine.rootContext()->setContextProperty(QStringLiteral("reminders"), &reminders);
    std::unique_ptr<StartupProbe> probe;
    if (parser.isSet(benchStartup))
        probe = std::make_unique<StartupProbe>(parser.value(benchStartup), controller, engine);
    engine.rootContext()->setContextProperty(QStringLiteral("backup"), &backup);
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qml/Main.qml")));
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

// saib: the GUI. Wires the AppController into a QML engine and shows qml/Main.qml.
#include <AppController.h>
#include <BackupController.h>
#include <InsightsController.h>
#include <JournalController.h>
#include <platform/DataPaths.h>

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickStyle>
#include <saib/Version.h>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Saib"));
    QGuiApplication::setOrganizationName(QStringLiteral("Saib"));
    QGuiApplication::setApplicationVersion(QStringLiteral(SAIB_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral("saib"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/assets/icons/saib.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saib: a private space for school leaders."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Folder holding the encrypted store."),
                      QStringLiteral("dir")});
    parser.process(app);
    const QString dataDir = parser.isSet(QStringLiteral("data-dir"))
        ? parser.value(QStringLiteral("data-dir"))
        : saib::platform::defaultDataDir();

    QQuickStyle::setStyle(QStringLiteral("Material"));
    saib::ui::AppController controller(dataDir, saib::KdfParams::moderate());
    saib::ui::JournalController journal(controller.vault(), controller);
    saib::ui::InsightsController insights(controller.vault(), controller);
    saib::ui::BackupController backup(controller, saib::KdfParams::moderate());
    QQmlApplicationEngine engine;
    controller.attachEngine(&engine);
    engine.rootContext()->setContextProperty(QStringLiteral("app"), &controller);
    engine.rootContext()->setContextProperty(QStringLiteral("journal"), &journal);
    engine.rootContext()->setContextProperty(QStringLiteral("insights"), &insights);
    engine.rootContext()->setContextProperty(QStringLiteral("backup"), &backup);
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qml/Main.qml")));
    return app.exec();
}

// Qt Quick Test runner: each tst_*.qml file gets a fresh QML engine wired to a real
// AppController over a fresh temporary data folder (fastest KDF: tests only).
#include "Fixtures.h"

#include <AppController.h>
#include <BackupController.h>
#include <ImportController.h>
#include <RecoveryController.h>
#include <InsightsController.h>
#include <JournalController.h>
#include <QrImageProvider.h>
#include "RelayFixture.h"
#include <SyncController.h>
#include <SurveyController.h>
#include "SurveyFixture.h"
#include <ReminderController.h>

#include <QAccessible>
#include <QDir>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // As a screen reader would: controls then publish their accessible names.
        QAccessible::setActive(true);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        auto *dir = new QTemporaryDir;
        connect(engine, &QObject::destroyed, [dir] { delete dir; });
        auto *controller = new saib::ui::AppController(dir->filePath(QStringLiteral("data")),
                                                       saib::KdfParams::minimum(), engine);
        controller->setLanguage(QStringLiteral("en"));
        controller->attachEngine(engine);
        auto *journal = new saib::ui::JournalController(controller->vault(), *controller, engine);
        engine->rootContext()->setContextProperty(QStringLiteral("app"), controller);
        engine->rootContext()->setContextProperty(QStringLiteral("journal"), journal);
        auto *insights = new saib::ui::InsightsController(controller->vault(), *controller, engine);
        engine->rootContext()->setContextProperty(QStringLiteral("insights"), insights);
        auto *backup = new saib::ui::BackupController(*controller, saib::KdfParams::minimum(), engine);
        engine->rootContext()->setContextProperty(QStringLiteral("backup"), backup);
        engine->rootContext()->setContextProperty(QStringLiteral("recovery"),
                                                  new saib::ui::RecoveryController(*controller, engine));
        engine->rootContext()->setContextProperty(QStringLiteral("importer"),
                                                  new saib::ui::ImportController(*controller, engine));
        auto *sync = new saib::ui::SyncController(controller->vault(), *controller, engine);
        engine->rootContext()->setContextProperty(QStringLiteral("sync"), sync);
        engine->addImageProvider(QStringLiteral("qr"), new saib::ui::QrImageProvider);
        engine->rootContext()->setContextProperty(QStringLiteral("relayFixture"), new RelayFixture(engine));
        auto *surveys = new saib::ui::SurveyController(controller->vault(), *controller, engine);
        engine->rootContext()->setContextProperty(QStringLiteral("surveys"), surveys);
        engine->rootContext()->setContextProperty(QStringLiteral("surveyFixture"), new SurveyFixture(engine));
        // A recording notifier: reminders are computed and recorded, never shown here.
        auto *notifier = new RecordingNotifier(engine);
        auto *reminders = new saib::ui::ReminderController(*controller, notifier, engine);
        connect(insights, &saib::ui::InsightsController::changed, reminders,
                &saib::ui::ReminderController::refreshProgress);
        engine->rootContext()->setContextProperty(QStringLiteral("reminders"), reminders);
        // scripts/update-screenshots.sh runs the suite once more with SAIB_THEME=dark.
        const QString theme = qEnvironmentVariable("SAIB_THEME");
        if (!theme.isEmpty())
            controller->setTheme(theme);
        auto *fixtures = new Fixtures(*controller, notifier, engine);
        fixtures->setReminders(reminders);
        engine->rootContext()->setContextProperty(QStringLiteral("fixtures"), fixtures);
        const QString shots = qEnvironmentVariable("SAIB_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QDir().mkpath(shots);
        engine->rootContext()->setContextProperty(QStringLiteral("screenshotDir"), shots);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(saib, Setup)

#include "main.moc"

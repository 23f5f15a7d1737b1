// Qt Quick Test runner: each tst_*.qml file gets a fresh QML engine with the app's own
// Wiring over a fresh temporary data folder (fastest KDF: tests only). The test-only
// helpers (fixtures, relayFixture, surveyFixture, screenshotDir) are context properties.
#include "Fixtures.h"

#include <AppController.h>
#include "RelayFixture.h"
#include "SurveyFixture.h"
#include <Wiring.h>

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
        // The unlock's key derivation helper (app/kdf) lives in the build tree, not beside
        // this runner.
        if (qEnvironmentVariableIsEmpty("SAIB_KDF_HELPER"))
            qputenv("SAIB_KDF_HELPER", SAIB_KDF_PATH);
        // As a screen reader would: controls then publish their accessible names.
        QAccessible::setActive(true);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        auto *dir = new QTemporaryDir;
        connect(engine, &QObject::destroyed, [dir] { delete dir; });
        // A recording notifier: reminders are computed and recorded, never shown here.
        auto *notifier = new RecordingNotifier(engine);
        auto *wiring = new saib::ui::Wiring(dir->filePath(QStringLiteral("data")),
                                            saib::KdfParams::minimum(), notifier, engine);
        saib::ui::AppController *controller = &wiring->app();
        controller->setLanguage(QStringLiteral("en"));
        wiring->install(*engine);
        engine->rootContext()->setContextProperty(QStringLiteral("relayFixture"), new RelayFixture(engine));
        engine->rootContext()->setContextProperty(QStringLiteral("surveyFixture"), new SurveyFixture(engine));
        // scripts/update-screenshots.sh runs the suite once more with SAIB_THEME=dark.
        const QString theme = qEnvironmentVariable("SAIB_THEME");
        if (!theme.isEmpty())
            controller->setTheme(theme);
        auto *fixtures = new Fixtures(*controller, notifier, engine);
        fixtures->setReminders(&wiring->reminders());
        engine->rootContext()->setContextProperty(QStringLiteral("fixtures"), fixtures);
        const QString shots = qEnvironmentVariable("SAIB_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QDir().mkpath(shots);
        engine->rootContext()->setContextProperty(QStringLiteral("screenshotDir"), shots);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(saib, Setup)

#include "main.moc"

#pragma once
// The one place that builds Saib's controllers and hands them to a QML engine. The app
// (app/gui/main.cpp) and the Qt Quick tests (tests/qml/main.cpp) both go through it, so
// they run the same wiring. QML reaches the controllers as the typed singletons of the
// Saib module (App, Checkins, Journal, Insights, Calendar, National, Sync, Surveys, Reminders,
// Backup, Recovery, Importer, CoachSummary; see
// QmlSingletons.h), each resolved to this object's controller for its engine.
#include <core/crypto/KeyFile.h>

#include <QObject>
#include <QString>
#include <memory>

class QQmlEngine;

namespace saib::platform {
class Notifier;
}

namespace saib::ui {

class AppController;
class BackupController;
class CheckinController;
class CoachSummaryController;
class ImportController;
class RecoveryController;
class InsightsController;
class CalendarController;
class NationalController;
class JournalController;
class ReminderController;
class SurveyController;
class SyncController;

class Wiring : public QObject {
    Q_OBJECT
public:
    // `notifier` shows reminders (the platform's, or a recording one in tests); not owned.
    Wiring(const QString &dataDir, KdfParams kdf, platform::Notifier *notifier, QObject *parent = nullptr);
    ~Wiring() override;

    // Makes the Saib module importable in `engine` and its singletons resolve to these
    // controllers. Call once per engine, before loading any QML.
    void install(QQmlEngine &engine);
    // The wiring installed in `engine`, or null.
    static Wiring *of(const QQmlEngine *engine);

    AppController &app() { return *m_app; }
    CheckinController &checkins() { return *m_checkins; }
    JournalController &journal() { return *m_journal; }
    InsightsController &insights() { return *m_insights; }
    CalendarController &calendar() { return *m_calendar; }
    NationalController &national() { return *m_national; }
    SyncController &sync() { return *m_sync; }
    SurveyController &surveys() { return *m_surveys; }
    ReminderController &reminders() { return *m_reminders; }
    BackupController &backup() { return *m_backup; }
    RecoveryController &recovery() { return *m_recovery; }
    ImportController &importer() { return *m_importer; }
    CoachSummaryController &coachSummary() { return *m_coachSummary; }

private:
    // Declaration order is construction order: everything else refers to the app.
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<CheckinController> m_checkins;
    std::unique_ptr<JournalController> m_journal;
    std::unique_ptr<InsightsController> m_insights;
    std::unique_ptr<CalendarController> m_calendar;
    std::unique_ptr<NationalController> m_national;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<SurveyController> m_surveys;
    std::unique_ptr<ReminderController> m_reminders;
    std::unique_ptr<BackupController> m_backup;
    std::unique_ptr<RecoveryController> m_recovery;
    std::unique_ptr<ImportController> m_importer;
    std::unique_ptr<CoachSummaryController> m_coachSummary;
};

} // namespace saib::ui

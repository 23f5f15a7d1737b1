#pragma once
// The Saib module's singletons. Each wrapper names a controller for QML (QML_FOREIGN, so
// the controllers' own headers stay free of QML registration) and resolves it through
// the Wiring installed in the asking engine. The controllers stay owned by the Wiring
// (CppOwnership): the engine must never delete them.
#include "AppController.h"
#include "BackupController.h"
#include "CheckinController.h"
#include "CoachSummaryController.h"
#include "InsightsController.h"
#include "CalendarController.h"
#include "NationalController.h"
#include "ImportController.h"
#include "JournalController.h"
#include "RecoveryController.h"
#include "ReminderController.h"
#include "SurveyController.h"
#include "SyncController.h"
#include "Wiring.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace saib::ui {

template <typename T> T *wiredSingleton(QQmlEngine *engine, T &(Wiring::*get)())
{
    Wiring *wiring = Wiring::of(engine);
    Q_ASSERT_X(wiring, "Saib", "Wiring::install() was not called for this engine");
    T *instance = &(wiring->*get)();
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

// Written out one by one: moc does not see through a macro that declares Q_GADGET.
struct AppSingleton {
    Q_GADGET
    QML_FOREIGN(saib::ui::AppController)
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
public:
    static AppController *create(QQmlEngine *e, QJSEngine *) { return wiredSingleton(e, &Wiring::app); }
};
struct CheckinsSingleton {
    Q_GADGET
    QML_FOREIGN(saib::ui::CheckinController)
    QML_NAMED_ELEMENT(Checkins)
    QML_SINGLETON
public:
    static CheckinController *create(QQmlEngine *e, QJSEngine *) { return wiredSingleton(e, &Wiring::checkins); }
};
struct JournalSingleton {
    Q_GADGET
    QML_FOREIGN(saib::ui::JournalController)
    QML_NAMED_ELEMENT(Journal)
    QML_SINGLETON
public:
    static JournalController *create(QQmlEngine *e, QJSEngine *) { return wiredSingleton(e, &Wiring::journal); }
};
struct InsightsSingleton {
    Q_GADGET
    QML_FOREIGN(saib::ui::InsightsController)
    QML_NAMED_ELEMENT(Insights)
    QML_SINGLETON
public:
    static InsightsController *create(QQmlEngine *e, QJSEngine *) { return wiredSingleton(e, &Wiring::insights); }
};
struct CalendarSingleton {
    Q_GADGET
    QML_FOREIGN(saib::ui::CalendarController)
    QML_NAMED_ELEMENT(Calendar)
    QML_SINGLETON
public:
    static CalendarController *create(QQmlEngine *e, QJSEngine *) { return wiredSingleton(e, &Wiring::calendar); }
};
struct NationalSingleton {
    Q_GADGET
    QML_FOREIGN(saib::ui::NationalController)
    QML_NAMED_ELEMENT(National)
    QML_SINGLETON
public:
    static NationalController *create(QQmlEngine *e, QJSEngine *) { return wiredSingleton(e, &Wiring::national); }
};
struct SyncSingleton {
    Q_GADGET
    QML_FOREIGN(saib::ui::SyncController)
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
public:
    static SyncController *create(QQmlEngine *e, QJSEngine *) { return wiredSingleton(e, &Wiring::sync); }
};
struct SurveysSingleton {
    Q_GADGET
    QML_FOREIGN(saib::ui::SurveyController)
    QML_NAMED_ELEMENT(Surveys)
    QML_SINGLETON
public:
    static SurveyController *create(QQmlEngine *e, QJSEngine *) { return wiredSingleton(e, &Wiring::surveys); }
};
struct RemindersSingleton {
    Q_GADGET
    QML_FOREIGN(saib::ui::ReminderController)
    QML_NAMED_ELEMENT(Reminders)
    QML_SINGLETON
public:
    static ReminderController *create(QQmlEngine *e, QJSEngine *) { return wiredSingleton(e, &Wiring::reminders); }
};
struct BackupSingleton {
    Q_GADGET
    QML_FOREIGN(saib::ui::BackupController)
    QML_NAMED_ELEMENT(Backup)
    QML_SINGLETON
public:
    static BackupController *create(QQmlEngine *e, QJSEngine *) { return wiredSingleton(e, &Wiring::backup); }
};
struct RecoverySingleton {
    Q_GADGET
    QML_FOREIGN(saib::ui::RecoveryController)
    QML_NAMED_ELEMENT(Recovery)
    QML_SINGLETON
public:
    static RecoveryController *create(QQmlEngine *e, QJSEngine *) { return wiredSingleton(e, &Wiring::recovery); }
};
struct ImporterSingleton {
    Q_GADGET
    QML_FOREIGN(saib::ui::ImportController)
    QML_NAMED_ELEMENT(Importer)
    QML_SINGLETON
public:
    static ImportController *create(QQmlEngine *e, QJSEngine *) { return wiredSingleton(e, &Wiring::importer); }
};
struct CoachSummarySingleton {
    Q_GADGET
    QML_FOREIGN(saib::ui::CoachSummaryController)
    QML_NAMED_ELEMENT(CoachSummary)
    QML_SINGLETON
public:
    static CoachSummaryController *create(QQmlEngine *e, QJSEngine *) { return wiredSingleton(e, &Wiring::coachSummary); }
};

} // namespace saib::ui

#pragma once
// System notifications, one interface for every platform. CMake compiles exactly one
// implementation of createNotifier(): desktop/ (a tray icon through Qt Widgets, on
// Linux, Windows and macOS), android/ (NotificationManager and AlarmManager through
// JNI) or ios/ (UNUserNotificationCenter).
//
// Two ways to deliver a reminder:
//   - the desktop app keeps running (in the tray) and calls show() when one is due;
//   - phones suspend or kill apps, so there the app hands the next few occurrences to
//     the OS with replaceScheduled() and the OS shows them even if Saib is not running.
// Texts are passed in already translated; they must never contain anything private,
// because they appear on a lock screen while Saib itself is locked.
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace saib::platform {

struct ScheduledNotification {
    int id = 0;          // stable per slot, so rescheduling replaces rather than adds
    QDateTime at;        // absolute instant (DST already resolved by ReminderSchedule)
    QString title;
    QString body;
};

class Notifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool isAvailable() const = 0;
    virtual void show(const QString &title, const QString &body) = 0;

    // True where the OS delivers scheduled notifications itself (Android, iOS).
    virtual bool schedulesWithOs() const { return false; }
    // Cancels what this app scheduled before and schedules `notes` instead.
    virtual void replaceScheduled(const QList<ScheduledNotification> &notes) { Q_UNUSED(notes) }
    // Asks for permission to notify where the OS requires it (Android 13+, iOS).
    virtual void requestPermission() {}

    // Desktop only: an icon in the system tray with Open and Quit.
    virtual bool hasTray() const { return false; }
    virtual void setTrayVisible(bool visible) { Q_UNUSED(visible) }
    virtual void setTrayTexts(const QString &tooltip, const QString &open, const QString &quit)
    {
        Q_UNUSED(tooltip) Q_UNUSED(open) Q_UNUSED(quit)
    }

signals:
    void activated();      // a notification or the tray icon was clicked
    void reminderOpened(); // a reminder itself was clicked (after activated): open today's check-in
    void quitRequested();  // the tray menu's Quit
};

// Made by the implementation CMake selected for this platform. May return an object
// whose isAvailable() is false (no tray on this desktop); never nullptr.
Notifier *createNotifier(QObject *parent);

} // namespace saib::platform

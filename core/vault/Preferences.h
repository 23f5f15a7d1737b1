#pragma once
// Non-secret device preferences that must be readable before unlock (the lock screen
// needs the UI language). Kept in preferences.ini in the data directory. Never put
// anything private here: it is not encrypted.
#include "../reminders/ReminderSchedule.h"

#include <QDateTime>
#include <QString>

namespace saib {

class Preferences {
public:
    explicit Preferences(QString dataDir);
    QString language() const;            // "en" or "cy"
    void setLanguage(const QString &language);
    int autoLockMinutes() const;         // 1, 5 (default), 15 or 30
    void setAutoLockMinutes(int minutes);
    static bool isAllowedAutoLock(int minutes);
    // Minutes after leaving the app (phone: switching to another app) during which coming
    // back does not ask for the passphrase: 0 (default: lock at once), 1 or 5.
    int graceMinutes() const;
    void setGraceMinutes(int minutes);
    static bool isAllowedGrace(int minutes) { return minutes == 0 || minutes == 1 || minutes == 5; }

    // Reminders fire while Saib is locked, so their settings live here. Nothing in them
    // is private: times, a weekday, and the dates reminders were last satisfied.
    ReminderSettings reminders() const;
    void setReminders(const ReminderSettings &settings);
    ReminderProgress reminderProgress() const;
    void setCheckedInOn(const QDate &day);
    void setRatedWeekOf(const QDate &day);
    QDateTime reminderLastHandled() const;           // invalid until reminders first run
    void setReminderLastHandled(const QDateTime &at);

    QString theme() const;               // "system" (default), "light" or "dark"
    void setTheme(const QString &theme);
    static bool isAllowedTheme(const QString &theme);
    // Desktop: closing the window leaves Saib in the system tray (off by default).
    bool keepInTray() const;
    void setKeepInTray(bool keep);
    // Only whether the key is remembered; the key itself lives in the OS keychain.
    bool rememberOnDevice() const;
    void setRememberOnDevice(bool remember);

private:
    QString m_file;
};

} // namespace saib

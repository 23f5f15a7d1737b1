#pragma once
// Reminders in the UI ("reminders" in QML): the daily check-in time (and on/off, and
// weekends off), the weekly rating day, and on the desktop whether Saib stays in the
// tray. Settings live in preferences.ini, because reminders must fire while Saib is
// locked; their wording is generic, because notifications show on a lock screen.
// On the desktop a 30-second tick asks core's ReminderSchedule what is due (this also
// catches up after sleep, once); on phones the next two weeks of reminders are handed
// to the OS instead, which shows them even when Saib is not running.
#include <core/reminders/ReminderSchedule.h>
#include <core/vault/Preferences.h>
#include <core/Clock.h>

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <functional>

namespace saib::platform {
class Notifier;
}

namespace saib::ui {

class AppController;

class ReminderController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool dailyEnabled READ dailyEnabled WRITE setDailyEnabled NOTIFY settingsChanged)
    Q_PROPERTY(QString time READ time NOTIFY settingsChanged)
    Q_PROPERTY(int hour READ hour NOTIFY settingsChanged)
    Q_PROPERTY(int minute READ minute NOTIFY settingsChanged)
    Q_PROPERTY(bool weekdaysOnly READ weekdaysOnly WRITE setWeekdaysOnly NOTIFY settingsChanged)
    Q_PROPERTY(bool weeklyEnabled READ weeklyEnabled WRITE setWeeklyEnabled NOTIFY settingsChanged)
    Q_PROPERTY(int weeklyDay READ weeklyDay WRITE setWeeklyDay NOTIFY settingsChanged)
    Q_PROPERTY(QVariantList weekdays READ weekdays NOTIFY languageChanged)
    Q_PROPERTY(QString nextText READ nextText NOTIFY nextChanged)
    Q_PROPERTY(bool canNotify READ canNotify CONSTANT)
    Q_PROPERTY(bool trayAvailable READ trayAvailable CONSTANT)
    Q_PROPERTY(bool keepInTray READ keepInTray WRITE setKeepInTray NOTIFY settingsChanged)

public:
    // `notifier` may be null (tests): reminders are then computed but not shown.
    ReminderController(AppController &app, platform::Notifier *notifier, QObject *parent = nullptr);

    bool dailyEnabled() const { return m_settings.dailyEnabled; }
    void setDailyEnabled(bool on);
    QString time() const;
    int hour() const { return m_settings.time.hour(); }
    int minute() const { return m_settings.time.minute(); }
    Q_INVOKABLE void setTime(int hour, int minute);
    bool weekdaysOnly() const { return m_settings.weekdaysOnly; }
    void setWeekdaysOnly(bool on);
    bool weeklyEnabled() const { return m_settings.weeklyEnabled; }
    void setWeeklyEnabled(bool on);
    int weeklyDay() const { return m_settings.weeklyDay; }
    void setWeeklyDay(int day);
    QVariantList weekdays() const;
    QString nextText() const;
    bool canNotify() const;
    bool trayAvailable() const;
    bool keepInTray() const { return m_prefs.keepInTray(); }
    void setKeepInTray(bool keep);

    // The texts a reminder shows: generic on purpose (seen on a lock screen).
    static QString titleFor(int kinds);
    static QString bodyFor(int kinds);

    // Tests: a fixed clock and a record of what would have been shown.
    void setClockForTests(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    Q_INVOKABLE QString checkNowForTests();

public slots:
    // Records a check-in today / a rating this week (read from the unlocked store), so
    // the reminder for it is skipped. Called on unlock and whenever data changes.
    void refreshProgress();
    // Shows what is due now, if anything (the tick, and on waking).
    void check();

signals:
    void settingsChanged();
    void nextChanged();
    void languageChanged();
    void shown(const QString &title, const QString &body);

private:
    void apply(const ReminderSettings &next);
    void reschedule();
    ReminderSchedule schedule() const;
    QDateTime now() const { return m_clock ? m_clock() : saib::Clock::nowUtc(); }

    AppController &m_app;
    platform::Notifier *m_notifier;
    Preferences m_prefs;
    ReminderSettings m_settings;
    QTimer m_tick;
    std::function<QDateTime()> m_clock;
};

} // namespace saib::ui

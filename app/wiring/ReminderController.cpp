#include "ReminderController.h"
#include "AppController.h"
#include "UiStrings.h"
#include <core/Clock.h>

#include <core/store/InsightStores.h>
#include <platform/Notifier.h>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

namespace saib::ui {

namespace {
constexpr int kTickMs = 30 * 1000;
constexpr int kScheduledDays = 14; // handed to the OS on phones; refreshed on every start

QDate mondayOf(const QDate &day) { return day.addDays(1 - day.dayOfWeek()); }
} // namespace

ReminderController::ReminderController(AppController &app, platform::Notifier *notifier, QObject *parent)
    : QObject(parent), m_app(app), m_notifier(notifier), m_prefs(app.dataDir()), m_settings(m_prefs.reminders())
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &ReminderController::check);
    connect(&app, &AppController::stateChanged, this, &ReminderController::refreshProgress);
    connect(&app, &AppController::dataChanged, this, &ReminderController::refreshProgress);
    connect(&app, &AppController::languageChanged, this, [this] {
        emit languageChanged();
        emit nextChanged();
        reschedule(); // the OS holds texts in the old language
    });
    // Waking from sleep or coming back to the foreground: catch up straight away
    // rather than at the next tick.
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(gui, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
            if (s == Qt::ApplicationActive)
                check();
        });
    if (!m_prefs.reminderLastHandled().isValid())
        m_prefs.setReminderLastHandled(now());
    reschedule();
}

QString ReminderController::time() const { return m_settings.time.toString(QStringLiteral("HH:mm")); }

void ReminderController::apply(const ReminderSettings &next)
{
    if (next == m_settings)
        return;
    const bool wasOn = m_settings.anyEnabled();
    m_settings = next;
    m_prefs.setReminders(next);
    // A change never fires a reminder for a time already past today.
    m_prefs.setReminderLastHandled(now());
    if (!wasOn && next.anyEnabled() && m_notifier)
        m_notifier->requestPermission();
    emit settingsChanged();
    reschedule();
}

void ReminderController::setDailyEnabled(bool on)
{
    ReminderSettings s = m_settings;
    s.dailyEnabled = on;
    apply(s);
}

void ReminderController::setTime(int hour, int minute)
{
    const QTime t(hour, minute);
    if (!t.isValid())
        return;
    ReminderSettings s = m_settings;
    s.time = t;
    apply(s);
}

void ReminderController::setWeekdaysOnly(bool on)
{
    ReminderSettings s = m_settings;
    s.weekdaysOnly = on;
    apply(s);
}

void ReminderController::setWeeklyEnabled(bool on)
{
    ReminderSettings s = m_settings;
    s.weeklyEnabled = on;
    apply(s);
}

void ReminderController::setWeeklyDay(int day)
{
    if (day < 1 || day > 7)
        return;
    ReminderSettings s = m_settings;
    s.weeklyDay = day;
    apply(s);
}

void ReminderController::setKeepInTray(bool keep)
{
    if (keep == keepInTray())
        return;
    m_prefs.setKeepInTray(keep);
    emit settingsChanged();
    reschedule();
}

QVariantList ReminderController::weekdays() const
{
    const QLocale locale = QLocale(); // the UI language (AppController sets the default)
    QVariantList out;
    for (int d = 1; d <= 7; ++d)
        out << QVariantMap{{QStringLiteral("day"), d}, {QStringLiteral("name"), locale.dayName(d)}};
    return out;
}

bool ReminderController::canNotify() const
{
    return m_notifier && (m_notifier->isAvailable() || m_notifier->schedulesWithOs());
}

bool ReminderController::trayAvailable() const { return m_notifier && m_notifier->hasTray(); }

ReminderSchedule ReminderController::schedule() const
{
    return ReminderSchedule(m_settings, QTimeZone::systemTimeZone(), m_prefs.reminderProgress());
}

QString ReminderController::nextText() const
{
    const ReminderOccurrence next = schedule().nextAfter(now());
    if (!next.isValid())
        return tr("No reminders are set.");
    const QDateTime local = next.at.toTimeZone(QTimeZone::systemTimeZone());
    return tr("Next reminder: %1 at %2")
        .arg(longDay(local.date(), m_app.language()), local.time().toString(QStringLiteral("HH:mm")));
}

QString ReminderController::titleFor(int kinds)
{
    return kinds & DailyCheckinReminder ? tr("Time for a pause") : tr("Your week in Saib");
}

QString ReminderController::bodyFor(int kinds)
{
    if ((kinds & DailyCheckinReminder) && (kinds & WeeklyRatingReminder))
        return tr("A 30-second check-in, and this week's rating when you have a moment.");
    if (kinds & WeeklyRatingReminder)
        return tr("How was this week? Rate it when you have a moment.");
    return tr("How was today? A check-in takes 30 seconds.");
}

void ReminderController::refreshProgress()
{
    Vault &vault = m_app.vault();
    if (vault.isUnlocked()) {
        const QDate today = saib::Clock::today();
        const ReminderProgress before = m_prefs.reminderProgress();
        auto checkin = vault.checkins().forDay(today);
        if (checkin.ok() && checkin.value() && before.checkedInOn != today)
            m_prefs.setCheckedInOn(today);
        auto rating = RatingStore(*vault.database()).forWeek(mondayOf(today));
        if (rating.ok() && rating.value() && before.ratedWeekOf != today)
            m_prefs.setRatedWeekOf(today);
    }
    emit nextChanged();
    reschedule();
}

void ReminderController::reschedule()
{
    const bool on = m_settings.anyEnabled();
    if (m_notifier) {
        m_notifier->setTrayTexts(tr("Saib"), tr("Open Saib"), tr("Quit Saib"));
        m_notifier->setTrayVisible(m_notifier->hasTray() && (on || keepInTray()));
        if (m_notifier->schedulesWithOs()) {
            QList<platform::ScheduledNotification> notes;
            int id = 0;
            for (const ReminderOccurrence &o : schedule().upcoming(now(), kScheduledDays))
                notes << platform::ScheduledNotification{id++, o.at, titleFor(o.kinds), bodyFor(o.kinds)};
            m_notifier->replaceScheduled(notes);
            m_tick.stop();
            emit nextChanged();
            return;
        }
    }
    if (on && !m_tick.isActive())
        m_tick.start();
    else if (!on)
        m_tick.stop();
    emit nextChanged();
}

void ReminderController::check()
{
    const QDateTime at = now();
    const ReminderOccurrence due = schedule().due(at, m_prefs.reminderLastHandled());
    if (!due.isValid()) {
        emit nextChanged(); // "next reminder" moves on as times pass
        return;
    }
    m_prefs.setReminderLastHandled(due.at); // before showing: never twice, even on a crash
    const QString title = titleFor(due.kinds);
    const QString body = bodyFor(due.kinds);
    if (m_notifier && !m_notifier->schedulesWithOs())
        m_notifier->show(title, body);
    emit shown(title, body);
    emit nextChanged();
}

QString ReminderController::checkNowForTests()
{
    QString seen;
    auto c = connect(this, &ReminderController::shown, this,
                     [&seen](const QString &title, const QString &body) { seen = title + QLatin1Char('|') + body; });
    check();
    disconnect(c);
    return seen;
}

} // namespace saib::ui

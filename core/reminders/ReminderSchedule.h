#pragma once
// When the next reminder is due. Pure calculation over explicit time zones, so it can be
// tested for any zone and any DST change without touching the machine's clock:
//   - the daily check-in reminder fires once per local calendar day at a chosen time;
//     it can skip weekends and skips the day the leader has already checked in;
//   - the weekly rating reminder fires on a chosen weekday at its own time, unless the
//     week (Monday to Sunday) already has a rating. When both fall at the same instant
//     they are one occurrence.
// DST: a time that does not exist that day (02:30 when clocks jump from 02:00 to 03:00)
// fires when the clock jumps, i.e. at the first instant whose local time is past it; a
// time that happens twice (01:30 when clocks go back) fires once, at the first of the two.
// Sleep/resume: callers remember the last occurrence they handled and ask `due()`, which
// never returns the same occurrence twice and drops occurrences missed for too long.
#include <QDate>
#include <QList>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace saib {

struct ReminderSettings {
    bool dailyEnabled = false;
    // "How was today?" is asked at the end of the school day, not at its start.
    QTime time{17, 0};         // local wall-clock time of the daily reminder
    bool weekdaysOnly = true;  // daily reminder Monday to Friday only
    bool weeklyEnabled = false;
    int weeklyDay = Qt::Friday; // 1 = Monday ... 7 = Sunday
    QTime weeklyTime{16, 0};   // local wall-clock time of the weekly rating reminder

    bool anyEnabled() const { return dailyEnabled || weeklyEnabled; }
    bool operator==(const ReminderSettings &o) const;
    bool operator!=(const ReminderSettings &o) const { return !(*this == o); }
};

// What the leader has already done, so reminders for it are skipped. Dates are local.
struct ReminderProgress {
    QDate checkedInOn;   // the last day with a check-in made on this device
    QDate ratedWeekOf;   // any day in the last week that has a rating
};

enum ReminderKind { DailyCheckinReminder = 1, WeeklyRatingReminder = 2 };

struct ReminderOccurrence {
    QDateTime at;   // UTC instant; invalid when nothing is scheduled
    int kinds = 0;  // ReminderKind flags (both when they fall at the same instant)
    bool isValid() const { return at.isValid() && kinds != 0; }
};

class ReminderSchedule {
public:
    ReminderSchedule(ReminderSettings settings, QTimeZone zone, ReminderProgress progress = {});

    // The first instant on local `date` whose wall-clock time is `time` (see the DST
    // rules above). Always valid for a valid date.
    static QDateTime localInstant(const QDate &date, const QTime &time, const QTimeZone &zone);

    // The first occurrence strictly after `after`, within the next 400 days.
    ReminderOccurrence nextAfter(const QDateTime &after) const;
    // The occurrence that should be shown at `now`: the latest one in (lastHandled, now]
    // if it is at most `grace` seconds old. Occurrences older than that (the laptop
    // slept through them) are not shown late. An invalid `lastHandled`
    // means nothing has been handled yet: nothing is due (the caller records `now`), so
    // turning reminders on never fires one from earlier that day.
    ReminderOccurrence due(const QDateTime &now, const QDateTime &lastHandled,
                           qint64 graceSeconds = kDefaultGraceSeconds) const;
    // The next `count` occurrences after `after`, for platforms that schedule local
    // notifications with the OS (Android, iOS) rather than running a timer.
    QList<ReminderOccurrence> upcoming(const QDateTime &after, int count) const;

    static constexpr qint64 kDefaultGraceSeconds = 3 * 60 * 60;

private:
    int kindsOn(const QDate &date) const;
    // The occurrences on local `date`, earliest first (none, one, or two).
    QList<ReminderOccurrence> occurrencesOn(const QDate &date) const;
    ReminderOccurrence latestAtOrBefore(const QDateTime &now) const;

    ReminderSettings m_settings;
    QTimeZone m_zone;
    ReminderProgress m_progress;
};

} // namespace saib

#include "ReminderSchedule.h"

#include <algorithm>

namespace saib {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr int kSearchDays = 400; // more than a year: a weekly reminder always fits

QDateTime utcFromMs(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()); }

bool sameWeek(const QDate &a, const QDate &b)
{
    int yearA = 0, yearB = 0;
    const int weekA = a.weekNumber(&yearA);
    const int weekB = b.weekNumber(&yearB);
    return weekA == weekB && yearA == yearB;
}
} // namespace

bool ReminderSettings::operator==(const ReminderSettings &o) const
{
    return dailyEnabled == o.dailyEnabled && time == o.time && weekdaysOnly == o.weekdaysOnly
        && weeklyEnabled == o.weeklyEnabled && weeklyDay == o.weeklyDay && weeklyTime == o.weeklyTime;
}

ReminderSchedule::ReminderSchedule(ReminderSettings settings, QTimeZone zone, ReminderProgress progress)
    : m_settings(settings), m_zone(std::move(zone)), m_progress(progress)
{
    if (!m_settings.time.isValid())
        m_settings.time = ReminderSettings().time;
    if (!m_settings.weeklyTime.isValid())
        m_settings.weeklyTime = ReminderSettings().weeklyTime;
}

QDateTime ReminderSchedule::localInstant(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    // Worked out by hand rather than left to QDateTime, whose choice for skipped and
    // repeated local times has changed between Qt versions. `wall` is the local time
    // read as if it were UTC; a candidate UTC instant is wall - offset, and it is real
    // only if the zone has exactly that offset at that instant.
    const qint64 wall = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    const int offsets[] = {
        zone.offsetFromUtc(utcFromMs(wall - kDayMs)),
        zone.offsetFromUtc(utcFromMs(wall)),
        zone.offsetFromUtc(utcFromMs(wall + kDayMs)),
    };
    qint64 best = 0;
    bool found = false;
    for (int offset : offsets) {
        const qint64 candidate = wall - qint64(offset) * 1000;
        if (zone.offsetFromUtc(utcFromMs(candidate)) != offset)
            continue;
        if (!found || candidate < best)
            best = candidate; // a repeated hour has two: the first one wins
        found = true;
    }
    if (found)
        return utcFromMs(best);
    // In a gap (clocks jumped forward over this time): the moment of the jump is the
    // first instant whose local time is later than the one asked for.
    const int largest = *std::max_element(std::begin(offsets), std::end(offsets));
    const QTimeZone::OffsetData jump = zone.nextTransition(utcFromMs(wall - qint64(largest) * 1000 - 1));
    if (jump.atUtc.isValid())
        return jump.atUtc.toTimeZone(QTimeZone::utc());
    return utcFromMs(wall - qint64(offsets[0]) * 1000);
}

int ReminderSchedule::kindsOn(const QDate &date) const
{
    int kinds = 0;
    const int weekday = date.dayOfWeek();
    if (m_settings.dailyEnabled && !(m_settings.weekdaysOnly && weekday >= Qt::Saturday)
        && date != m_progress.checkedInOn)
        kinds |= DailyCheckinReminder;
    if (m_settings.weeklyEnabled && weekday == m_settings.weeklyDay
        && !(m_progress.ratedWeekOf.isValid() && sameWeek(date, m_progress.ratedWeekOf)))
        kinds |= WeeklyRatingReminder;
    return kinds;
}

QList<ReminderOccurrence> ReminderSchedule::occurrencesOn(const QDate &date) const
{
    const int kinds = kindsOn(date);
    QList<ReminderOccurrence> out;
    if (kinds & DailyCheckinReminder)
        out << ReminderOccurrence{localInstant(date, m_settings.time, m_zone), DailyCheckinReminder};
    if (kinds & WeeklyRatingReminder) {
        const QDateTime at = localInstant(date, m_settings.weeklyTime, m_zone);
        if (!out.isEmpty() && out.first().at == at)
            out.first().kinds |= WeeklyRatingReminder;
        else
            out << ReminderOccurrence{at, WeeklyRatingReminder};
    }
    std::sort(out.begin(), out.end(),
              [](const ReminderOccurrence &a, const ReminderOccurrence &b) { return a.at < b.at; });
    return out;
}

ReminderOccurrence ReminderSchedule::nextAfter(const QDateTime &after) const
{
    if (!m_settings.anyEnabled() || !after.isValid())
        return {};
    // Start a day early: the local date of `after` may be behind the occurrence's date
    // only by zone arithmetic, never by more than a day.
    const QDate start = after.toTimeZone(m_zone).date().addDays(-1);
    for (int i = 0; i < kSearchDays; ++i) {
        for (const ReminderOccurrence &o : occurrencesOn(start.addDays(i)))
            if (o.at > after)
                return o;
    }
    return {};
}

ReminderOccurrence ReminderSchedule::latestAtOrBefore(const QDateTime &now) const
{
    const QDate start = now.toTimeZone(m_zone).date().addDays(1);
    for (int i = 0; i < kSearchDays; ++i) {
        const QList<ReminderOccurrence> onDay = occurrencesOn(start.addDays(-i));
        for (auto it = onDay.crbegin(); it != onDay.crend(); ++it)
            if (it->at <= now)
                return *it;
    }
    return {};
}

ReminderOccurrence ReminderSchedule::due(const QDateTime &now, const QDateTime &lastHandled,
                                         qint64 graceSeconds) const
{
    if (!m_settings.anyEnabled() || !now.isValid() || !lastHandled.isValid())
        return {};
    const ReminderOccurrence latest = latestAtOrBefore(now);
    if (!latest.isValid() || latest.at <= lastHandled)
        return {};
    if (latest.at.secsTo(now) > graceSeconds)
        return {}; // slept through it: a reminder hours late is noise, not help
    return latest;
}

QList<ReminderOccurrence> ReminderSchedule::upcoming(const QDateTime &after, int count) const
{
    QList<ReminderOccurrence> out;
    QDateTime from = after;
    for (int i = 0; i < count; ++i) {
        const ReminderOccurrence next = nextAfter(from);
        if (!next.isValid())
            break;
        out << next;
        from = next.at;
    }
    return out;
}

} // namespace saib

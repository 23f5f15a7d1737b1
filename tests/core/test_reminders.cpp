// Reminder scheduling over explicit time zones: local times, both DST changes in both
// hemispheres, skipped days, and sleep/resume without duplicates. Instants are written
// in UTC so each expectation says exactly which moment is meant.
#include <core/reminders/ReminderSchedule.h>
#include <core/vault/Preferences.h>

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace saib;

namespace {
QDateTime utc(const char *iso) // "2026-03-29T01:00"
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}
QTimeZone zone(const char *id)
{
    const QTimeZone z{QByteArray(id)};
    REQUIRE(z.isValid());
    return z;
}
ReminderSettings daily(QTime time, bool weekdaysOnly = false)
{
    ReminderSettings s;
    s.dailyEnabled = true;
    s.time = time;
    s.weekdaysOnly = weekdaysOnly;
    return s;
}
std::string iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate).toStdString(); }
} // namespace

TEST_CASE("reminders: the daily time is local wall-clock time in the given zone")
{
    const ReminderSchedule london(daily(QTime(8, 0)), zone("Europe/London"));
    // Winter: GMT = UTC.
    CHECK(iso(london.nextAfter(utc("2026-03-02T07:00:00")).at) == "2026-03-02T08:00:00Z");
    CHECK(iso(london.nextAfter(utc("2026-03-02T08:00:00")).at) == "2026-03-03T08:00:00Z");
    // Summer: BST = UTC+1, so 08:00 local is 07:00 UTC.
    CHECK(iso(london.nextAfter(utc("2026-04-01T06:00:00")).at) == "2026-04-01T07:00:00Z");
    // Half-hour zone: 08:00 in Kolkata (UTC+5:30).
    const ReminderSchedule kolkata(daily(QTime(8, 0)), zone("Asia/Kolkata"));
    CHECK(iso(kolkata.nextAfter(utc("2026-06-01T00:00:00")).at) == "2026-06-01T02:30:00Z");
    // Ahead of UTC: the "next" local morning can be on the previous UTC date.
    const ReminderSchedule auckland(daily(QTime(7, 15)), zone("Pacific/Auckland"));
    CHECK(iso(auckland.nextAfter(utc("2026-06-01T12:00:00")).at) == "2026-06-01T19:15:00Z");
}

TEST_CASE("reminders: a time skipped by spring-forward fires when the clocks jump")
{
    // Berlin jumps 02:00 CET -> 03:00 CEST on 29 March 2026 (01:00 UTC): 02:30 never
    // happens that day, so the reminder comes at the jump, once.
    const ReminderSchedule berlin(daily(QTime(2, 30)), zone("Europe/Berlin"));
    CHECK(iso(berlin.nextAfter(utc("2026-03-28T00:00:00")).at) == "2026-03-28T01:30:00Z");
    CHECK(iso(berlin.nextAfter(utc("2026-03-28T01:30:00")).at) == "2026-03-29T01:00:00Z");
    CHECK(iso(berlin.nextAfter(utc("2026-03-29T01:00:00")).at) == "2026-03-30T00:30:00Z");
    CHECK(iso(ReminderSchedule::localInstant(QDate(2026, 3, 29), QTime(2, 30), zone("Europe/Berlin")))
          == "2026-03-29T01:00:00Z");

    // London jumps 01:00 GMT -> 02:00 BST the same morning: 01:30 fires at 02:00 BST.
    const ReminderSchedule london(daily(QTime(1, 30)), zone("Europe/London"));
    CHECK(iso(london.nextAfter(utc("2026-03-28T12:00:00")).at) == "2026-03-29T01:00:00Z");
    // London's 02:30 exists (it is BST): no shift at all.
    CHECK(iso(ReminderSchedule::localInstant(QDate(2026, 3, 29), QTime(2, 30), zone("Europe/London")))
          == "2026-03-29T01:30:00Z");

    // New York jumps 02:00 EST -> 03:00 EDT on 8 March 2026 (07:00 UTC).
    const ReminderSchedule ny(daily(QTime(2, 30)), zone("America/New_York"));
    CHECK(iso(ny.nextAfter(utc("2026-03-08T00:00:00")).at) == "2026-03-08T07:00:00Z");
    CHECK(iso(ny.nextAfter(utc("2026-03-08T07:00:00")).at) == "2026-03-09T06:30:00Z");

    // Southern hemisphere: Sydney jumps 02:00 AEST -> 03:00 AEDT on 4 October 2026.
    const ReminderSchedule sydney(daily(QTime(2, 30)), zone("Australia/Sydney"));
    CHECK(iso(sydney.nextAfter(utc("2026-10-03T12:00:00")).at) == "2026-10-03T16:00:00Z");
}

TEST_CASE("reminders: a time repeated by the autumn change fires once, the first time")
{
    // London goes back 02:00 BST -> 01:00 GMT on 25 October 2026: 01:30 happens at
    // 00:30 UTC (BST) and again at 01:30 UTC (GMT). Only the first is a reminder.
    const ReminderSchedule london(daily(QTime(1, 30)), zone("Europe/London"));
    const ReminderOccurrence first = london.nextAfter(utc("2026-10-24T12:00:00"));
    CHECK(iso(first.at) == "2026-10-25T00:30:00Z");
    CHECK(iso(london.nextAfter(first.at).at) == "2026-10-26T01:30:00Z");
    // Woken during the repeated hour, after handling the first: nothing more that day.
    CHECK_FALSE(london.due(utc("2026-10-25T01:35:00"), first.at).isValid());

    const ReminderSchedule ny(daily(QTime(1, 30)), zone("America/New_York"));
    const ReminderOccurrence nyFirst = ny.nextAfter(utc("2026-10-31T12:00:00"));
    CHECK(iso(nyFirst.at) == "2026-11-01T05:30:00Z"); // 01:30 EDT
    CHECK(iso(ny.nextAfter(nyFirst.at).at) == "2026-11-02T06:30:00Z");

    // Sydney goes back 03:00 AEDT -> 02:00 AEST on 5 April 2026.
    const ReminderSchedule sydney(daily(QTime(2, 30)), zone("Australia/Sydney"));
    const ReminderOccurrence syd = sydney.nextAfter(utc("2026-04-04T12:00:00"));
    CHECK(iso(syd.at) == "2026-04-04T15:30:00Z"); // 02:30 AEDT
    CHECK(iso(sydney.nextAfter(syd.at).at) == "2026-04-05T16:30:00Z");
}

TEST_CASE("reminders: a whole year of days gives exactly one reminder per day")
{
    for (const char *id : {"Europe/London", "Europe/Berlin", "America/New_York", "Australia/Sydney"}) {
        INFO(id);
        const QTimeZone z = zone(id);
        for (const QTime &time : {QTime(0, 30), QTime(1, 30), QTime(2, 30), QTime(8, 0), QTime(23, 59)}) {
            INFO(time.toString().toStdString());
            const ReminderSchedule s(daily(time), z);
            const QList<ReminderOccurrence> year = s.upcoming(utc("2026-01-01T00:00:00"), 365);
            REQUIRE(year.size() == 365);
            QDate expected = year.first().at.toTimeZone(z).date();
            for (int i = 0; i < year.size(); ++i) {
                const QDateTime local = year[i].at.toTimeZone(z);
                REQUIRE(local.date() == expected.addDays(i)); // no day twice, none missed
                REQUIRE(local.time() >= time);                // never early
                REQUIRE(local.time().secsTo(time) > -3600 - 60); // at most the DST jump late
                if (i > 0)
                    REQUIRE(year[i - 1].at < year[i].at);
            }
        }
    }
}

TEST_CASE("reminders: weekends off, already checked in, and the weekly rating day")
{
    const QTimeZone london = zone("Europe/London");
    ReminderSettings s = daily(QTime(8, 0), /*weekdaysOnly=*/true);

    // Friday 6 March 2026 after 08:00 -> Monday 9 March.
    CHECK(iso(ReminderSchedule(s, london).nextAfter(utc("2026-03-06T09:00:00")).at) == "2026-03-09T08:00:00Z");

    // Checked in already on Monday morning -> the Monday reminder is skipped.
    ReminderProgress done;
    done.checkedInOn = QDate(2026, 3, 9);
    CHECK(iso(ReminderSchedule(s, london, done).nextAfter(utc("2026-03-09T06:00:00")).at) == "2026-03-10T08:00:00Z");
    CHECK_FALSE(ReminderSchedule(s, london, done).due(utc("2026-03-09T08:05:00"), utc("2026-03-06T08:00:00")).isValid());

    // Weekly rating on Friday at the same time: one occurrence carrying both kinds.
    s.weeklyEnabled = true;
    s.weeklyDay = Qt::Friday;
    s.weeklyTime = s.time;
    const ReminderOccurrence friday = ReminderSchedule(s, london).nextAfter(utc("2026-03-12T09:00:00"));
    CHECK(iso(friday.at) == "2026-03-13T08:00:00Z");
    CHECK(friday.kinds == (DailyCheckinReminder | WeeklyRatingReminder));

    // Rated earlier that week (Tuesday): Friday is only the daily reminder...
    ReminderProgress rated;
    rated.ratedWeekOf = QDate(2026, 3, 10);
    const ReminderOccurrence dailyOnly = ReminderSchedule(s, london, rated).nextAfter(utc("2026-03-12T09:00:00"));
    CHECK(dailyOnly.kinds == DailyCheckinReminder);
    // ...and with the daily reminder off, the next weekly one is a week later.
    s.dailyEnabled = false;
    const ReminderOccurrence nextWeek = ReminderSchedule(s, london, rated).nextAfter(utc("2026-03-12T09:00:00"));
    CHECK(iso(nextWeek.at) == "2026-03-20T08:00:00Z");
    CHECK(nextWeek.kinds == WeeklyRatingReminder);

    // Weekends off applies to the daily reminder only: a Sunday rating still comes.
    s.weeklyDay = Qt::Sunday;
    CHECK(iso(ReminderSchedule(s, london).nextAfter(utc("2026-03-12T09:00:00")).at) == "2026-03-15T08:00:00Z");

    // Nothing enabled: nothing scheduled.
    CHECK_FALSE(ReminderSchedule(ReminderSettings{}, london).nextAfter(utc("2026-03-12T09:00:00")).isValid());
}

TEST_CASE("reminders: the weekly rating has its own time, the defaults fit the end of a school day")
{
    const ReminderSettings defaults;
    CHECK(defaults.time == QTime(17, 0));
    CHECK(defaults.weeklyDay == Qt::Friday);
    CHECK(defaults.weeklyTime == QTime(16, 0));

    const QTimeZone london = zone("Europe/London");
    ReminderSettings s = defaults;
    s.dailyEnabled = true;
    s.weeklyEnabled = true;
    const ReminderSchedule both(s, london);
    // Friday 13 March 2026 (GMT): the rating at 16:00, then the check-in at 17:00.
    const ReminderOccurrence rating = both.nextAfter(utc("2026-03-13T09:00:00"));
    CHECK(iso(rating.at) == "2026-03-13T16:00:00Z");
    CHECK(rating.kinds == WeeklyRatingReminder);
    const ReminderOccurrence checkin = both.nextAfter(rating.at);
    CHECK(iso(checkin.at) == "2026-03-13T17:00:00Z");
    CHECK(checkin.kinds == DailyCheckinReminder);
    // Waking at 17:30 shows the latest of the two, once; the 16:00 one is not repeated.
    const ReminderOccurrence due = both.due(utc("2026-03-13T17:30:00"), utc("2026-03-13T16:00:00"));
    CHECK(iso(due.at) == "2026-03-13T17:00:00Z");
    CHECK_FALSE(both.due(utc("2026-03-13T17:31:00"), due.at).isValid());
}

TEST_CASE("reminders: sleep and resume never repeat a reminder and drop stale ones")
{
    const ReminderSchedule s(daily(QTime(8, 0)), zone("Europe/London"));
    const QDateTime yesterday = utc("2026-03-02T08:00:00");

    // Before the time: nothing due.
    CHECK_FALSE(s.due(utc("2026-03-03T07:59:00"), yesterday).isValid());
    // The laptop slept from 07:50 and woke at 08:40: the 08:00 reminder comes now, once.
    const ReminderOccurrence late = s.due(utc("2026-03-03T08:40:00"), yesterday);
    REQUIRE(late.isValid());
    CHECK(iso(late.at) == "2026-03-03T08:00:00Z");
    CHECK_FALSE(s.due(utc("2026-03-03T08:41:00"), late.at).isValid());
    CHECK_FALSE(s.due(utc("2026-03-03T20:00:00"), late.at).isValid());
    // Woken at 13:00 (five hours late): too stale to show; tomorrow's is next.
    CHECK_FALSE(s.due(utc("2026-03-03T13:00:00"), yesterday).isValid());
    CHECK(iso(s.nextAfter(utc("2026-03-03T13:00:00")).at) == "2026-03-04T08:00:00Z");
    // Asleep for three days, woken just after a reminder time: only that one, once.
    const ReminderOccurrence afterTrip = s.due(utc("2026-03-06T08:10:00"), yesterday);
    CHECK(iso(afterTrip.at) == "2026-03-06T08:00:00Z");
    // First run (nothing handled yet): nothing from the past fires.
    CHECK_FALSE(s.due(utc("2026-03-03T08:30:00"), QDateTime()).isValid());
}

TEST_CASE("reminders: settings and progress live in preferences.ini, readable while locked")
{
    QTemporaryDir dir;
    Preferences prefs(dir.path());
    CHECK_FALSE(prefs.reminders().anyEnabled()); // off until the leader chooses
    ReminderSettings s;
    s.dailyEnabled = true;
    s.time = QTime(7, 45);
    s.weekdaysOnly = false;
    s.weeklyEnabled = true;
    s.weeklyDay = Qt::Sunday;
    s.weeklyTime = QTime(18, 15);
    prefs.setReminders(s);
    prefs.setCheckedInOn(QDate(2026, 3, 9));
    prefs.setRatedWeekOf(QDate(2026, 3, 10));
    prefs.setReminderLastHandled(utc("2026-03-09T07:45:00"));

    Preferences again(dir.path());
    CHECK(again.reminders() == s);
    CHECK(again.reminderProgress().checkedInOn == QDate(2026, 3, 9));
    CHECK(again.reminderProgress().ratedWeekOf == QDate(2026, 3, 10));
    CHECK(again.reminderLastHandled() == utc("2026-03-09T07:45:00"));

    QFile ini(dir.filePath(QStringLiteral("preferences.ini")));
    REQUIRE(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    CHECK(text.contains("time=07:45"));
    CHECK(text.contains("weeklyDay=7"));
}
